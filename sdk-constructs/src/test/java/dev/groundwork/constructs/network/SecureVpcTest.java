package dev.groundwork.constructs.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.constructs.Templates;
import dev.groundwork.constructs.Templates.Template;
import dev.groundwork.core.PlatformApp;
import dev.groundwork.core.PlatformEnvironment;
import dev.groundwork.core.SynthResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecureVpcTest {
  Template dev;
  Template staging;
  Template prod;
  SynthResult result;

  @BeforeAll
  void synthesizeOnce(@TempDir Path outdir) {
    PlatformApp app = Templates.appWithEveryTier(outdir);
    int second = 10;
    for (PlatformEnvironment env : app.environments()) {
      new SecureVpc(env.addStack("network"), "Network",
          SecureVpcProps.of(Cidr.of("10." + second + ".0.0/16")));
      second += 10;
    }
    result = app.synth();
    dev = Templates.of(result, "test-dev-network");
    staging = Templates.of(result, "test-staging-network");
    prod = Templates.of(result, "test-prod-network");
  }

  @Nested
  class Defaults {
    @Test
    void spansTwoZonesInDevAndThreeInProdWithExplicitZoneNames() {
      assertThat(zonesOf(dev)).containsExactlyInAnyOrder("eu-west-1a", "eu-west-1b");
      assertThat(zonesOf(staging)).containsExactlyInAnyOrder("eu-west-1a", "eu-west-1b");
      assertThat(zonesOf(prod)).containsExactlyInAnyOrder("eu-west-1a", "eu-west-1b", "eu-west-1c");
    }

    @Test
    void hasThreeSubnetTiersPerZone() {
      assertThat(dev.resources("AWS::EC2::Subnet")).hasSize(6);
      assertThat(prod.resources("AWS::EC2::Subnet")).hasSize(9);
      assertThat(subnetTypes(prod)).containsOnly("Public", "Private", "Isolated");
    }

    @Test
    void usesOneNatGatewayInDevAndOnePerZoneElsewhere() {
      assertThat(dev.resources("AWS::EC2::NatGateway")).hasSize(1);
      assertThat(staging.resources("AWS::EC2::NatGateway")).hasSize(2);
      assertThat(prod.resources("AWS::EC2::NatGateway")).hasSize(3);
    }

    @Test
    void neverAssignsPublicAddresses() {
      dev.resources("AWS::EC2::Subnet").values().forEach(subnet ->
          assertThat(subnet.path("Properties").path("MapPublicIpOnLaunch").asBoolean()).isFalse());
    }

    @Test
    void usesTheGivenBlockAndSizesSubnetsToFit() {
      assertThat(dev.properties("AWS::EC2::VPC").path("CidrBlock").asText()).isEqualTo("10.10.0.0/16");
      assertThat(subnetCidrs(dev)).allMatch(c -> c.endsWith("/19"));
      assertThat(subnetCidrs(prod)).allMatch(c -> c.endsWith("/20"));
    }
  }

  @Nested
  class NoLookups {
    @Test
    void leavesNoContextForTheCdkCliToLookUp() throws java.io.IOException {
      JsonNode manifest = new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(result.assemblyDirectory().resolve("manifest.json").toFile());
      assertThat(manifest.path("missing").isMissingNode()).as(manifest.path("missing").toString()).isTrue();
    }

    @Test
    void writesNoPlaceholderZones() {
      assertThat(prod.text()).doesNotContain("dummy");
    }
  }

  @Nested
  class FlowLogs {
    @Test
    void logsAllTrafficToCloudWatch() {
      JsonNode flowLog = dev.properties("AWS::EC2::FlowLog");
      assertThat(flowLog.path("TrafficType").asText()).isEqualTo("ALL");
      assertThat(flowLog.path("LogDestinationType").asText()).isEqualTo("cloud-watch-logs");
    }

    @Test
    void keepsLogsEncryptedForTheTiersRetention() {
      assertThat(dev.properties("AWS::Logs::LogGroup").path("RetentionInDays").asInt()).isEqualTo(30);
      assertThat(staging.properties("AWS::Logs::LogGroup").path("RetentionInDays").asInt()).isEqualTo(90);
      assertThat(prod.properties("AWS::Logs::LogGroup").path("RetentionInDays").asInt()).isEqualTo(365);
      assertThat(prod.properties("AWS::Logs::LogGroup").path("KmsKeyId").has("Fn::GetAtt")).isTrue();
    }

    @Test
    void retainsTheLogGroupAndItsRotatingKey() {
      JsonNode logGroup = prod.only("AWS::Logs::LogGroup");
      JsonNode key = prod.only("AWS::KMS::Key");
      assertThat(logGroup.path("DeletionPolicy").asText()).isEqualTo("Retain");
      assertThat(logGroup.path("UpdateReplacePolicy").asText()).isEqualTo("Retain");
      assertThat(key.path("DeletionPolicy").asText()).isEqualTo("Retain");
      assertThat(key.path("Properties").path("EnableKeyRotation").asBoolean()).isTrue();
    }

    @Test
    void letsOnlyCloudWatchLogsOfThisAccountAndRegionUseTheKey() {
      String policy = prod.properties("AWS::KMS::Key").path("KeyPolicy").toString();
      assertThat(policy).contains("logs.eu-west-1.amazonaws.com")
          .contains("kms:EncryptionContext:aws:logs:arn")
          .contains("log-group:*");
    }
  }

  @Nested
  class PrivateTraffic {
    @Test
    void createsGatewayEndpointsForS3AndDynamoDb() {
      assertThat(dev.resources("AWS::EC2::VPCEndpoint").values().stream()
          .filter(e -> e.path("Properties").path("VpcEndpointType").asText("Gateway").equals("Gateway"))
          .map(e -> e.path("Properties").path("ServiceName").toString()))
          .hasSize(2)
          .anyMatch(s -> s.contains(".s3"))
          .anyMatch(s -> s.contains(".dynamodb"));
    }

    @Test
    void createsInterfaceEndpointsOutsideDevOnly() {
      assertThat(interfaceEndpoints(dev)).isEmpty();
      assertThat(interfaceEndpoints(prod)).hasSize(5)
          .allMatch(e -> e.path("Properties").path("PrivateDnsEnabled").asBoolean());
    }

    @Test
    void admitsOnlyHttpsFromTheVpcToInterfaceEndpoints() {
      JsonNode group = prod.properties("AWS::EC2::SecurityGroup");
      assertThat(group.path("SecurityGroupIngress")).hasSize(1);
      JsonNode ingress = group.path("SecurityGroupIngress").get(0);
      assertThat(ingress.path("CidrIp").asText()).isEqualTo("10.30.0.0/16");
      assertThat(ingress.path("FromPort").asInt()).isEqualTo(443);
      assertThat(ingress.path("ToPort").asInt()).isEqualTo(443);
    }

    @Test
    void stripsTheDefaultSecurityGroup() {
      assertThat(dev.resources("Custom::VpcRestrictDefaultSG")).hasSize(1);
    }

    @Test
    void tagsTheDefaultSecurityGroupProviderLikeEveryOtherResource() {
      JsonNode handler = prod.only("AWS::Lambda::Function").path("Properties").path("Tags");
      JsonNode role = prod.resources("AWS::IAM::Role").entrySet().stream()
          .filter(e -> e.getKey().startsWith("CustomVpcRestrictDefaultSG"))
          .map(e -> e.getValue().path("Properties").path("Tags")).findFirst().orElseThrow();
      for (JsonNode tags : List.of(handler, role)) {
        List<String> keys = new ArrayList<>();
        tags.forEach(t -> keys.add(t.path("Key").asText() + "=" + t.path("Value").asText()));
        assertThat(keys).contains("environment=prod", "team=platform", "cost-center=cc-0001");
      }
    }
  }

  @Nested
  class StatefulResources {
    @Test
    void keepTheirLogicalIds() {
      assertThat(prod.resources("AWS::Logs::LogGroup").keySet())
          .containsExactly("NetworkFlowLogsLogGroup625EB2BC");
      assertThat(prod.resources("AWS::KMS::Key").keySet())
          .containsExactly("NetworkFlowLogsKey91A8904C");
      assertThat(prod.resources("AWS::EC2::VPC").keySet()).containsExactly("NetworkVpc7FB7348F");
    }
  }

  private static List<String> zonesOf(Template template) {
    return template.resources("AWS::EC2::Subnet").values().stream()
        .map(s -> s.path("Properties").path("AvailabilityZone").asText()).distinct().toList();
  }

  private static List<String> subnetCidrs(Template template) {
    return template.resources("AWS::EC2::Subnet").values().stream()
        .map(s -> s.path("Properties").path("CidrBlock").asText()).toList();
  }

  private static List<String> subnetTypes(Template template) {
    List<String> types = new ArrayList<>();
    template.resources("AWS::EC2::Subnet").values().forEach(s -> s.path("Properties").path("Tags")
        .forEach(t -> {
          if (t.path("Key").asText().equals("aws-cdk:subnet-type")) {
            types.add(t.path("Value").asText());
          }
        }));
    return types;
  }

  private static List<JsonNode> interfaceEndpoints(Template template) {
    return template.resources("AWS::EC2::VPCEndpoint").values().stream()
        .filter(e -> e.path("Properties").path("VpcEndpointType").asText().equals("Interface"))
        .toList();
  }
}

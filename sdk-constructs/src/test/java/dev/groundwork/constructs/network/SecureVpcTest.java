package dev.groundwork.constructs.network;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.constructs.logs.CustomResourceProviderLogs;
import dev.groundwork.testing.ResourcesAssert;
import dev.groundwork.testing.SynthesisExtension;
import dev.groundwork.testing.TemplatesAssert;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

class SecureVpcTest {
  private static final String DEV = "test-dev-network";
  private static final String STAGING = "test-staging-network";
  private static final String PROD = "test-prod-network";
  private static final String FLOW_LOGS = "%s/network/Network/FlowLogs/LogGroup";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    int second = 10;
    for (PlatformEnvironment env : app.environments()) {
      new SecureVpc(env.addStack("network"), "Network",
          SecureVpcProps.of(Cidr.of("10." + second + ".0.0/16")));
      second += 10;
    }
    return app;
  });

  @Nested
  class Defaults {
    @Test
    void spansTwoZonesInDevAndThreeInProdWithExplicitZoneNames(SynthesizedApp app) {
      assertThat(zonesOf(app, DEV)).containsExactlyInAnyOrder("eu-west-1a", "eu-west-1b");
      assertThat(zonesOf(app, STAGING)).containsExactlyInAnyOrder("eu-west-1a", "eu-west-1b");
      assertThat(zonesOf(app, PROD)).containsExactlyInAnyOrder("eu-west-1a", "eu-west-1b", "eu-west-1c");
    }

    @Test
    void hasThreeSubnetTiersPerZone(SynthesizedApp app) {
      stack(app, DEV).hasResourceCount("AWS::EC2::Subnet", 6);
      stack(app, PROD).hasResourceCount("AWS::EC2::Subnet", 9);
      assertThat(app.stack(PROD).resourcesOfType("AWS::EC2::Subnet"))
          .extracting(subnet -> subnet.tags().get("aws-cdk:subnet-type"))
          .containsOnly("Public", "Private", "Isolated");
    }

    @Test
    void usesOneNatGatewayInDevAndOnePerZoneElsewhere(SynthesizedApp app) {
      stack(app, DEV).hasResourceCount("AWS::EC2::NatGateway", 1);
      stack(app, STAGING).hasResourceCount("AWS::EC2::NatGateway", 2);
      stack(app, PROD).hasResourceCount("AWS::EC2::NatGateway", 3);
    }

    @Test
    void neverAssignsPublicAddresses(SynthesizedApp app) {
      for (String stack : List.of(DEV, STAGING, PROD)) {
        stack(app, stack).resourcesOfType("AWS::EC2::Subnet").isNotEmpty()
            .allSatisfy(subnet -> subnet.hasPropertySatisfying("MapPublicIpOnLaunch",
                mapPublicIp -> assertThat(mapPublicIp).isEqualTo(false)));
      }
    }

    @Test
    void usesTheGivenBlockAndSizesSubnetsToFit(SynthesizedApp app) {
      stack(app, DEV).resourcesOfType("AWS::EC2::VPC").singleResource().hasProperty("CidrBlock", "10.10.0.0/16");
      stack(app, DEV).resourcesOfType("AWS::EC2::Subnet").isNotEmpty().allSatisfy(subnet ->
          subnet.hasPropertySatisfying("CidrBlock", cidr -> assertThat((String) cidr).endsWith("/19")));
      stack(app, PROD).resourcesOfType("AWS::EC2::Subnet").isNotEmpty().allSatisfy(subnet ->
          subnet.hasPropertySatisfying("CidrBlock", cidr -> assertThat((String) cidr).endsWith("/20")));
    }
  }

  @Nested
  class NoLookups {
    @Test
    void leavesNoContextForTheCdkCliToLookUp(SynthesizedApp app) throws IOException {
      JsonNode manifest = new ObjectMapper().readTree(app.assemblyDirectory().resolve("manifest.json").toFile());
      assertThat(manifest.path("missing").isMissingNode()).as(manifest.path("missing").toString()).isTrue();
    }

    @Test
    void writesNoPlaceholderZones(SynthesizedApp app) {
      assertThat(app.stack(PROD).json().toString()).doesNotContain("dummy");
    }
  }

  @Nested
  class FlowLogs {
    @Test
    void logsAllTrafficToCloudWatch(SynthesizedApp app) {
      stack(app, DEV).resourcesOfType("AWS::EC2::FlowLog").singleResource()
          .hasProperty("TrafficType", "ALL")
          .hasProperty("LogDestinationType", "cloud-watch-logs");
    }

    @Test
    void keepsLogsEncryptedForTheTiersRetention(SynthesizedApp app) {
      stack(app, DEV).resource(FLOW_LOGS.formatted("dev")).hasProperty("RetentionInDays", 30);
      stack(app, STAGING).resource(FLOW_LOGS.formatted("staging")).hasProperty("RetentionInDays", 90);
      stack(app, PROD).resource(FLOW_LOGS.formatted("prod"))
          .hasProperty("RetentionInDays", 365)
          .hasPropertySatisfying("KmsKeyId", keyId -> assertThat(((Map<?, ?>) keyId).containsKey("Fn::GetAtt")).as("Fn::GetAtt in %s", keyId).isTrue())
          .referencesAt("KmsKeyId", "prod/network/LogsKey/Key");
    }

    @Test
    void retainsTheLogGroupAndItsRotatingKey(SynthesizedApp app) {
      stack(app, PROD).resource(FLOW_LOGS.formatted("prod"))
          .hasDeletionPolicy("Retain")
          .hasUpdateReplacePolicy("Retain");
      stack(app, PROD).resourcesOfType("AWS::KMS::Key").singleResource()
          .hasDeletionPolicy("Retain")
          .hasProperty("EnableKeyRotation", true);
    }

    @Test
    void letsOnlyCloudWatchLogsOfThisAccountAndRegionUseTheKey(SynthesizedApp app) {
      String policy = app.stack(PROD).resourcesOfType("AWS::KMS::Key").get(0).property("KeyPolicy").toString();
      assertThat(policy).contains("logs.eu-west-1.amazonaws.com")
          .contains("kms:EncryptionContext:aws:logs:arn")
          .contains("log-group:*");
    }
  }

  @Nested
  class PrivateTraffic {
    @Test
    void createsGatewayEndpointsForS3AndDynamoDb(SynthesizedApp app) {
      List<Resource> gateways = app.stack(DEV).resourcesOfType("AWS::EC2::VPCEndpoint").stream()
          .filter(e -> e.property("VpcEndpointType").asText("Gateway").equals("Gateway")).toList();
      assertThat(gateways.stream().map(e -> e.property("ServiceName").toString()))
          .hasSize(2)
          .anyMatch(s -> s.contains(".s3"))
          .anyMatch(s -> s.contains(".dynamodb"));
      stack(app, DEV).resource("dev/network/Network/Vpc/S3Endpoint").hasProperty("VpcEndpointType", "Gateway");
      stack(app, DEV).resource("dev/network/Network/Vpc/DynamoDbEndpoint").hasProperty("VpcEndpointType", "Gateway");
    }

    @Test
    void createsInterfaceEndpointsOutsideDevOnly(SynthesizedApp app) {
      interfaceEndpoints(app, DEV).isEmpty();
      interfaceEndpoints(app, PROD).hasSize(5).allHaveProperty("PrivateDnsEnabled", true);
    }

    @Test
    void admitsOnlyHttpsFromTheVpcToInterfaceEndpoints(SynthesizedApp app) {
      // Besides the default-security-group provider's own (DefaultSecurityGroupProvider below).
      stack(app, PROD).resourcesOfType("AWS::EC2::SecurityGroup").hasSize(2)
          .filteredOn("the endpoints'", r -> r.isNamed("prod/network/Network/EndpointSecurityGroup")).singleResource()
          .hasConstructPath("prod/network/Network/EndpointSecurityGroup/Resource")
          .hasPropertySatisfying("SecurityGroupIngress", rules -> assertThat((List<?>) rules).hasSize(1))
          .hasProperty("SecurityGroupIngress[0].CidrIp", "10.30.0.0/16")
          .hasProperty("SecurityGroupIngress[0].FromPort", 443)
          .hasProperty("SecurityGroupIngress[0].ToPort", 443);
      stack(app, PROD).ingressRules().ofSecurityGroup("prod/network/Network/EndpointSecurityGroup")
          .hasSize(1).allowingPort(443).fromCidr("10.30.0.0/16");
    }

    @Test
    void stripsTheDefaultSecurityGroup(SynthesizedApp app) {
      stack(app, DEV).hasResourceCount("Custom::VpcRestrictDefaultSG", 1);
    }

    @Test
    void tagsTheDefaultSecurityGroupProviderLikeEveryOtherResource(SynthesizedApp app) {
      stack(app, PROD).resourcesOfType("AWS::Lambda::Function").singleResource()
          .hasTag("environment", "prod").hasTag("team", "platform").hasTag("cost-center", "cc-0001");
      stack(app, PROD).resourcesOfType("AWS::IAM::Role")
          .filteredOn("belong to the default security group provider",
              r -> r.logicalId().startsWith("CustomVpcRestrictDefaultSG"))
          .isNotEmpty()
          .allHaveTag("environment", "prod").allHaveTag("team", "platform").allHaveTag("cost-center", "cc-0001");
    }
  }

  @Nested
  class DefaultSecurityGroupProvider {
    static final String PROVIDER = "prod/network/Custom::VpcRestrictDefaultSGCustomResourceProvider";

    @Test
    void logsToAnEncryptedLogGroupWithTheTiersRetention(SynthesizedApp app) {
      stack(app, PROD).resource(PROVIDER + "/Logs/Handler/LogGroup")
          .hasType("AWS::Logs::LogGroup")
          .hasProperty("RetentionInDays", 365)
          .referencesAt("KmsKeyId", "prod/network/LogsKey/Key")
          .hasDeletionPolicy("Retain");
      stack(app, DEV).resource("dev/network/Custom::VpcRestrictDefaultSGCustomResourceProvider/Logs/Handler/LogGroup")
          .hasProperty("RetentionInDays", 30);
      stack(app, PROD).resource(PROVIDER + "/Handler")
          .referencesAt("LoggingConfig.LogGroup", PROVIDER + "/Logs/Handler/LogGroup");
    }

    @Test
    void writesOnlyItsOwnLogGroupInsteadOfHoldingTheManagedBasicExecutionRole(SynthesizedApp app) {
      stack(app, PROD).resource(PROVIDER + "/Role").doesNotHaveProperty("ManagedPolicyArns");
      assertThat(app.stack(PROD).json().toString()).doesNotContain("AWSLambdaBasicExecutionRole");
      Resource policy = app.stack(PROD).resourcesOfType("AWS::IAM::Policy").stream()
          .filter(p -> p.isNamed(PROVIDER + "/Logs/WriteLogs")).findFirst().orElseThrow();
      JsonNode statements = policy.property("PolicyDocument.Statement");
      assertThat(statements).hasSize(1);
      assertThat(statements.get(0).path("Action").toString())
          .isEqualTo("[\"logs:CreateLogStream\",\"logs:PutLogEvents\"]");
      assertThat(statements.get(0).path("Resource").toString()).contains("ProviderLogsHandlerLogGroup");
      stack(app, PROD).resource(PROVIDER + "/Logs/WriteLogs").referencesAt("Roles", PROVIDER + "/Role");
    }

    @Test
    void runsOnlyOnceItMayLog(SynthesizedApp app) {
      Resource handler = app.stack(PROD).resourcesOfType("AWS::Lambda::Function").get(0);
      Resource policy = app.stack(PROD).resourcesOfType("AWS::IAM::Policy").stream()
          .filter(p -> p.isNamed(PROVIDER + "/Logs/WriteLogs")).findFirst().orElseThrow();
      assertThat(handler.json().path("DependsOn").toString()).contains(policy.logicalId());
    }

    /** AWS Control Tower's CT.LAMBDA.PR.3: the provider's function runs inside the VPC. */
    @Test
    void runsInThePrivateSubnetsSendingOnlyHttpsOnceTheyRouteOut(SynthesizedApp app) {
      stack(app, PROD).resource(PROVIDER + "/Handler")
          .referencesAt("VpcConfig.SecurityGroupIds", PROVIDER + "/InVpc/SecurityGroup")
          .hasPropertySatisfying("VpcConfig.SubnetIds", ids -> assertThat(ids.toString())
              .contains("privateSubnet1").contains("privateSubnet2").doesNotContain("isolated").doesNotContain("public"));
      stack(app, PROD).resource(PROVIDER + "/InVpc/SecurityGroup")
          .hasProperty("SecurityGroupEgress[0].FromPort", 443)
          .hasProperty("SecurityGroupEgress[0].ToPort", 443)
          .doesNotHaveProperty("SecurityGroupEgress[1]")
          .doesNotHaveProperty("SecurityGroupIngress");
      Resource handler = app.stack(PROD).resourcesOfType("AWS::Lambda::Function").get(0);
      Resource interfaces = app.stack(PROD).resourcesOfType("AWS::IAM::Policy").stream()
          .filter(p -> p.isNamed(PROVIDER + "/InVpc/NetworkInterfaces")).findFirst().orElseThrow();
      assertThat(interfaces.property("PolicyDocument.Statement").toString())
          .contains("ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface");
      assertThat(handler.json().path("DependsOn").toString()).contains(interfaces.logicalId())
          .contains("privateSubnet1DefaultRoute").contains("privateSubnet2DefaultRoute");
    }

    @Test
    void isHardenedOncePerStackAndOnlyForAProvider(@TempDir Path outdir) {
      Stack stack = TestApps.appWithEveryTier(outdir).environment("dev").addStack("network");
      SecureVpc network = new SecureVpc(stack, "Network", SecureVpcProps.of(Cidr.of("10.10.0.0/16")));
      IConstruct provider = stack.getNode().findChild(SecureVpc.RESTRICT_DEFAULT_SG_PROVIDER);
      assertThat(CustomResourceProviderLogs.of(provider)).isSameAs(CustomResourceProviderLogs.of(provider));
      assertThatThrownBy(() -> CustomResourceProviderLogs.of(network))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'dev/network/Network' is not a CDK CustomResourceProvider");
    }

    @Test
    void passesTheBaselineLikeEveryOtherResource(SynthesizedApp app) {
      assertThat(app).report().hasNoFindings();
    }
  }

  @Nested
  class StatefulResources {
    @Test
    void keepTheirLogicalIds(SynthesizedApp app) {
      assertThat(logicalIds(app, PROD, "AWS::Logs::LogGroup")).containsExactly("NetworkFlowLogsLogGroup625EB2BC",
          "CustomVpcRestrictDefaultSGCustomResourceProviderLogsHandlerLogGroup9F4F6CF9");
      assertThat(logicalIds(app, PROD, "AWS::KMS::Key")).containsExactly("LogsKeyFE4C4A83");
      assertThat(logicalIds(app, PROD, "AWS::EC2::VPC")).containsExactly("NetworkVpc7FB7348F");
    }
  }

  private static TemplatesAssert stack(SynthesizedApp app, String stackName) {
    return assertThat(app).stack(stackName);
  }

  private static List<String> logicalIds(SynthesizedApp app, String stackName, String type) {
    return app.stack(stackName).resourcesOfType(type).stream().map(Resource::logicalId).toList();
  }

  private static List<String> zonesOf(SynthesizedApp app, String stackName) {
    return app.stack(stackName).resourcesOfType("AWS::EC2::Subnet").stream()
        .map(s -> s.property("AvailabilityZone").asText()).distinct().toList();
  }

  private static ResourcesAssert interfaceEndpoints(SynthesizedApp app, String stackName) {
    return stack(app, stackName).resourcesOfType("AWS::EC2::VPCEndpoint")
        .filteredOn("are interface endpoints", e -> e.property("VpcEndpointType").asText().equals("Interface"));
  }
}

package dev.groundwork.constructs.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.constructs.Templates;
import dev.groundwork.constructs.Templates.Template;
import dev.groundwork.core.PlatformApp;
import dev.groundwork.core.PlatformEnvironment;
import dev.groundwork.core.SynthResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceClusterTest {
  Template dev;
  Template prod;

  @BeforeAll
  void synthesizeOnce(@TempDir Path outdir) {
    PlatformApp app = Templates.appWithEveryTier(outdir);
    for (PlatformEnvironment env : app.environments()) {
      Stack stack = env.addStack("cluster");
      // Any IVpc works; an imported one keeps this test about the cluster alone.
      var vpc = Vpc.fromVpcAttributes(stack, "Vpc", VpcAttributes.builder()
          .vpcId("vpc-0123456789abcdef0")
          .availabilityZones(List.of("eu-west-1a", "eu-west-1b"))
          .privateSubnetIds(List.of("subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"))
          .build());
      new ServiceCluster(stack, "Cluster", ServiceClusterProps.of(vpc));
    }
    SynthResult result = app.synth();
    dev = Templates.of(result, "test-dev-cluster");
    prod = Templates.of(result, "test-prod-cluster");
  }

  @Test
  void enablesContainerInsights() {
    assertThat(prod.properties("AWS::ECS::Cluster").path("ClusterSettings").toString())
        .contains("\"Name\":\"containerInsights\",\"Value\":\"enabled\"");
  }

  @Test
  void encryptsAndLogsExecSessions() {
    JsonNode exec = prod.properties("AWS::ECS::Cluster").path("Configuration")
        .path("ExecuteCommandConfiguration");
    assertThat(exec.path("Logging").asText()).isEqualTo("OVERRIDE");
    assertThat(exec.path("KmsKeyId").toString()).contains("ClusterExecSessionKey");
    assertThat(exec.path("LogConfiguration").path("CloudWatchEncryptionEnabled").asBoolean()).isTrue();
    assertThat(exec.path("LogConfiguration").path("CloudWatchLogGroupName").toString())
        .contains("ClusterExecLogsLogGroup");
    assertThat(prod.properties("AWS::Logs::LogGroup").path("RetentionInDays").asInt()).isEqualTo(365);
    assertThat(dev.properties("AWS::Logs::LogGroup").path("RetentionInDays").asInt()).isEqualTo(30);
  }

  @Test
  void registersFargateAndSpotButDefaultsToSpotInDevOnly() {
    JsonNode devProviders = dev.properties("AWS::ECS::ClusterCapacityProviderAssociations");
    JsonNode prodProviders = prod.properties("AWS::ECS::ClusterCapacityProviderAssociations");
    assertThat(prodProviders.path("CapacityProviders").toString()).contains("FARGATE", "FARGATE_SPOT");
    assertThat(devProviders.path("DefaultCapacityProviderStrategy").toString()).contains("FARGATE_SPOT");
    assertThat(prodProviders.path("DefaultCapacityProviderStrategy").toString()).doesNotContain("FARGATE_SPOT");
  }

  @Test
  void keepsTheLogicalIdsOfItsKeysAndLogGroup() {
    assertThat(prod.resources("AWS::KMS::Key").keySet())
        .containsExactlyInAnyOrder("ClusterExecSessionKeyBDF9BC0A", "ClusterExecLogsKeyCC141286");
    assertThat(prod.resources("AWS::Logs::LogGroup").keySet())
        .containsExactly("ClusterExecLogsLogGroupA2C59D9A");
    prod.resources("AWS::KMS::Key").values().forEach(key -> {
      assertThat(key.path("DeletionPolicy").asText()).isEqualTo("Retain");
      assertThat(key.path("Properties").path("EnableKeyRotation").asBoolean()).isTrue();
    });
  }
}

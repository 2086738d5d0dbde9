package dev.groundwork.constructs.compute;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.testing.SynthesisExtension;
import dev.groundwork.testing.TemplatesAssert;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;

class ServiceClusterTest {
  private static final String DEV = "test-dev-cluster";
  private static final String PROD = "test-prod-cluster";
  private static final String CAPACITY_PROVIDERS = "AWS::ECS::ClusterCapacityProviderAssociations";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
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
    return app;
  });

  @Test
  void enablesContainerInsights(SynthesizedApp app) {
    assertThat(app).stack(PROD).resourcesOfType("AWS::ECS::Cluster").singleResource()
        .hasPropertySatisfying("ClusterSettings", settings -> assertThat(list(settings))
            .contains(Map.of("Name", "containerInsights", "Value", "enabled")));
  }

  @Test
  void encryptsAndLogsExecSessions(SynthesizedApp app) {
    assertThat(app).stack(PROD).resourcesOfType("AWS::ECS::Cluster").singleResource()
        .hasProperty("Configuration.ExecuteCommandConfiguration.Logging", "OVERRIDE")
        .referencesAt("Configuration.ExecuteCommandConfiguration.KmsKeyId", "prod/cluster/DataKey/Key")
        .hasProperty("Configuration.ExecuteCommandConfiguration.LogConfiguration.CloudWatchEncryptionEnabled", true)
        .referencesAt("Configuration.ExecuteCommandConfiguration.LogConfiguration.CloudWatchLogGroupName",
            "prod/cluster/Cluster/ExecLogs/LogGroup");
    assertThat(app).stack(PROD).resourcesOfType("AWS::Logs::LogGroup").singleResource()
        .hasProperty("RetentionInDays", 365);
    assertThat(app).stack(DEV).resourcesOfType("AWS::Logs::LogGroup").singleResource()
        .hasProperty("RetentionInDays", 30);
  }

  @Test
  void registersFargateAndSpotButDefaultsToSpotInDevOnly(SynthesizedApp app) {
    assertThat(app).stack(PROD).resourcesOfType(CAPACITY_PROVIDERS).singleResource()
        .hasPropertySatisfying("CapacityProviders", providers -> assertThat(list(providers))
            .contains("FARGATE", "FARGATE_SPOT"))
        .hasPropertySatisfying("DefaultCapacityProviderStrategy", strategy -> assertThat(providersOf(strategy))
            .isNotEmpty().doesNotContain("FARGATE_SPOT"));
    assertThat(app).stack(DEV).resourcesOfType(CAPACITY_PROVIDERS).singleResource()
        .hasPropertySatisfying("DefaultCapacityProviderStrategy", strategy -> assertThat(providersOf(strategy))
            .contains("FARGATE_SPOT"));
  }

  @Test
  void keepsTheLogicalIdsOfItsKeysAndLogGroup(SynthesizedApp app) {
    assertThat(app.stack(PROD).resourcesOfType("AWS::KMS::Key")).extracting(Resource::logicalId)
        .containsExactlyInAnyOrder("DataKey2A0DE9E6", "LogsKeyFE4C4A83");
    assertThat(app.stack(PROD).resourcesOfType("AWS::Logs::LogGroup")).extracting(Resource::logicalId)
        .containsExactly("ClusterExecLogsLogGroupA2C59D9A");
    prod(app).resourcesOfType("AWS::KMS::Key").hasSize(2)
        .allHaveDeletionPolicy("Retain")
        .allHaveProperty("EnableKeyRotation", true);
  }

  private static TemplatesAssert prod(SynthesizedApp app) {
    return assertThat(app).stack(PROD);
  }

  /** A JSON list property as a list of plain Java values. */
  private static List<Object> list(Object jsonList) {
    assertThat(jsonList).isInstanceOf(List.class);
    return List.<Object>copyOf((List<?>) jsonList);
  }

  /** The capacity providers named by a DefaultCapacityProviderStrategy, in order. */
  private static List<Object> providersOf(Object strategy) {
    return list(strategy).stream().<Object>map(entry -> ((Map<?, ?>) entry).get("CapacityProvider")).toList();
  }
}

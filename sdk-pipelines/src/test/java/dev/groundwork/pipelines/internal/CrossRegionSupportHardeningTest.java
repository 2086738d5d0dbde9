package dev.groundwork.pipelines.internal;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.data.SecureBucket;
import dev.groundwork.constructs.data.SecureBucketProps;
import dev.groundwork.core.Tier;
import dev.groundwork.pipelines.DeliveryPipeline;
import dev.groundwork.pipelines.DeliveryPipelineProps;
import dev.groundwork.pipelines.EnvironmentDelivery;
import dev.groundwork.pipelines.RepositorySource;
import dev.groundwork.testing.SynthesisExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.Topic;

/** A pipeline delivering an environment with a recovery stack in a second region. */
class CrossRegionSupportHardeningTest {
  private static final String SUPPORT = "shop-delivery-pipeline-support-eu-central-1";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> app(outdir, true));

  /** The app, its pipeline's cross-region buckets with Object Lock enabled or not. */
  static PlatformApp app(Path outdir, boolean crossRegionObjectLock) {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("shop").team("platform").costCenter("cc-0001").outdir(outdir)
        .addEnvironments(EnvironmentProps.of("delivery", "444444444444", "eu-west-1", Tier.PROD))
        .addEnvironments(EnvironmentProps.builder().name("prod").account("333333333333")
            .region("eu-west-1").recoveryRegion("eu-central-1").tier(Tier.PROD).build())
        .build());
    PlatformEnvironment prod = app.environment("prod");
    prod.addRecoveryStack();
    new SecureBucket(prod.addStack("data"), "Documents", SecureBucketProps.defaults());
    Stack stack = app.environment("delivery").addStack("pipeline");
    Key key = Key.Builder.create(stack, "AlertsKey").enableKeyRotation(true).removalPolicy(RemovalPolicy.RETAIN).build();
    new DeliveryPipeline(stack, "Delivery", DeliveryPipelineProps.builder()
        .source(RepositorySource.of(
            "arn:aws:codeconnections:eu-west-1:444444444444:connection/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d",
            "example/shop"))
        .addEnvironments(EnvironmentDelivery.of(prod, "https://api.shop.example.com/health"))
        .alertTopic(Topic.Builder.create(stack, "Alerts").masterKey(key).enforceSsl(true).build())
        .crossRegionObjectLock(crossRegionObjectLock)
        .build());
    return app;
  }

  @Test
  void retainsVersionsAndLogsTheSupportStacksArtifactBucket(SynthesizedApp app) {
    StackTemplate support = app.stack(SUPPORT);
    Resource artifacts = support.resourcesOfType("AWS::S3::Bucket").stream()
        .filter(b -> b.logicalId().startsWith("CrossRegionCodePipelineReplicationBucket")).findFirst().orElseThrow();
    assertThat(artifacts.property("VersioningConfiguration.Status").asText()).isEqualTo("Enabled");
    assertThat(artifacts.property("LoggingConfiguration.LogFilePrefix").asText()).isEqualTo("artifacts/");
    assertThat(artifacts.references()).anyMatch(id -> id.startsWith("AccessLogs"));
    assertThat(support.resources()).filteredOn(r -> List.of("AWS::S3::Bucket", "AWS::KMS::Key").contains(r.type()))
        .hasSize(3)
        .allSatisfy(r -> assertThat(List.of(r.deletionPolicy(), r.updateReplacePolicy()))
            .as(r.describe()).containsOnly(Optional.of("Retain")));
  }

  /** AWS Control Tower's CT.S3.PR.4, PR.9, PR.10 and CT.KMS.PR.3 on what CDK Pipelines adds. */
  @Test
  void passesTheControlsGroundworksOwnBucketsAndKeysPass(SynthesizedApp app) {
    StackTemplate support = app.stack(SUPPORT);
    Resource artifacts = support.resourcesOfType("AWS::S3::Bucket").stream()
        .filter(b -> b.logicalId().startsWith("CrossRegionCodePipelineReplicationBucket")).findFirst().orElseThrow();
    assertThat(artifacts.property("ObjectLockEnabled").asBoolean()).isTrue();
    assertThat(artifacts.property("NotificationConfiguration.EventBridgeConfiguration.EventBridgeEnabled").asBoolean()).isTrue();
    Resource logs = support.resourcesOfType("AWS::S3::Bucket").stream()
        .filter(b -> b.logicalId().startsWith("AccessLogs")).findFirst().orElseThrow();
    assertThat(logs.property("BucketEncryption.ServerSideEncryptionConfiguration").toString())
        .contains("aws:kms").contains("CrossRegionCodePipelineReplicationBucketEncryptionKey");
    assertThat(logs.property("LoggingConfiguration.LogFilePrefix").asText()).isEqualTo("own-access-logs/");
    Resource key = support.resourcesOfType("AWS::KMS::Key").get(0);
    assertThat(key.property("KeyPolicy.Statement").toString())
        .contains("\"Action\":\"kms:CreateGrant\",\"Condition\":{\"BoolIfExists\":")
        .contains("logging.s3.amazonaws.com");
  }

  /** For a pipeline whose support stacks were deployed before: Object Lock would replace the bucket. */
  @Test
  void objectLockCanBeLeftOffByName(@TempDir Path outdir) {
    StackTemplate support = app(outdir, false).synth().app().stack(SUPPORT);
    Resource artifacts = support.resourcesOfType("AWS::S3::Bucket").stream()
        .filter(b -> b.logicalId().startsWith("CrossRegionCodePipelineReplicationBucket")).findFirst().orElseThrow();
    assertThat(artifacts.property("ObjectLockEnabled").isMissingNode()).isTrue();
    assertThat(artifacts.property("NotificationConfiguration.EventBridgeConfiguration.EventBridgeEnabled").asBoolean()).isTrue();
  }

  @Test
  void passesTheBaselinePolicyPack(SynthesizedApp app) {
    assertThat(app).report().hasNoErrors();
  }
}

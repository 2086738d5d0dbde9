package dev.groundwork.pipelines.internal;

import dev.groundwork.constructs.internal.AccessLogBucket;
import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.core.PlatformContext;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.IAspect;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.CfnBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.constructs.IConstruct;

/**
 * Brings the artifact bucket of each CDK Pipelines cross-region support stack up to Groundwork's
 * bucket standard: retained with its key, versioned (noncurrent artifacts expire after 30 days) and
 * access-logged to an access-log bucket beside it (encrypted with the support stack's key), Object
 * Lock enabled (unless {@code DeliveryPipelineProps.crossRegionObjectLock(false)}), its events sent to EventBridge; the key lets only AWS services
 * create grants. These are the AWS Control Tower proactive controls Groundwork's own buckets and keys
 * pass in PROD.
 *
 * <p>CodePipeline needs an artifact bucket in every region it deploys to; when an environment has
 * a stack in a second region (its recovery stack), CDK creates a support stack
 * {@code <pipeline stack>-support-<region>} with a bucket and key of its own while it builds the
 * pipeline, which happens in an aspect at synthesis. This aspect runs after that one
 * ({@link #PRIORITY}) on the pipeline's stage and hardens each support stack once; CDK's own grants
 * and cross-account policies on the bucket stay as CDK writes them.
 */
public final class CrossRegionSupportHardening implements IAspect {
  /** After CDK Pipelines builds the pipeline (MUTATING, 200), before read-only aspects (1000). */
  public static final int PRIORITY = 300;
  private static final String SUPPORT_STACK_PREFIX = "cross-region-stack-";

  private final boolean objectLock;

  /** Hardens each support stack; {@code objectLock}: whether its bucket has Object Lock enabled. */
  public CrossRegionSupportHardening(boolean objectLock) {
    this.objectLock = objectLock;
  }

  @Override
  public void visit(IConstruct node) {
    if (!(node instanceof Stack stack) || !stack.getNode().getId().startsWith(SUPPORT_STACK_PREFIX)
        || stack.getNode().tryFindChild("AccessLogs") != null) {
      return;
    }
    IConstruct support = stack.getNode().findChild("Default");
    int retentionDays = PlatformContext.of(stack).defaults().logRetentionDays();
    // DeliveryPipeline asks for cross-account keys, so every support stack has one.
    Key key = (Key) support.getNode().findChild("CrossRegionCodePipelineReplicationBucketEncryptionKey");
    key.applyRemovalPolicy(RemovalPolicy.RETAIN);
    key.addToResourcePolicy(EncryptionKey.onlyAwsServicesCreateGrants());
    key.addToResourcePolicy(PolicyStatement.Builder.create()
        .sid("AllowS3ServerAccessLoggingOfThisAccount")
        .principals(List.of(new ServicePrincipal("logging.s3.amazonaws.com")))
        .actions(List.of("kms:GenerateDataKey"))
        .resources(List.of("*"))
        .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", stack.getAccount())))
        .build());
    Bucket logs = AccessLogBucket.create(stack, "AccessLogs", retentionDays, RemovalPolicy.RETAIN, key);
    Bucket bucket = (Bucket) support.getNode().findChild("CrossRegionCodePipelineReplicationBucket");
    bucket.applyRemovalPolicy(RemovalPolicy.RETAIN);
    bucket.addLifecycleRule(LifecycleRule.builder()
        .id("expire-old-artifacts")
        .noncurrentVersionExpiration(Duration.days(30))
        .abortIncompleteMultipartUploadAfter(Duration.days(7))
        .build());
    logs.addToResourcePolicy(PolicyStatement.Builder.create()
        .sid("S3ServerAccessLogsOfTheArtifactBucket")
        .principals(List.of(new ServicePrincipal("logging.s3.amazonaws.com")))
        .actions(List.of("s3:PutObject"))
        .resources(List.of(logs.arnForObjects("artifacts/*")))
        .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", stack.getAccount())))
        .build());
    CfnBucket cfn = (CfnBucket) bucket.getNode().getDefaultChild();
    cfn.setVersioningConfiguration(CfnBucket.VersioningConfigurationProperty.builder().status("Enabled").build());
    // AWS Control Tower's CT.S3.PR.9 and CT.S3.PR.4, as on Groundwork's PROD buckets.
    if (objectLock) {
      cfn.setObjectLockEnabled(true);
    }
    cfn.setNotificationConfiguration(CfnBucket.NotificationConfigurationProperty.builder()
        .eventBridgeConfiguration(CfnBucket.EventBridgeConfigurationProperty.builder()
            .eventBridgeEnabled(true).build())
        .build());
    cfn.setLoggingConfiguration(CfnBucket.LoggingConfigurationProperty.builder()
        .destinationBucketName(logs.getBucketName())
        .logFilePrefix("artifacts/")
        .build());
  }
}

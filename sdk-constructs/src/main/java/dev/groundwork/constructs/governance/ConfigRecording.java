package dev.groundwork.constructs.governance;

import dev.groundwork.constructs.keys.EncryptionKey;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.config.CfnConfigurationRecorder;
import software.amazon.awscdk.services.config.CfnDeliveryChannel;
import software.amazon.awscdk.services.config.ManagedRule;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * AWS Config for the account and region: a recorder of every supported resource type (global
 * ones, such as IAM, only where the {@link AccountWideScope} says), a delivery channel to the
 * audit bucket (SSE-KMS with the audit key, daily snapshots), the {@link MirroredConfigRule}s and
 * the {@link StackDriftDetection} of every CloudFormation stack.
 *
 * <p>The recorder's role carries the AWS managed {@code AWS_ConfigRole} policy (read access
 * Config needs to describe resources) and, as AWS documents for a recorder with its own role in
 * the bucket's account (https://docs.aws.amazon.com/config/latest/developerguide/iamrole-permissions.html),
 * {@code s3:PutObject} under the Config prefix and {@code s3:GetBucketAcl}; the key's policy lets
 * it encrypt through that IAM policy. Config then writes as the role, so the bucket policy needs
 * no statement for the Config service.
 */
final class ConfigRecording extends Construct {
  /** Where configuration history and snapshots go in the audit bucket. */
  static final String PREFIX = "config";

  private final CfnConfigurationRecorder recorder;
  private final StackDriftDetection stackDrift;

  ConfigRecording(Construct scope, String id, IBucket bucket, EncryptionKey key, AccountWideScope accountWide,
      String driftRuleName, int driftCheckHours) {
    super(scope, id);
    Role role = Role.Builder.create(this, "RecorderRole")
        .description("Lets AWS Config record this account's resources and deliver them to the audit bucket")
        .assumedBy(new ServicePrincipal("config.amazonaws.com"))
        .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName("service-role/AWS_ConfigRole")))
        .build();
    role.addToPolicy(PolicyStatement.Builder.create()
        .actions(List.of("s3:PutObject"))
        .resources(List.of(bucket.arnForObjects(PREFIX + "/AWSLogs/" + Stack.of(this).getAccount() + "/*")))
        .conditions(Map.of("StringEquals", Map.of("s3:x-amz-acl", "bucket-owner-full-control")))
        .build());
    role.addToPolicy(PolicyStatement.Builder.create()
        .actions(List.of("s3:GetBucketAcl"))
        .resources(List.of(bucket.getBucketArn()))
        .build());
    key.grantEncrypt(role);

    this.recorder = CfnConfigurationRecorder.Builder.create(this, "Recorder")
        .roleArn(role.getRoleArn())
        .recordingGroup(CfnConfigurationRecorder.RecordingGroupProperty.builder()
            .allSupported(true)
            .build())
        .build();
    // Fn::If where the account-wide region is decided at deployment; the builder takes only booleans.
    recorder.addPropertyOverride("RecordingGroup.IncludeGlobalResourceTypes", accountWide.flag());
    CfnDeliveryChannel channel = CfnDeliveryChannel.Builder.create(this, "DeliveryChannel")
        .s3BucketName(bucket.getBucketName())
        .s3KeyPrefix(PREFIX)
        .s3KmsKeyArn(key.key().getKeyArn())
        .configSnapshotDeliveryProperties(CfnDeliveryChannel.ConfigSnapshotDeliveryPropertiesProperty.builder()
            .deliveryFrequency("TwentyFour_Hours")
            .build())
        .build();
    // Config needs the recorder before the channel, and the role's permissions before either.
    recorder.getNode().addDependency(role);
    channel.getNode().addDependency(recorder);

    for (MirroredConfigRule mirrored : MirroredConfigRule.values()) {
      ManagedRule rule = ManagedRule.Builder.create(this, mirrored.constructId())
          .identifier(mirrored.identifier())
          .description("Mirrors Groundwork's " + mirrored.groundworkRule() + " after deployment")
          .build();
      rule.getNode().addDependency(channel);
    }
    this.stackDrift = new StackDriftDetection(this, "StackDrift", driftRuleName, driftCheckHours);
    stackDrift.getNode().addDependency(channel);
  }

  /** The drift detection of the account and region's CloudFormation stacks. */
  StackDriftDetection stackDrift() {
    return stackDrift;
  }

  /** The configuration recorder. */
  CfnConfigurationRecorder recorder() {
    return recorder;
  }
}

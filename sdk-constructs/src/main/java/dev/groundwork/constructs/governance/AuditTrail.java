package dev.groundwork.constructs.governance;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.constructs.logs.EncryptedLogGroup;
import dev.groundwork.constructs.logs.EncryptedLogGroupProps;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudtrail.CfnTrail;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * The account's multi-region CloudTrail trail: management events (and S3 data events of the
 * given buckets), log-file validation, SSE-KMS with the audit key, delivered to the audit bucket
 * and to an encrypted CloudWatch Logs group.
 *
 * <p>aws-cdk-lib grants CloudTrail nothing on a customer managed key, so the key policy gets the
 * statements AWS documents for CloudTrail SSE-KMS
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html),
 * limited to this trail by {@code aws:SourceArn} and to this account's trails by
 * {@code kms:EncryptionContext:aws:cloudtrail:arn}; the bucket policy gets the two statements of
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html,
 * limited the same way. The trail's name is fixed so its ARN is known before it exists.
 */
final class AuditTrail extends Construct {
  /** Where log files go in the audit bucket. */
  static final String PREFIX = "cloudtrail";

  private final CfnTrail trail;
  private final EncryptedLogGroup logs;

  AuditTrail(Construct scope, String id, String trailName, IBucket bucket, EncryptionKey key,
      int logRetentionDays, List<IBucket> dataEventBuckets) {
    super(scope, id);
    Stack stack = Stack.of(this);
    String trailArn = stack.formatArn(ArnComponents.builder()
        .service("cloudtrail").resource("trail").resourceName(trailName)
        .arnFormat(ArnFormat.SLASH_RESOURCE_NAME).build());
    String accountTrails = "arn:" + stack.getPartition() + ":cloudtrail:*:" + stack.getAccount() + ":trail/*";
    ServicePrincipal cloudTrail = new ServicePrincipal("cloudtrail.amazonaws.com");
    Map<String, Object> thisTrail = Map.of("aws:SourceArn", trailArn);

    key.key().addToResourcePolicy(PolicyStatement.Builder.create()
        .sid("AllowCloudTrailToEncryptLogFiles")
        .principals(List.of(cloudTrail))
        .actions(List.of("kms:GenerateDataKey*"))
        .resources(List.of("*"))
        .conditions(ImmutableMap.of("StringEquals", thisTrail,
            "StringLike", Map.of("kms:EncryptionContext:aws:cloudtrail:arn", accountTrails)))
        .build());
    key.key().addToResourcePolicy(PolicyStatement.Builder.create()
        .sid("AllowCloudTrailToDescribeTheKey")
        .principals(List.of(cloudTrail))
        .actions(List.of("kms:DescribeKey"))
        .resources(List.of("*"))
        .conditions(Map.of("StringEquals", thisTrail))
        .build());
    bucket.addToResourcePolicy(PolicyStatement.Builder.create()
        .sid("AllowCloudTrailAclCheck")
        .principals(List.of(cloudTrail))
        .actions(List.of("s3:GetBucketAcl"))
        .resources(List.of(bucket.getBucketArn()))
        .conditions(Map.of("StringEquals", thisTrail))
        .build());
    bucket.addToResourcePolicy(PolicyStatement.Builder.create()
        .sid("AllowCloudTrailWrite")
        .principals(List.of(cloudTrail))
        .actions(List.of("s3:PutObject"))
        .resources(List.of(bucket.arnForObjects(PREFIX + "/AWSLogs/" + stack.getAccount() + "/*")))
        .conditions(Map.of("StringEquals", ImmutableMap.of("s3:x-amz-acl", "bucket-owner-full-control",
            "aws:SourceArn", trailArn)))
        .build());

    this.logs = new EncryptedLogGroup(this, "Logs", EncryptedLogGroupProps.builder()
        .retentionDays(logRetentionDays)
        .build());
    Role logsRole = Role.Builder.create(this, "LogsRole")
        .description("Lets CloudTrail deliver the trail " + trailName + " to CloudWatch Logs")
        .assumedBy(cloudTrail)
        .build();
    logs.logGroup().grantWrite(logsRole);

    CfnTrail.EventSelectorProperty.Builder events = CfnTrail.EventSelectorProperty.builder()
        .readWriteType("All")
        .includeManagementEvents(true);
    if (!dataEventBuckets.isEmpty()) {
      events.dataResources(List.of(CfnTrail.DataResourceProperty.builder()
          .type("AWS::S3::Object")
          .values(dataEventBuckets.stream().map(b -> b.getBucketArn() + "/").toList())
          .build()));
    }
    this.trail = CfnTrail.Builder.create(this, "Trail")
        .trailName(trailName)
        .isLogging(true)
        .isMultiRegionTrail(true)
        .includeGlobalServiceEvents(true)
        .enableLogFileValidation(true)
        .kmsKeyId(key.key().getKeyArn())
        .s3BucketName(bucket.getBucketName())
        .s3KeyPrefix(PREFIX)
        .cloudWatchLogsLogGroupArn(logs.logGroup().getLogGroupArn())
        .cloudWatchLogsRoleArn(logsRole.getRoleArn())
        .eventSelectors(List.of(events.build()))
        .build();
    // CloudTrail checks its permissions when the trail is created.
    trail.getNode().addDependency(logsRole);
    if (bucket.getPolicy() != null) {
      trail.getNode().addDependency(bucket.getPolicy());
    }
  }

  /** The trail. */
  CfnTrail trail() {
    return trail;
  }

  /** The trail's CloudWatch Logs copy. */
  EncryptedLogGroup logs() {
    return logs;
  }
}

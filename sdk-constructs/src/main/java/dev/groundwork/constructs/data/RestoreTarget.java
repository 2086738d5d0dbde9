package dev.groundwork.constructs.data;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.constructs.Construct;

/**
 * A resource the environment's {@link BackupPlan} restore-tests, and what restoring it takes:
 * the metadata AWS Backup would otherwise infer (and get wrong, e.g. a default VPC that does not
 * exist) and the permissions of the role AWS Backup restores it with.
 */
sealed interface RestoreTarget permits DatabaseRestoreTarget, BucketRestoreTarget {

  /** The construct its restore test's resources go under, in the resource's own stack. */
  Construct owner();

  /** AWS Backup's name of the resource type, e.g. {@code Aurora} or {@code S3}. */
  String resourceType();

  /** The protected resource's ARN. */
  String resourceArn();

  /**
   * The restore metadata overrides, keys as AWS Backup documents them (case does not matter to
   * it), in a fixed order; may add the resources they name (a security group) under {@code scope}.
   */
  Map<String, String> metadataOverrides(Construct scope);

  /** What the restore role may do to restore this resource, and nothing else. */
  List<PolicyStatement> restorePermissions();
}

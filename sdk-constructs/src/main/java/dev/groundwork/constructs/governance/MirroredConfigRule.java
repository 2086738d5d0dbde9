package dev.groundwork.constructs.governance;

/**
 * The AWS managed Config rules an {@link AccountBaseline} turns on, each mirroring a baseline
 * rule of Groundwork's policy pack: the pack stops a non-compliant template at synthesis, the
 * Config rule catches the same drift made outside code after deployment. docs/constructs/governance.md
 * lists this table (a test keeps the two equal).
 */
public enum MirroredConfigRule {
  S3_BUCKET_PUBLIC_ACCESS("S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED", "GW_S3_BUCKET_PUBLIC_ACCESS_BLOCKED"),
  S3_BUCKET_TLS("S3_BUCKET_SSL_REQUESTS_ONLY", "GW_S3_BUCKET_TLS_REQUIRED"),
  EBS_ENCRYPTED("ENCRYPTED_VOLUMES", "GW_EC2_EBS_ENCRYPTED"),
  RDS_STORAGE_ENCRYPTED("RDS_STORAGE_ENCRYPTED", "GW_RDS_STORAGE_ENCRYPTED"),
  RESTRICTED_SSH("INCOMING_SSH_DISABLED", "GW_EC2_SG_NO_OPEN_INGRESS"),
  IAM_NO_ADMIN("IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS", "GW_IAM_NO_STAR_ACTION_ON_STAR_RESOURCE"),
  KMS_ROTATION("CMK_BACKING_KEY_ROTATION_ENABLED", "GW_KMS_KEY_ROTATION_ENABLED"),
  LOG_GROUP_ENCRYPTED("CLOUDWATCH_LOG_GROUP_ENCRYPTED", "GW_LOGS_KMS_ENCRYPTED"),
  CLOUDTRAIL_ENABLED("MULTI_REGION_CLOUD_TRAIL_ENABLED", "GW_CLOUDTRAIL_TRAIL_VALIDATED_AND_ENCRYPTED"),
  CLOUDTRAIL_VALIDATION("CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED", "GW_CLOUDTRAIL_TRAIL_VALIDATED_AND_ENCRYPTED"),
  GUARDDUTY_ENABLED("GUARDDUTY_ENABLED_CENTRALIZED", "GW_GUARDDUTY_DETECTOR_ENABLED");

  private final String identifier;
  private final String groundworkRule;

  MirroredConfigRule(String identifier, String groundworkRule) {
    this.identifier = identifier;
    this.groundworkRule = groundworkRule;
  }

  /** The AWS managed rule's source identifier, e.g. {@code ENCRYPTED_VOLUMES}. */
  public String identifier() {
    return identifier;
  }

  /** The id of the Groundwork baseline rule it mirrors, e.g. {@code GW_EC2_EBS_ENCRYPTED}. */
  public String groundworkRule() {
    return groundworkRule;
  }

  /** The construct id of the rule under the baseline's {@code Config}, e.g. {@code EbsEncrypted}. */
  String constructId() {
    StringBuilder id = new StringBuilder();
    for (String word : name().split("_")) {
      id.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return id.toString();
  }
}

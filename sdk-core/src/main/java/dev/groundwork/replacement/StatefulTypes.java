package dev.groundwork.replacement;

import java.util.Set;

/**
 * The resource types that hold data a replacement or deletion loses: databases, buckets, keys
 * (everything encrypted with one), secrets, log groups, volumes, queues, backup vaults, tables,
 * file systems, caches, image repositories and user pools.
 */
public final class StatefulTypes {
  private static final Set<String> TYPES = Set.of(
      "AWS::RDS::DBCluster", "AWS::RDS::DBInstance", "AWS::S3::Bucket", "AWS::KMS::Key",
      "AWS::SecretsManager::Secret", "AWS::Logs::LogGroup", "AWS::EC2::Volume", "AWS::SQS::Queue",
      "AWS::Backup::BackupVault", "AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable",
      "AWS::EFS::FileSystem", "AWS::ElastiCache::ReplicationGroup", "AWS::ECR::Repository",
      "AWS::Cognito::UserPool");

  private StatefulTypes() {}

  /** Whether resources of {@code type} hold data. */
  public static boolean contains(String type) {
    return TYPES.contains(type);
  }

  /** Every stateful type. */
  public static Set<String> all() {
    return TYPES;
  }
}

package dev.groundwork.assembly;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import java.util.Set;

/**
 * The CloudFormation resource types that hold data, and what each needs to keep it: the one list
 * the retention rule ({@code GW_STATEFUL_RESOURCE_RETAINED}) and the replacement guard read.
 *
 * <p>Every type here loses its data when a deployment replaces or removes the resource, so the
 * guard reports that for all of them. Most also hold data that must outlive their stack, so the
 * retention rule requires DeletionPolicy and UpdateReplacePolicy {@code Retain}, or
 * {@code Snapshot} for the types CloudFormation can take a final snapshot of (RDS clusters and
 * instances, EBS volumes, ElastiCache replication groups). SQS queues are the exception: their
 * messages are in flight, kept 14 days at most, so losing them in a deployment matters but
 * deleting an idle queue with its stack does not, and the rule does not ask for Retain.
 */
public final class StatefulTypes {

  /** What a type's data needs when its stack deletes it. */
  private enum Keep {
    /** Only Retain keeps the data. */
    RETAIN,
    /** Retain, or Snapshot: CloudFormation snapshots the resource, then deletes it. */
    RETAIN_OR_SNAPSHOT,
    /** Transient data: lost only if a deployment replaces the resource while it is in use. */
    IN_FLIGHT_ONLY
  }

  private static final ImmutableSortedMap<String, Keep> TYPES = ImmutableSortedMap.<String, Keep>naturalOrder()
      .put("AWS::Backup::BackupVault", Keep.RETAIN)
      .put("AWS::Cognito::UserPool", Keep.RETAIN)
      .put("AWS::DynamoDB::GlobalTable", Keep.RETAIN)
      .put("AWS::DynamoDB::Table", Keep.RETAIN)
      .put("AWS::EC2::Volume", Keep.RETAIN_OR_SNAPSHOT)
      .put("AWS::ECR::Repository", Keep.RETAIN)
      .put("AWS::EFS::FileSystem", Keep.RETAIN)
      .put("AWS::ElastiCache::ReplicationGroup", Keep.RETAIN_OR_SNAPSHOT)
      .put("AWS::KMS::Key", Keep.RETAIN)
      .put("AWS::Logs::LogGroup", Keep.RETAIN)
      .put("AWS::RDS::DBCluster", Keep.RETAIN_OR_SNAPSHOT)
      .put("AWS::RDS::DBInstance", Keep.RETAIN_OR_SNAPSHOT)
      .put("AWS::S3::Bucket", Keep.RETAIN)
      .put("AWS::SQS::Queue", Keep.IN_FLIGHT_ONLY)
      .put("AWS::SecretsManager::Secret", Keep.RETAIN)
      .buildOrThrow();

  private static final ImmutableSortedSet<String> OUTLIVING_STACK = ImmutableSortedSet.copyOf(
      Maps.filterValues(TYPES, keep -> keep != Keep.IN_FLIGHT_ONLY).keySet());

  private StatefulTypes() {}

  /** Whether resources of {@code type} hold data that a replacement or removal loses. */
  public static boolean contains(String type) {
    return TYPES.containsKey(type);
  }

  /** Every stateful type, sorted. */
  public static Set<String> all() {
    return TYPES.keySet();
  }

  /** The stateful types whose data must outlive their stack (all but SQS queues), sorted. */
  public static Set<String> outlivingStack() {
    return OUTLIVING_STACK;
  }

  /** Whether CloudFormation can take a final snapshot of {@code type} (DeletionPolicy Snapshot). */
  public static boolean snapshots(String type) {
    return TYPES.get(type) == Keep.RETAIN_OR_SNAPSHOT;
  }
}

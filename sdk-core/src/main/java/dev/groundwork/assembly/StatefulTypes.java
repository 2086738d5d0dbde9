package dev.groundwork.assembly;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import java.util.List;
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
 *
 * <p>Each type also lists its identifying properties, by which the guard recognises the same
 * resource under a new logical id or in another stack (a renamed or moved construct).
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

  /** One stateful type: what keeps its data, and which properties tell one resource from another. */
  private record Kind(Keep keep, ImmutableList<String> identifiedBy) {
    static Kind of(Keep keep, String... identifiedBy) {
      return new Kind(keep, ImmutableList.copyOf(identifiedBy));
    }
  }

  private static final ImmutableSortedMap<String, Kind> TYPES = ImmutableSortedMap.<String, Kind>naturalOrder()
      .put("AWS::Backup::BackupVault", Kind.of(Keep.RETAIN, "BackupVaultName"))
      .put("AWS::Cognito::UserPool", Kind.of(Keep.RETAIN, "UserPoolName"))
      .put("AWS::DynamoDB::GlobalTable", Kind.of(Keep.RETAIN, "TableName", "KeySchema"))
      .put("AWS::DynamoDB::Table", Kind.of(Keep.RETAIN, "TableName", "KeySchema"))
      .put("AWS::EC2::Volume", Kind.of(Keep.RETAIN_OR_SNAPSHOT, "AvailabilityZone", "SnapshotId", "Encrypted"))
      .put("AWS::ECR::Repository", Kind.of(Keep.RETAIN, "RepositoryName"))
      .put("AWS::EFS::FileSystem", Kind.of(Keep.RETAIN, "PerformanceMode", "Encrypted"))
      .put("AWS::ElastiCache::ReplicationGroup", Kind.of(Keep.RETAIN_OR_SNAPSHOT, "ReplicationGroupId", "Engine"))
      .put("AWS::KMS::Key", Kind.of(Keep.RETAIN, "KeySpec", "KeyUsage", "MultiRegion"))
      .put("AWS::Logs::LogGroup", Kind.of(Keep.RETAIN, "LogGroupName"))
      .put("AWS::RDS::DBCluster", Kind.of(Keep.RETAIN_OR_SNAPSHOT, "DBClusterIdentifier", "Engine", "DatabaseName"))
      .put("AWS::RDS::DBInstance", Kind.of(Keep.RETAIN_OR_SNAPSHOT,
          "DBInstanceIdentifier", "Engine", "DBName", "DBClusterIdentifier"))
      .put("AWS::S3::Bucket", Kind.of(Keep.RETAIN, "BucketName"))
      .put("AWS::SQS::Queue", Kind.of(Keep.IN_FLIGHT_ONLY, "QueueName", "FifoQueue"))
      .put("AWS::SecretsManager::Secret", Kind.of(Keep.RETAIN, "Name"))
      .buildOrThrow();

  private static final ImmutableSortedSet<String> OUTLIVING_STACK = ImmutableSortedSet.copyOf(
      Maps.filterValues(TYPES, kind -> kind.keep() != Keep.IN_FLIGHT_ONLY).keySet());

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
    return contains(type) && TYPES.get(type).keep() == Keep.RETAIN_OR_SNAPSHOT;
  }

  /**
   * The properties that tell one resource of {@code type} from another, and stay when its
   * construct is renamed or moved: its name (absent when CloudFormation generates it), and what
   * it is (engine, key schema, zone). Two resources of the same type with equal values (absent
   * counting as equal) may be the same data under another logical id. Empty for a type that is
   * not stateful.
   */
  public static List<String> identifyingProperties(String type) {
    return contains(type) ? TYPES.get(type).identifiedBy() : List.of();
  }
}

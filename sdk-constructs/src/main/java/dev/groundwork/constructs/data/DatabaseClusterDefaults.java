package dev.groundwork.constructs.data;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Tier;
import dev.groundwork.core.TierDefaults;

/** Resolves every setting of a {@link DatabaseCluster} from its props and tier, in one place. */
final class DatabaseClusterDefaults {
  static final ByTier<DatabaseCapacity> CAPACITY = ByTier.of(DatabaseCapacity.serverless(0.5, 2),
      DatabaseCapacity.serverless(0.5, 4), DatabaseCapacity.serverless(1, 16));
  /** A standby in every other zone in PROD. */
  static final ByTier<Integer> READERS = ByTier.of(0, 1, 2);
  /** Enhanced monitoring outside DEV, every minute. */
  static final ByTier<Integer> MONITORING_INTERVAL_SECONDS = ByTier.of(0, 60, 60);
  /** Database Insights advanced mode (15 months of Performance Insights) in PROD. */
  static final ByTier<Boolean> ADVANCED_DATABASE_INSIGHTS = ByTier.of(false, false, true);
  static final ByTier<Integer> PERFORMANCE_INSIGHTS_RETENTION_DAYS = ByTier.of(7, 7, 465);
  /** Production databases refuse deletion and are snapshotted, whatever the props say. */
  static final ByTier<Boolean> DELETION_PROTECTION_REQUIRED = ByTier.of(false, false, true);
  static final ByTier<Boolean> DESTROY_ALLOWED = ByTier.of(true, true, false);

  private DatabaseClusterDefaults() {}

  static DatabaseClusterSettings resolve(DatabaseClusterProps props, PlatformContext context) {
    Tier tier = context.tier();
    TierDefaults defaults = context.defaults();
    return new DatabaseClusterSettings(
        props.capacity().orElse(CAPACITY.get(tier)),
        props.readers().orElse(READERS.get(tier)),
        props.deletionProtection().orElse(defaults.databaseDeletionProtection()),
        props.backupRetentionDays().orElse(defaults.databaseBackupRetentionDays()),
        props.logRetentionDays().orElse(defaults.logRetentionDays()),
        MONITORING_INTERVAL_SECONDS.get(tier),
        ADVANCED_DATABASE_INSIGHTS.get(tier),
        PERFORMANCE_INSIGHTS_RETENTION_DAYS.get(tier),
        DELETION_PROTECTION_REQUIRED.get(tier),
        props.destroyOnStackDeletion(),
        DESTROY_ALLOWED.get(tier),
        props.authentication().orElse(props.engine().defaultAuthentication()));
  }
}

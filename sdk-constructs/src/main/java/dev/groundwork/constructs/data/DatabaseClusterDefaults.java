package dev.groundwork.constructs.data;

import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Tier;
import dev.groundwork.core.TierDefaults;

/** Resolves every setting of a {@link DatabaseCluster} from its props and tier, in one place. */
final class DatabaseClusterDefaults {
  private DatabaseClusterDefaults() {}

  static DatabaseClusterSettings resolve(DatabaseClusterProps props, PlatformContext context) {
    Tier tier = context.tier();
    TierDefaults defaults = context.defaults();
    DatabaseCapacity capacity = props.capacity().orElseGet(() -> switch (tier) {
      case DEV -> DatabaseCapacity.serverless(0.5, 2);
      case STAGING -> DatabaseCapacity.serverless(0.5, 4);
      case PROD -> DatabaseCapacity.serverless(1, 16);
    });
    int readers = props.readers().orElse(switch (tier) {
      case DEV -> 0;
      case STAGING -> 1;
      case PROD -> 2;
    });
    boolean prod = tier == Tier.PROD;
    return new DatabaseClusterSettings(
        capacity,
        readers,
        props.deletionProtection().orElse(defaults.databaseDeletionProtection()),
        props.backupRetentionDays().orElse(defaults.databaseBackupRetentionDays()),
        props.logRetentionDays().orElse(defaults.logRetentionDays()),
        tier == Tier.DEV ? 0 : 60,
        prod,
        prod ? 465 : 7);
  }
}

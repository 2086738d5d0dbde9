package dev.groundwork.constructs.observability;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;

/** Resolves every threshold of a {@link DatabaseWatcher}, by tier, in one place. */
final class DatabaseWatcherDefaults {
  static final ByTier<Double> CONNECTIONS_PERCENT = ByTier.of(90.0, 85.0, 80.0);
  static final ByTier<Double> CPU_PERCENT = ByTier.of(90.0, 85.0, 80.0);
  static final ByTier<Double> FREEABLE_MEMORY_MIB = ByTier.of(128.0, 256.0, 512.0);
  static final ByTier<Double> FREE_LOCAL_STORAGE_GIB = ByTier.of(2.0, 5.0, 10.0);
  static final ByTier<Double> REPLICA_LAG_MILLIS = ByTier.of(5000.0, 2000.0, 1000.0);
  /** Deadlocks per second that notify, the same in every tier. */
  static final double DEADLOCKS_PER_SECOND = 1.0;

  private DatabaseWatcherDefaults() {}

  static DatabaseWatcherSettings resolve(DatabaseWatchOptions options, PlatformContext context) {
    double percent = options.connectionsPercent().orElse(CONNECTIONS_PERCENT.get(context.tier()));
    return new DatabaseWatcherSettings(
        Math.ceil(options.maxConnections().orElseThrow() * percent / 100),
        options.cpuPercent().orElse(CPU_PERCENT.get(context.tier())),
        options.freeableMemoryMiB().orElse(FREEABLE_MEMORY_MIB.get(context.tier())),
        options.freeLocalStorageGiB().orElse(FREE_LOCAL_STORAGE_GIB.get(context.tier())),
        options.replicaLagMillis().orElse(REPLICA_LAG_MILLIS.get(context.tier())),
        options.deadlocksPerSecond().orElse(DEADLOCKS_PER_SECOND),
        options.deadlocks(),
        TaskWatchDefaults.window(options, context));
  }
}

package dev.groundwork.constructs.observability;

import static dev.groundwork.constructs.observability.TaskWatchDefaults.byTier;

import dev.groundwork.core.Tier;

/** Resolves every threshold of a {@link DatabaseWatcher}, by tier, in one place. */
final class DatabaseWatcherDefaults {
  private DatabaseWatcherDefaults() {}

  /**
   * @param connections connections that page (the percentage of max_connections, as a count)
   * @param cpuPercent average CPU that notifies
   * @param freeableMemoryMiB freeable memory below which it notifies
   * @param freeLocalStorageGiB free local storage below which it pages
   * @param replicaLagMillis replica lag that pages
   * @param deadlocksPerSecond deadlocks per second that notify, if watched
   * @param deadlocks whether deadlocks are watched
   * @param window M of N of every alarm
   */
  record Thresholds(double connections, double cpuPercent, double freeableMemoryMiB, double freeLocalStorageGiB,
      double replicaLagMillis, double deadlocksPerSecond, boolean deadlocks, AlarmWindow window) {}

  static Thresholds resolve(DatabaseWatchOptions options, Tier tier) {
    double percent = options.connectionsPercent().orElse(byTier(tier, 90, 85, 80));
    return new Thresholds(
        Math.ceil(options.maxConnections().orElseThrow() * percent / 100),
        options.cpuPercent().orElse(byTier(tier, 90, 85, 80)),
        options.freeableMemoryMiB().orElse(byTier(tier, 128, 256, 512)),
        options.freeLocalStorageGiB().orElse(byTier(tier, 2, 5, 10)),
        options.replicaLagMillis().orElse(byTier(tier, 5000, 2000, 1000)),
        options.deadlocksPerSecond().orElse(1.0),
        options.deadlocks(),
        TaskWatchDefaults.window(options, tier));
  }
}

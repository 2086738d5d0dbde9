package dev.groundwork.constructs.observability;

/**
 * Every threshold of a {@link DatabaseWatcher}, resolved from its options and tier.
 *
 * @param connections connections that page: the tier's percentage of {@code maxConnections}, as a count
 * @param cpuPercent average CPU that notifies, in percent
 * @param freeableMemoryMiB freeable memory below which it notifies, in MiB
 * @param freeLocalStorageGiB free local storage below which it pages, in GiB
 * @param replicaLagMillis replica lag that pages, in milliseconds
 * @param deadlocksPerSecond deadlocks per second that notify, when watched
 * @param deadlocks whether deadlocks are watched
 * @param window M of N one-minute datapoints of every alarm
 */
record DatabaseWatcherSettings(double connections, double cpuPercent, double freeableMemoryMiB,
    double freeLocalStorageGiB, double replicaLagMillis, double deadlocksPerSecond, boolean deadlocks,
    AlarmWindow window) {}

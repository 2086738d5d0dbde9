package dev.groundwork.constructs.observability;

/**
 * Every threshold of a {@link KubernetesClusterWatcher}, resolved from its options and tier.
 *
 * @param nodeCpuPercent average node CPU utilization that notifies, in percent
 * @param nodeMemoryPercent average node memory utilization that notifies, in percent
 * @param containerRestarts container restarts per five minutes that page
 * @param saturationWindow M of N five-minute periods of the node CPU and memory alarms
 * @param restartsWindow M of N five-minute periods of the container restarts alarm
 * @param failedNodesWindow M of N five-minute periods with a failed node that page
 */
record KubernetesClusterWatcherSettings(double nodeCpuPercent, double nodeMemoryPercent, double containerRestarts,
    AlarmWindow saturationWindow, AlarmWindow restartsWindow, AlarmWindow failedNodesWindow) {}

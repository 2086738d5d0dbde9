package dev.groundwork.constructs.observability;

/**
 * The window and thresholds every watched Fargate service shares, resolved by
 * {@link TaskWatchDefaults}.
 *
 * @param cpuPercent average CPU utilization that notifies, in percent
 * @param memoryPercent average memory utilization that notifies, in percent
 * @param errorLinesPerMinute ERROR log lines per minute that notify
 * @param window M of N one-minute datapoints of every alarm
 */
record TaskWatchSettings(double cpuPercent, double memoryPercent, double errorLinesPerMinute, AlarmWindow window) {}

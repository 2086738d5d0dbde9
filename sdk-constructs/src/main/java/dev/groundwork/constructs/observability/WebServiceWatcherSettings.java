package dev.groundwork.constructs.observability;

/**
 * Every threshold of a {@link WebServiceWatcher}, resolved from its options and tier.
 *
 * @param task the window and thresholds every watched Fargate service shares
 * @param loadBalancerErrorPercent load balancer 5xx, in percent of requests, that pages
 * @param targetErrorPercent task 5xx, in percent of requests, that pages
 * @param latencyPercentile the latency percentile watched
 * @param latencyMillis target response time at that percentile that pages, in milliseconds
 */
record WebServiceWatcherSettings(TaskWatchSettings task, double loadBalancerErrorPercent,
    double targetErrorPercent, double latencyPercentile, double latencyMillis) {}

package dev.groundwork.constructs.observability;

/**
 * Every threshold of a {@link WebServiceWatcher}, resolved from its options and tier.
 *
 * @param task the window and thresholds every watched Fargate service shares
 * @param loadBalancerErrorPercent load balancer 5xx, in percent of requests, that notify (a ticket)
 * @param targetErrorPercent task 5xx, in percent of requests, that notify (a ticket)
 * @param latencyPercentile the latency percentile watched
 * @param latencyMillis response time at that percentile above which a minute is bad for the latency SLO, and the latency alarm notifies, in milliseconds
 * @param availabilityObjectivePercent the availability SLO: requests answered without a 5xx, in percent over 30 days
 * @param latencyObjectivePercent the latency SLO: minutes within latencyMillis, in percent over 30 days
 */
record WebServiceWatcherSettings(TaskWatchSettings task, double loadBalancerErrorPercent,
    double targetErrorPercent, double latencyPercentile, double latencyMillis, double availabilityObjectivePercent,
    double latencyObjectivePercent) {}

package dev.groundwork.constructs.observability;

import static dev.groundwork.constructs.observability.TaskWatchDefaults.byTier;

import dev.groundwork.core.Tier;

/** Resolves every threshold of a {@link WebServiceWatcher}, by tier, in one place. */
final class WebServiceWatcherDefaults {
  private WebServiceWatcherDefaults() {}

  /**
   * @param task the thresholds every Fargate service shares
   * @param loadBalancerErrorPercent load balancer 5xx in percent of requests that pages
   * @param targetErrorPercent task 5xx in percent of requests that pages
   * @param latencyPercentile the percentile watched
   * @param latencyMillis latency at that percentile that pages
   */
  record Thresholds(TaskWatchDefaults.Thresholds task, double loadBalancerErrorPercent,
      double targetErrorPercent, double latencyPercentile, double latencyMillis) {}

  static Thresholds resolve(WebServiceWatchOptions options, Tier tier) {
    return new Thresholds(
        TaskWatchDefaults.resolve(options, tier),
        options.loadBalancerErrorPercent().orElse(byTier(tier, 5, 2, 1)),
        options.targetErrorPercent().orElse(byTier(tier, 5, 2, 1)),
        options.latencyPercentile(),
        options.latencyMillis().orElse(byTier(tier, 3000, 2000, 1000)));
  }
}

package dev.groundwork.constructs.observability;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;

/** Resolves every threshold of a {@link WebServiceWatcher}, by tier, in one place. */
final class WebServiceWatcherDefaults {
  static final ByTier<Double> LOAD_BALANCER_ERROR_PERCENT = ByTier.of(5.0, 2.0, 1.0);
  static final ByTier<Double> TARGET_ERROR_PERCENT = ByTier.of(5.0, 2.0, 1.0);
  static final ByTier<Double> LATENCY_MILLIS = ByTier.of(3000.0, 2000.0, 1000.0);
  /** Three nines in PROD: a budget of 43 minutes of full outage in 30 days. */
  static final ByTier<Double> AVAILABILITY_OBJECTIVE_PERCENT = ByTier.of(99.0, 99.5, 99.9);
  /**
   * Good minutes, not requests: at 99.5 % a single slow minute in an hour burns 1/60 ÷ 0.005 =
   * 3.3 times too fast, below the 14.4 that pages, so one slow minute never wakes anyone.
   */
  static final ByTier<Double> LATENCY_OBJECTIVE_PERCENT = ByTier.of(99.0, 99.0, 99.5);

  private WebServiceWatcherDefaults() {}

  static WebServiceWatcherSettings resolve(WebServiceWatchOptions options, PlatformContext context) {
    return new WebServiceWatcherSettings(
        TaskWatchDefaults.resolve(options, context),
        options.loadBalancerErrorPercent().orElse(LOAD_BALANCER_ERROR_PERCENT.get(context.tier())),
        options.targetErrorPercent().orElse(TARGET_ERROR_PERCENT.get(context.tier())),
        options.latencyPercentile(),
        options.latencyMillis().orElse(LATENCY_MILLIS.get(context.tier())),
        options.availabilityObjectivePercent().orElse(AVAILABILITY_OBJECTIVE_PERCENT.get(context.tier())),
        options.latencyObjectivePercent().orElse(LATENCY_OBJECTIVE_PERCENT.get(context.tier())));
  }
}

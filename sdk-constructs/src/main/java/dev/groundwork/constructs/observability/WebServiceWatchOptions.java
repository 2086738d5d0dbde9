package dev.groundwork.constructs.observability;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How {@link Monitoring#addWebService} watches a {@code WebService}: the runbook (required), the
 * public URL for the uptime canary (from the service's endpoint, else required when the service
 * is internet-facing), and
 * thresholds that default by tier.
 */
@Value.Immutable
@GroundworkStyle
public interface WebServiceWatchOptions extends TaskWatchOptions {

  /**
   * The public https:// base URL of a service without an endpoint, e.g.
   * {@code https://api.example.com}, which the uptime canary requests with the health check path
   * appended. Default: the service's {@code endpoint}, which must then not be repeated here;
   * required for an internet-facing service without one (the load balancer's own name would fail
   * certificate validation).
   */
  Optional<String> publicUrl();

  /** 5xx responses made by the load balancer, in percent of requests, that page. Default by tier: 5, 2, 1. */
  Optional<Double> loadBalancerErrorPercent();

  /** 5xx responses of the tasks, in percent of requests, that page. Default by tier: 5, 2, 1. */
  Optional<Double> targetErrorPercent();

  /** The latency percentile watched, in (0, 100]. Default: 99. */
  @Value.Default
  default double latencyPercentile() {
    return 99;
  }

  /** Target response time at that percentile that pages, in milliseconds. Default by tier: 3000, 2000, 1000. */
  Optional<Double> latencyMillis();

  static Builder builder() {
    return new Builder();
  }

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("WebServiceWatchOptions");
    ThresholdChecks.task(this, problems);
    ThresholdChecks.percent(problems, "loadBalancerErrorPercent", loadBalancerErrorPercent());
    ThresholdChecks.percent(problems, "targetErrorPercent", targetErrorPercent());
    ThresholdChecks.percentile(problems, "latencyPercentile", latencyPercentile());
    ThresholdChecks.positive(problems, "latencyMillis", latencyMillis());
    publicUrl().filter(url -> !HttpsUrls.isHttps(url)).ifPresent(url -> problems.add("UPTIME_URL",
        "publicUrl", url, "an https:// URL with a host", "Give the address clients use, e.g. https://api.example.com."));
    problems.throwIfAny();
  }

  /** Builds {@link WebServiceWatchOptions}. */
  final class Builder extends ImmutableWebServiceWatchOptions.Builder {}
}

package dev.groundwork.constructs.observability;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How {@link Monitoring#addWebService} watches a {@code WebService}: the runbook (required), the
 * public URL for the uptime canary (from the service's endpoint, else required when the service
 * is internet-facing), its availability and latency SLOs, and thresholds that default by tier.
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

  /**
   * 5xx responses made by the load balancer, in percent of requests, that notify (a ticket; the
   * availability SLO's burn rate is what pages). Default by tier: 5, 2, 1.
   */
  Optional<Double> loadBalancerErrorPercent();

  /** 5xx responses of the tasks, in percent of requests, that notify (a ticket). Default by tier: 5, 2, 1. */
  Optional<Double> targetErrorPercent();

  /** The latency percentile watched, in (0, 100]. Default: 99. */
  @Value.Default
  default double latencyPercentile() {
    return 99;
  }

  /**
   * Target response time at that percentile, in milliseconds, above which a minute counts against
   * the latency SLO and the {@code Latency} alarm notifies. Default by tier: 3000, 2000, 1000.
   */
  Optional<Double> latencyMillis();

  /**
   * The availability SLO: requests answered without a 5xx (load balancer or task), in percent
   * over a rolling 30 days, at least 50 and below 100. Its burn rate pages. Default by tier: 99,
   * 99.5, 99.9.
   */
  Optional<Double> availabilityObjectivePercent();

  /**
   * The latency SLO: minutes whose response time at {@link #latencyPercentile()} is at most
   * {@link #latencyMillis()}, in percent over a rolling 30 days, at least 50 and below 100. Its
   * burn rate pages. Default by tier: 99, 99, 99.5.
   */
  Optional<Double> latencyObjectivePercent();

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
    ThresholdChecks.objective(problems, "availabilityObjectivePercent", availabilityObjectivePercent());
    ThresholdChecks.objective(problems, "latencyObjectivePercent", latencyObjectivePercent());
    publicUrl().filter(url -> !HttpsUrls.isHttps(url)).ifPresent(url -> problems.add("UPTIME_URL",
        "publicUrl", url, "an https:// URL with a host", "Give the address clients use, e.g. https://api.example.com."));
    problems.throwIfAny();
  }

  /** Builds {@link WebServiceWatchOptions}. */
  final class Builder extends ImmutableWebServiceWatchOptions.Builder {}
}

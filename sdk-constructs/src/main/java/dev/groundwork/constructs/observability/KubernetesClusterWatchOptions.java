package dev.groundwork.constructs.observability;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How {@link Monitoring#addKubernetesCluster} watches a {@code KubernetesCluster}: the runbook
 * (required) and thresholds that default by tier. The alarms read Container Insights metrics in
 * five-minute periods, so their windows are fixed per alarm rather than the one-minute windows of
 * {@link WatchOptions}.
 */
@Value.Immutable
@GroundworkStyle
public interface KubernetesClusterWatchOptions {

  /**
   * The https:// URL of the cluster's runbook; required. Every alarm's description carries it, so
   * whoever an alarm reaches knows where to start.
   */
  Optional<String> runbookUrl();

  /** Average node CPU utilization that notifies, in percent. Default by tier: 90, 80, 80. */
  Optional<Double> nodeCpuPercent();

  /** Average node memory utilization that notifies, in percent. Default by tier: 90, 80, 80. */
  Optional<Double> nodeMemoryPercent();

  /** Container restarts per five minutes that page (a crash loop). Default by tier: 10, 5, 5. */
  Optional<Double> containerRestarts();

  /** The cluster's runbook and every default. */
  static KubernetesClusterWatchOptions of(String runbookUrl) {
    return builder().runbookUrl(runbookUrl).build();
  }

  static Builder builder() {
    return new Builder();
  }

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("KubernetesClusterWatchOptions");
    ThresholdChecks.runbook(problems, runbookUrl());
    ThresholdChecks.percent(problems, "nodeCpuPercent", nodeCpuPercent());
    ThresholdChecks.percent(problems, "nodeMemoryPercent", nodeMemoryPercent());
    ThresholdChecks.positive(problems, "containerRestarts", containerRestarts());
    problems.throwIfAny();
  }

  /** Builds {@link KubernetesClusterWatchOptions}. */
  final class Builder extends ImmutableKubernetesClusterWatchOptions.Builder {}
}

package dev.groundwork.constructs.observability;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.constructs.compute.WebService;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;

/**
 * The target-group metrics a {@link WebServiceWatcher} alarms and graphs on: those of the
 * service's one target group, or, with a BLUE_GREEN, CANARY or LINEAR deployment, metric math over
 * both groups, because ECS serves from whichever group the last deployment moved traffic to (and
 * from both during a canary or linear shift).
 *
 * <p>Over both groups: task 5xx and unhealthy hosts are the SUM of the groups' values, latency the
 * MAX of the groups' percentiles (a slow canary counts in full, not diluted by the old tasks'
 * traffic). Each group's series is {@code FILL}ed with 0, since an idle group publishes nothing.
 * One period: a minute.
 */
final class TargetGroupMetrics {
  private final ApplicationTargetGroup tasks;
  private final Optional<ApplicationTargetGroup> alternate;

  private TargetGroupMetrics(ApplicationTargetGroup tasks, Optional<ApplicationTargetGroup> alternate) {
    this.tasks = tasks;
    this.alternate = alternate;
  }

  static TargetGroupMetrics of(WebService web) {
    return new TargetGroupMetrics(web.targetGroup(), web.alternateTargetGroup());
  }

  /** The service's target groups: the one, or the two of a BLUE_GREEN, CANARY or LINEAR service. */
  List<ApplicationTargetGroup> groups() {
    return alternate.map(second -> List.of(tasks, second)).orElse(List.of(tasks));
  }

  /** {@code HTTPCode_Target_5XX_Count}, summed per minute. */
  IMetric target5xx() {
    return combined("SUM", "5xx", "Task 5xx", group -> group.getMetrics().httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT,
        MetricOptions.builder().period(Duration.minutes(1)).statistic("Sum").build()));
  }

  /** {@code TargetResponseTime} at {@code percentile} (e.g. {@code p99}), labelled if a label is given. */
  IMetric responseTime(String percentile, Optional<String> label) {
    String key = "P" + percentile.substring(1).replace('.', '_');
    return combined("MAX", key, label.orElse(percentile + " latency"), group -> {
      MetricOptions.Builder options = MetricOptions.builder().period(Duration.minutes(1)).statistic(percentile);
      label.ifPresent(options::label);
      return group.getMetrics().targetResponseTime(options.build());
    });
  }

  /** {@code UnHealthyHostCount}, the maximum per minute. */
  IMetric unhealthyHosts() {
    return combined("SUM", "Unhealthy", "Unhealthy hosts", group -> group.getMetrics().unhealthyHostCount(
        MetricOptions.builder().period(Duration.minutes(1)).statistic("Maximum").build()));
  }

  /**
   * {@code function} over both groups' {@code metric}, ids {@code tasks<key>} and
   * {@code tasksAlternate<key>} (unique per key, since one graph may hold several percentiles).
   */
  private IMetric combined(String function, String key, String label,
      Function<ApplicationTargetGroup, IMetric> metric) {
    if (alternate.isEmpty()) {
      return metric.apply(tasks);
    }
    String first = "tasks" + key;
    String second = "tasksAlternate" + key;
    return MathExpression.Builder.create()
        .expression(function + "([FILL(" + first + ", 0), FILL(" + second + ", 0)])")
        .usingMetrics(ImmutableMap.of(first, metric.apply(tasks), second, metric.apply(alternate.get())))
        .label(label)
        .period(Duration.minutes(1))
        .build();
  }
}

package dev.groundwork.constructs.observability;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;

/**
 * An alarm on any CDK metric of the user's, built with the same conventions as the recommended
 * ones: M-of-N datapoints, explicit missing-data treatment, the service's runbook in its
 * description, a notification action, and membership of the service's paging composite when
 * {@link #pages()}.
 */
@Value.Immutable
@GroundworkStyle
public interface CustomAlarm {

  /** The alarm's construct id under the watcher, e.g. {@code "CheckoutFailures"}. */
  String id();

  /** The metric (a {@code Metric} or a {@code MathExpression}). */
  IMetric metric();

  /** The threshold, above 0. */
  double threshold();

  /** How the metric is compared with the threshold. Default: greater than or equal. */
  @Value.Default
  default ComparisonOperator comparison() {
    return ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD;
  }

  /** M of N. Default: the watcher's window (by tier). */
  Optional<AlarmWindow> window();

  /** What a gap in the data means; required, because every alarm decides it explicitly. */
  TreatMissingData missingData();

  /** What the alarm means, e.g. "Checkout failures above normal". */
  String summary();

  /** What to check first when it fires. */
  String firstCheck();

  /** Whether the alarm joins the service's paging composite. Default: no, it only notifies. */
  @Value.Default
  default boolean pages() {
    return false;
  }

  static Builder builder() {
    return new Builder();
  }

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("CustomAlarm '" + id() + "'");
    ThresholdChecks.positive(problems, "threshold", Optional.of(threshold()));
    problems.throwIfAny();
  }

  /** Builds {@link CustomAlarm}. */
  final class Builder extends ImmutableCustomAlarm.Builder {}
}

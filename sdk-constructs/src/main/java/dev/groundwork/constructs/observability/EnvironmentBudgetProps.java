package dev.groundwork.constructs.observability;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.Optional;
import org.immutables.value.Value;

/** Input of {@link EnvironmentBudget}: the monthly amount and whose costs it counts. */
@Value.Immutable
@GroundworkStyle
public interface EnvironmentBudgetProps {

  /** The monthly budget in US dollars, above 0; required, because only its owner knows it. */
  double monthlyAmountUsd();

  /**
   * The {@code cost-center} tag value whose costs count. Default: the app's cost center, the
   * value {@code PlatformApp} tags every resource with ({@code PlatformAppProps.costCenter()}).
   */
  Optional<String> costCenter();

  /** Where the 80 % actual and 100 % forecast alerts go. */
  AlertTopic alerts();

  static Builder builder() {
    return new Builder();
  }

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("EnvironmentBudgetProps");
    if (!(monthlyAmountUsd() > 0)) {
      problems.add("BUDGET_AMOUNT", "monthlyAmountUsd", monthlyAmountUsd(), "above 0 (US dollars a month)",
          "Give the monthly spend this environment is expected to stay under, e.g. 500.");
    }
    costCenter().filter(String::isBlank).ifPresent(blank ->
        problems.add("BUDGET_COST_CENTER", "costCenter", "'" + blank + "'", "the cost-center tag value",
            "Leave it unset to count the app's cost center, or pass the cost center to count."));
    problems.throwIfAny();
  }

  /** Builds {@link EnvironmentBudgetProps}. */
  final class Builder extends ImmutableEnvironmentBudgetProps.Builder {}
}

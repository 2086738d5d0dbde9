package dev.groundwork.constructs.observability;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import org.immutables.value.Value;

/** Input of {@link EnvironmentBudget}: the monthly amount and whose costs it counts. */
@Value.Immutable
@GroundworkStyle
public interface EnvironmentBudgetProps {

  /** The monthly budget in US dollars, above 0; required, because only its owner knows it. */
  double monthlyAmountUsd();

  /** The {@code cost-center} tag value whose costs count (the app's cost center). */
  String costCenter();

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
    if (costCenter().isBlank()) {
      problems.add("BUDGET_COST_CENTER", "costCenter", "'" + costCenter() + "'", "the cost-center tag value",
          "Pass the cost center the app's resources are tagged with.");
    }
    problems.throwIfAny();
  }

  /** Builds {@link EnvironmentBudgetProps}. */
  final class Builder extends ImmutableEnvironmentBudgetProps.Builder {}
}

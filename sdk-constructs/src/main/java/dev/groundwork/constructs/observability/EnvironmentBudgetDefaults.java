package dev.groundwork.constructs.observability;

import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import dev.groundwork.core.StandardTag;
import java.util.Optional;

/** Resolves every setting of an {@link EnvironmentBudget}, in one place: the same in every tier. */
final class EnvironmentBudgetDefaults {
  /** Actual spend, in percent of the budget, that alerts. */
  static final double ACTUAL_PERCENT = 80;
  /** Forecast spend, in percent of the budget, that alerts. */
  static final double FORECAST_PERCENT = 100;

  private EnvironmentBudgetDefaults() {}

  /**
   * The settings; the cost center is the props', else the app's (the context's), else a problem:
   * outside a {@code PlatformApp} a context attached by hand may have none.
   */
  static EnvironmentBudgetSettings resolve(EnvironmentBudgetProps props, PlatformContext context,
      Problems problems) {
    Optional<String> costCenter = props.costCenter().or(context::costCenter);
    if (costCenter.isEmpty()) {
      problems.add("BUDGET_COST_CENTER", "costCenter", "unset, and the environment names no cost center",
          "the cost-center tag value whose costs count",
          "Create the budget in a PlatformApp's environment (its cost center is the default), or pass costCenter(...).");
    }
    return new EnvironmentBudgetSettings(
        context.app() + "-" + context.environment() + "-monthly",
        props.monthlyAmountUsd(),
        "user:" + StandardTag.COST_CENTER.key() + "$" + costCenter.orElse(""),
        ACTUAL_PERCENT,
        FORECAST_PERCENT);
  }
}

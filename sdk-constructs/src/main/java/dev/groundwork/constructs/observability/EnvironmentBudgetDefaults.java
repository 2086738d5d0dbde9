package dev.groundwork.constructs.observability;

import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.StandardTag;

/** Resolves every setting of an {@link EnvironmentBudget}, in one place: the same in every tier. */
final class EnvironmentBudgetDefaults {
  /** Actual spend, in percent of the budget, that alerts. */
  static final double ACTUAL_PERCENT = 80;
  /** Forecast spend, in percent of the budget, that alerts. */
  static final double FORECAST_PERCENT = 100;

  private EnvironmentBudgetDefaults() {}

  static EnvironmentBudgetSettings resolve(EnvironmentBudgetProps props, PlatformContext context) {
    return new EnvironmentBudgetSettings(
        context.app() + "-" + context.environment() + "-monthly",
        props.monthlyAmountUsd(),
        "user:" + StandardTag.COST_CENTER.key() + "$" + props.costCenter(),
        ACTUAL_PERCENT,
        FORECAST_PERCENT);
  }
}

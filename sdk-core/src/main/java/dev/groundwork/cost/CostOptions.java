package dev.groundwork.cost;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import dev.groundwork.policy.Severity;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How synthesis estimates cost: the price table, the usage assumptions and the monthly budget
 * per environment. {@link #defaults()}: the bundled table, the documented assumptions, no
 * budget beyond the {@code AWS::Budgets::Budget} an environment defines itself.
 */
@Value.Immutable
@GroundworkStyle
public interface CostOptions {

  static CostOptions defaults() {
    return builder().build();
  }

  static ImmutableCostOptions.Builder builder() {
    return ImmutableCostOptions.builder();
  }

  /**
   * The prices. Default: {@link PriceTable#bundled()}; lay a file of your own over it with
   * {@code PriceTable.bundled().overriddenBy(PriceTable.read(path))}.
   */
  @Value.Default
  default PriceTable prices() {
    return PriceTable.bundled();
  }

  /** The usage assumptions. Default: {@link CostAssumptions#defaults()}. */
  @Value.Default
  default CostAssumptions assumptions() {
    return CostAssumptions.defaults();
  }

  /**
   * Monthly ceilings by environment name, in the price table's currency. An environment without
   * one here is held to the amount of an {@code AWS::Budgets::Budget} in its own templates, if it
   * has one. Default: none.
   */
  Map<String, BigDecimal> monthlyBudgets();

  /**
   * The severity of an estimate over its environment's ceiling ({@link CostBudget#RULE}).
   * Default: {@link Severity#WARNING}; {@link Severity#ERROR} fails synthesis.
   */
  @Value.Default
  default Severity budgetSeverity() {
    return Severity.WARNING;
  }

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("CostOptions");
    monthlyBudgets().forEach((environment, amount) -> {
      if (amount.signum() <= 0) {
        problems.add("COST_BUDGET_AMOUNT", "monthlyBudgets['" + environment + "']", amount.toPlainString(),
            "more than 0", "Give the monthly ceiling, e.g. putMonthlyBudgets(\"" + environment
                + "\", new BigDecimal(\"500\")).");
      }
    });
    problems.throwIfAny();
  }
}

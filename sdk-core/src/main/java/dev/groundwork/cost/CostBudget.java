package dev.groundwork.cost;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The budget rule: an environment whose estimate exceeds its monthly ceiling gets a finding of
 * {@link #RULE}, a WARNING unless {@link CostOptions#budgetSeverity()} says ERROR.
 *
 * <p>The ceiling is {@link CostOptions#monthlyBudgets()}'s for the environment, else the
 * amount of a monthly {@code AWS::Budgets::Budget} in the environment's own templates (the
 * observability constructs' budget) in the estimate's currency.
 */
public final class CostBudget {
  /** The rule's metadata; its catalog entry is written with the policy reports. */
  public static final RuleInfo RULE = RuleInfo.builder("GW_COST_MONTHLY_BUDGET")
      .title("The environment's estimated monthly cost stays within its budget")
      .severity(Severity.WARNING)
      .allResourceTypes()
      .rationale("A design that costs more than its budget is cheaper to change before it is deployed; the "
          + "estimate reads the synthesized templates, so it is known at synthesis.")
      .remediation("Reduce what the environment runs (task sizes and counts, NAT gateways, interface endpoints, "
          + "database classes) or raise the budget: CostOptions.monthlyBudgets or the environment's "
          + "AWS::Budgets::Budget. See groundwork-cost.json for the lines.")
      .build();

  private CostBudget() {}

  /** The findings of environments over their ceiling, in environment order. */
  public static List<Finding> check(SynthesizedApp app, CostEstimate estimate, CostOptions options) {
    List<Finding> findings = new ArrayList<>();
    for (String environment : estimate.environments()) {
      Optional<BigDecimal> ceiling = Optional.ofNullable(options.monthlyBudgets().get(environment))
          .or(() -> declaredBudget(app, environment, estimate.currency()));
      BigDecimal total = estimate.total(environment);
      if (ceiling.isEmpty() || total.compareTo(ceiling.get()) <= 0) {
        continue;
      }
      // The finding sits on the environment's most expensive stack, where cutting helps most.
      Map<String, BigDecimal> byStack = estimate.byStack(environment);
      String stackName = byStack.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      StackTemplate stack = app.stack(stackName);
      findings.add(new Finding(RULE, options.budgetSeverity(), environment, stackName, stack.templateFile(),
          "-", environment, "monthly estimate",
          "estimated %s %s per month is over the budget of %s %s (by %s); the largest stack is %s at %s"
              .formatted(total.toPlainString(), estimate.currency(), ceiling.get().toPlainString(),
                  estimate.currency(), total.subtract(ceiling.get()).toPlainString(), stackName,
                  byStack.get(stackName).toPlainString())));
    }
    return findings;
  }

  private static Optional<BigDecimal> declaredBudget(SynthesizedApp app, String environment, String currency) {
    return app.stacks().stream().filter(s -> s.environmentName().equals(environment))
        .flatMap(s -> s.resourcesOfType("AWS::Budgets::Budget").stream())
        .map(Resource::properties)
        .map(p -> p.path("Budget"))
        .filter(b -> b.path("TimeUnit").asText().equals("MONTHLY"))
        .map(b -> b.path("BudgetLimit"))
        .filter(limit -> limit.path("Unit").asText().equals(currency) && isAmount(limit.path("Amount")))
        .map(limit -> new BigDecimal(limit.path("Amount").asText()))
        .min(Comparator.naturalOrder());
  }

  private static boolean isAmount(JsonNode amount) {
    return amount.isNumber() || amount.isTextual() && amount.asText().matches("\\d+(\\.\\d+)?");
  }
}

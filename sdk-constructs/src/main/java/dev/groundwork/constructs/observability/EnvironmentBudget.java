package dev.groundwork.constructs.observability;

import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.budgets.CfnBudget;
import software.constructs.Construct;

/**
 * A monthly AWS Budgets cost budget for one environment, counting the costs tagged with its
 * {@code cost-center} (as a cost allocation tag; by default the app's own, which {@code PlatformApp}
 * tags every resource with), alerting the {@link AlertTopic}'s
 * notification topic when actual spend passes 80 % and when forecast spend passes 100 %.
 *
 * <p>Resources: one {@code AWS::Budgets::Budget}, named {@code <app>-<environment>-monthly}. The
 * topic's policy already lets AWS Budgets publish. Activate {@code cost-center} as a cost
 * allocation tag in the billing console, or the filter matches nothing.
 */
public final class EnvironmentBudget extends Construct {
  private final CfnBudget budget;

  public EnvironmentBudget(Construct scope, String id, EnvironmentBudgetProps props) {
    super(scope, id);
    Problems problems = Problems.of("EnvironmentBudget", this);
    EnvironmentBudgetSettings settings = EnvironmentBudgetDefaults.resolve(props, PlatformContext.of(this), problems);
    problems.throwIfAny();
    String topicArn = props.alerts().notificationTopic().getTopicArn();
    this.budget = CfnBudget.Builder.create(this, "Budget")
        .budget(CfnBudget.BudgetDataProperty.builder()
            .budgetName(settings.budgetName())
            .budgetType("COST")
            .timeUnit("MONTHLY")
            .budgetLimit(CfnBudget.SpendProperty.builder().amount(settings.monthlyAmountUsd()).unit("USD").build())
            .costFilters(Map.of("TagKeyValue", List.of(settings.costFilter())))
            .build())
        .notificationsWithSubscribers(List.of(
            notification("ACTUAL", settings.actualPercent(), topicArn),
            notification("FORECASTED", settings.forecastPercent(), topicArn)))
        .build();
  }

  private static CfnBudget.NotificationWithSubscribersProperty notification(String type, double percent,
      String topicArn) {
    return CfnBudget.NotificationWithSubscribersProperty.builder()
        .notification(CfnBudget.NotificationProperty.builder()
            .notificationType(type)
            .comparisonOperator("GREATER_THAN")
            .threshold(percent)
            .thresholdType("PERCENTAGE")
            .build())
        .subscribers(List.of(CfnBudget.SubscriberProperty.builder()
            .subscriptionType("SNS").address(topicArn).build()))
        .build();
  }

  /** The budget resource. */
  public CfnBudget budget() {
    return budget;
  }
}

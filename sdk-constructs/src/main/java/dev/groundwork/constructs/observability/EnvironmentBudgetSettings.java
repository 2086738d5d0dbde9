package dev.groundwork.constructs.observability;

/**
 * Every setting of an {@link EnvironmentBudget}, resolved from its props and environment.
 *
 * @param budgetName the budget's name, {@code <app>-<environment>-monthly}
 * @param monthlyAmountUsd the monthly budget, in US dollars
 * @param costFilter the cost allocation tag filter whose costs count, {@code user:cost-center$<value>}
 * @param actualPercent actual spend, in percent of the budget, that alerts
 * @param forecastPercent forecast spend, in percent of the budget, that alerts
 */
record EnvironmentBudgetSettings(String budgetName, double monthlyAmountUsd, String costFilter,
    double actualPercent, double forecastPercent) {}

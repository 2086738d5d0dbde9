package dev.groundwork.cost;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The console table of an estimate: per environment its total, then each resource type with its
 * count and monthly amount (largest first), then what was not estimated, with counts.
 */
public final class CostTable {
  private CostTable() {}

  /** The table's text, ending with a newline. */
  public static String render(CostEstimate estimate) {
    StringBuilder out = new StringBuilder();
    out.append("cost estimate (").append(estimate.currency()).append(" per month; prices ")
        .append(estimate.priceTableVersion()).append(", assumptions in docs/cost-and-diagrams.md)\n");
    for (String environment : estimate.environments()) {
      out.append(String.format("%-46s %12s%n",
          environment + " (" + estimate.regions().get(environment) + ")", money(estimate.total(environment))));
      Map<String, Integer> counts = new TreeMap<>();
      estimate.linesOf(environment).forEach(l -> counts.merge(l.resourceType(), 1, Integer::sum));
      List<Map.Entry<String, BigDecimal>> types = estimate.byType(environment).entrySet().stream()
          .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
              .thenComparing(Map.Entry.comparingByKey()))
          .toList();
      for (Map.Entry<String, BigDecimal> type : types) {
        out.append(String.format("  %-44s %12s  × %d%n", type.getKey(), money(type.getValue()),
            counts.get(type.getKey())));
      }
      for (NotEstimated none : estimate.notEstimatedOf(environment)) {
        out.append(String.format("  %-44s %12s  × %d (%s)%n", none.resourceType(), "not estimated",
            none.count(), none.reason()));
      }
    }
    out.append(String.format("%-46s %12s%n", "total", money(estimate.total())));
    return out.toString();
  }

  private static String money(BigDecimal amount) {
    return String.format("%,.2f", amount);
  }
}

package dev.groundwork.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The console table of an estimate: per environment its total and how much of it rests on
 * assumed usage, its stacks, then its most expensive constructs (largest first, each with its
 * largest parts), then what was not estimated, with counts.
 */
public final class CostTable {
  /** Constructs listed per environment; the rest are summed on one line. */
  static final int CONSTRUCTS_SHOWN = 8;
  /** The name column's width unless a name shown is longer. */
  private static final int MIN_NAME_WIDTH = 44;

  private CostTable() {}

  /** The table's text, ending with a newline. */
  public static String render(CostEstimate estimate) {
    StringBuilder out = new StringBuilder();
    out.append("cost estimate (").append(estimate.currency()).append(" per month; prices ")
        .append(estimate.priceTableVersion()).append(", usage assumptions in ")
        .append(CostJson.FILE).append(")\n");
    int name = nameWidth(estimate);
    String header = "%-" + (name + 2) + "s %12s";
    String row = "  %-" + name + "s %12s";
    for (String environment : estimate.environments()) {
      BigDecimal total = estimate.total(environment);
      BigDecimal assumed = estimate.byConstruct(environment).stream().map(ConstructCost::assumedShare)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      out.append(String.format(header + "  (%s on assumed usage)%n",
          environment + " (" + estimate.regions().get(environment) + ")", money(total), money(assumed)));
      out.append("  by stack: ").append(estimate.byStack(environment).entrySet().stream()
          .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .map(e -> e.getKey() + " " + money(e.getValue())).collect(Collectors.joining(", "))).append('\n');
      List<ConstructCost> constructs = estimate.byConstruct(environment);
      for (ConstructCost construct : constructs.stream().limit(CONSTRUCTS_SHOWN).toList()) {
        out.append(String.format(row + "  %s%n", construct.construct(), money(construct.monthly()),
            ofWhich(construct)));
      }
      if (constructs.size() > CONSTRUCTS_SHOWN) {
        List<ConstructCost> rest = constructs.subList(CONSTRUCTS_SHOWN, constructs.size());
        out.append(String.format(row + "%n", "… " + rest.size() + " more constructs",
            money(rest.stream().map(ConstructCost::monthly).reduce(BigDecimal.ZERO, BigDecimal::add))));
      }
      for (NotEstimated none : estimate.notEstimatedOf(environment)) {
        out.append(String.format(row + "  × %d (%s)%n", none.resourceType(), "not estimated",
            none.count(), none.reason()));
      }
    }
    out.append(String.format(header + "%n", "total", money(estimate.total())));
    return out.toString();
  }

  /**
   * The width of the name column: 44 characters, or the longest name the table shows, so every
   * amount stays in one column.
   */
  private static int nameWidth(CostEstimate estimate) {
    int width = MIN_NAME_WIDTH;
    for (String environment : estimate.environments()) {
      for (ConstructCost construct : estimate.byConstruct(environment).stream().limit(CONSTRUCTS_SHOWN).toList()) {
        width = Math.max(width, construct.construct().length());
      }
      for (NotEstimated none : estimate.notEstimatedOf(environment)) {
        width = Math.max(width, none.resourceType().length());
      }
    }
    return width;
  }

  /**
   * The two largest parts of a construct, e.g. {@code of which LoadBalancer 24.24, WebACL 9.60}, or
   * the one type it has.
   */
  public static String ofWhich(ConstructCost construct) {
    if (construct.byType().size() < 2) {
      return construct.byType().keySet().stream().map(CostTable::shortType).findFirst().orElse("");
    }
    return "of which " + construct.byType().entrySet().stream().limit(2)
        .map(e -> shortType(e.getKey()) + " " + money(e.getValue())).collect(Collectors.joining(", "));
  }

  /** {@code LoadBalancer} of {@code AWS::ElasticLoadBalancingV2::LoadBalancer}. */
  static String shortType(String type) {
    return type.substring(type.lastIndexOf(':') + 1);
  }

  private static String money(BigDecimal amount) {
    return String.format("%,.2f", amount);
  }
}

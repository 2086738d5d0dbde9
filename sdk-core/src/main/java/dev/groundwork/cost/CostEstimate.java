package dev.groundwork.cost;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The estimated monthly cost of an app: one line per priced resource, the resources not priced
 * (by environment and type, with a count and the reason), and the price table it used.
 *
 * @param regions the region of each environment the estimate priced, in synthesis order
 * @param lines priced resources, by environment, stack, type and construct path
 * @param notEstimated resources not priced, by environment, type and reason
 * @param priceTableVersion the price table's version
 * @param priceTableDate the date of the table's prices
 * @param priceTableSource where the table's prices come from
 * @param currency the currency of every amount
 * @param assumptions the usage assumptions the estimate was made under
 * @param prices every unit price a line used, by region and key, with its source and date
 */
public record CostEstimate(
    Map<String, String> regions, List<CostLine> lines, List<NotEstimated> notEstimated,
    String priceTableVersion, String priceTableDate, String priceTableSource, String currency,
    CostAssumptions assumptions, List<UnitPrice> prices) {

  public CostEstimate {
    regions = ImmutableMap.copyOf(regions);
    lines = ImmutableList.copyOf(lines);
    notEstimated = ImmutableList.copyOf(notEstimated);
    prices = ImmutableList.copyOf(prices);
  }

  /** The environments, in synthesis order. */
  public List<String> environments() {
    return List.copyOf(regions.keySet());
  }

  /** The monthly total over every environment. */
  public BigDecimal total() {
    return sum(lines);
  }

  /** The monthly total of one environment. */
  public BigDecimal total(String environment) {
    return sum(linesOf(environment));
  }

  /** The priced lines of one environment. */
  public List<CostLine> linesOf(String environment) {
    return lines.stream().filter(l -> l.environment().equals(environment)).toList();
  }

  /** The resources of one environment that are not priced. */
  public List<NotEstimated> notEstimatedOf(String environment) {
    return notEstimated.stream().filter(n -> n.environment().equals(environment)).toList();
  }

  /** Monthly totals of one environment by stack, sorted by stack name. */
  public Map<String, BigDecimal> byStack(String environment) {
    return group(environment, CostLine::stack);
  }

  /** Monthly totals of one environment by CloudFormation type, sorted by type. */
  public Map<String, BigDecimal> byType(String environment) {
    return group(environment, CostLine::resourceType);
  }

  /**
   * What each top-level construct of one environment costs, largest first (then by name): the
   * lines to act on first.
   */
  public List<ConstructCost> byConstruct(String environment) {
    Map<String, List<CostLine>> byConstruct = new TreeMap<>();
    linesOf(environment).forEach(l -> byConstruct.computeIfAbsent(l.stack() + "\u0000" + l.construct(),
        k -> new ArrayList<>()).add(l));
    List<ConstructCost> costs = new ArrayList<>();
    byConstruct.values().forEach(lines -> {
      Map<String, BigDecimal> types = new TreeMap<>();
      lines.forEach(l -> types.merge(l.resourceType(), l.monthly(), BigDecimal::add));
      Map<String, BigDecimal> largestFirst = new LinkedHashMap<>();
      types.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
          .thenComparing(Map.Entry.comparingByKey())).forEach(e -> largestFirst.put(e.getKey(), e.getValue()));
      costs.add(new ConstructCost(environment, lines.get(0).construct(), lines.get(0).stack(), sum(lines),
          largestFirst, lines.size(), sum(lines.stream().filter(l -> !l.assumptions().isEmpty()).toList())));
    });
    costs.sort(Comparator.comparing(ConstructCost::monthly).reversed().thenComparing(ConstructCost::construct)
        .thenComparing(ConstructCost::stack));
    return List.copyOf(costs);
  }

  /**
   * The share of one environment's resources that could not be priced: resources not estimated
   * over all resources with a charge of their own, from 0 to 1.
   */
  public double notEstimatedShare(String environment) {
    int none = notEstimatedOf(environment).stream().mapToInt(NotEstimated::count).sum();
    int all = none + linesOf(environment).size();
    return all == 0 ? 0 : (double) none / all;
  }

  private Map<String, BigDecimal> group(String environment, Function<CostLine, String> key) {
    Map<String, BigDecimal> totals = new TreeMap<>();
    linesOf(environment).forEach(l -> totals.merge(key.apply(l), l.monthly(), BigDecimal::add));
    return ImmutableMap.copyOf(totals);
  }

  private static BigDecimal sum(List<CostLine> lines) {
    return lines.stream().map(CostLine::monthly).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}

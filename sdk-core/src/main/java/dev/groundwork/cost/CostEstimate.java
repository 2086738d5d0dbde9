package dev.groundwork.cost;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
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
 */
public record CostEstimate(
    Map<String, String> regions, List<CostLine> lines, List<NotEstimated> notEstimated,
    String priceTableVersion, String priceTableDate, String priceTableSource, String currency,
    CostAssumptions assumptions) {

  public CostEstimate {
    regions = ImmutableMap.copyOf(regions);
    lines = ImmutableList.copyOf(lines);
    notEstimated = ImmutableList.copyOf(notEstimated);
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

  private Map<String, BigDecimal> group(String environment, Function<CostLine, String> key) {
    Map<String, BigDecimal> totals = new TreeMap<>();
    linesOf(environment).forEach(l -> totals.merge(key.apply(l), l.monthly(), BigDecimal::add));
    return ImmutableMap.copyOf(totals);
  }

  private static BigDecimal sum(List<CostLine> lines) {
    return lines.stream().map(CostLine::monthly).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}

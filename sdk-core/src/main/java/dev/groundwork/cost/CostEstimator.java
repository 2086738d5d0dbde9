package dev.groundwork.cost;

import dev.groundwork.assembly.ConstructPaths;
import dev.groundwork.assembly.DeploymentTarget;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Estimates the monthly cost of a synthesized app from its parsed model: each resource is priced
 * by its CloudFormation type from the price table of its environment's region, under the
 * assumptions; a resource with no charge of its own (and a custom resource, billed as its function)
 * is skipped, every other one that cannot be priced is counted in {@link
 * CostEstimate#notEstimated()}. Each line names its top-level construct, so the estimate reads by
 * construct as well as by stack and type.
 */
public final class CostEstimator {
  private static final Comparator<CostLine> ORDER = Comparator.comparing(CostLine::environment)
      .thenComparing(CostLine::stack).thenComparing(CostLine::resourceType)
      .thenComparing(CostLine::constructPath).thenComparing(CostLine::logicalId);

  static final String USAGE_PRICED = "priced by usage (requests, storage, invocations) the templates do not state";

  private final PriceTable prices;
  private final CostAssumptions assumptions;

  private CostEstimator(PriceTable prices, CostAssumptions assumptions) {
    this.prices = prices;
    this.assumptions = assumptions;
  }

  /** An estimator over {@code prices} under {@code assumptions}. */
  public static CostEstimator of(PriceTable prices, CostAssumptions assumptions) {
    return new CostEstimator(prices, assumptions);
  }

  /** The bundled price table, default assumptions. */
  public static CostEstimator defaults() {
    return of(PriceTable.bundled(), CostAssumptions.defaults());
  }

  /**
   * Estimates every environment of {@code app}; {@code regions} gives an environment's region
   * (empty when unknown: its resources are then all listed as not estimated). A stack whose cloud
   * assembly names another region (a recovery stack) is priced in that region.
   */
  public CostEstimate estimate(SynthesizedApp app, Function<String, Optional<String>> regions) {
    Map<String, String> regionOf = new LinkedHashMap<>();
    List<CostLine> lines = new ArrayList<>();
    Map<String, UnitPrice> used = new TreeMap<>();
    Map<List<String>, Integer> unpriced = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
        .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
    for (StackTemplate stack : app.stacks()) {
      String environment = stack.environmentName();
      Optional<String> home = regions.apply(environment);
      regionOf.putIfAbsent(environment, home.orElse("unknown"));
      // A stack deployed to another region than its environment's (a recovery stack) is priced there.
      Optional<String> region = stack.target().flatMap(DeploymentTarget::region).or(() -> home);
      Optional<String> why = region.isEmpty() ? Optional.of("the environment's region is not known")
          : prices.covers(region.get()) ? Optional.empty()
          : Optional.of("the price table covers " + prices.regions() + ", not " + region.get());
      PriceBook book = new PriceBook(prices, region.orElse(""), assumptions);
      for (Resource resource : stack.resources()) {
        // A custom resource is billed as the function behind it, which is priced on its own.
        if (prices.isNoCharge(resource.type()) || resource.type().startsWith("Custom::")) {
          continue;
        }
        Priced priced = why.<Priced>map(Priced.Unpriced::new)
            .or(() -> Pricers.price(resource, book))
            .orElseGet(() -> new Priced.Unpriced(prices.isUsagePriced(resource.type())
                ? USAGE_PRICED : "no price for this type in the table"));
        if (priced instanceof Priced.Amount amount) {
          lines.add(new CostLine(environment, stack.stackName(), ConstructPaths.owner(resource), resource.type(),
              resource.logicalId(), resource.constructPath().orElse(resource.logicalId()), amount.monthly(),
              amount.basis(), amount.priceKeys(), amount.assumptions()));
          amount.priceKeys().forEach(key -> used.putIfAbsent(region.orElseThrow() + "\u0000" + key, new UnitPrice(
              region.get(), key, prices.price(region.get(), key).orElseThrow(), prices.source(key))));
        } else if (priced instanceof Priced.Unpriced none) {
          unpriced.merge(List.of(environment, resource.type(), none.reason()), 1, Integer::sum);
        }
      }
    }
    lines.sort(ORDER);
    List<NotEstimated> notEstimated = unpriced.entrySet().stream()
        .map(e -> new NotEstimated(e.getKey().get(0), e.getKey().get(1), e.getValue(), e.getKey().get(2)))
        .toList();
    return new CostEstimate(regionOf, lines, notEstimated, prices.version(), prices.date(), prices.source(),
        prices.currency(), assumptions, List.copyOf(used.values()));
  }
}

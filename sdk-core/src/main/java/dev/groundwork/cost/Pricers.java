package dev.groundwork.cost;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.assembly.Resource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every pricer, by the types it prices. */
final class Pricers {
  private static final Map<String, ResourcePricer> BY_TYPE = index(List.of(new NetworkPricer(),
      new ContainerPricer(), new DatabasePricer(), new ObservabilityPricer(), new ManagedServicePricer(),
      new DeliveryPricer(), new UsagePricer(), new InstancePricer(), new RestoreTestPricer()));

  private Pricers() {}

  private static Map<String, ResourcePricer> index(List<ResourcePricer> pricers) {
    Map<String, ResourcePricer> byType = new TreeMap<>();
    pricers.forEach(p -> p.types().forEach(t -> byType.put(t, p)));
    return ImmutableMap.copyOf(byType);
  }

  /** The resource priced, or empty when no pricer knows its type. */
  public static Optional<Priced> price(Resource resource, PriceBook book) {
    ResourcePricer pricer = BY_TYPE.get(resource.type());
    if (pricer == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(pricer.price(resource, book));
    } catch (MissingPrice e) {
      return Optional.of(new Priced.Unpriced(e.getMessage()));
    }
  }
}

package dev.groundwork.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;

/**
 * {@value #FILE}: the estimate as JSON, per environment (total, by stack, by type, by construct, not
 * estimated) and per resource, with the price table (every price used, with its source and date)
 * and the assumptions it was made under.
 */
public final class CostJson {
  /** The file name, written beside the policy reports. */
  public static final String FILE = "groundwork-cost.json";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CostJson() {}

  /** Every assumption by name, read from {@link CostAssumptions}' accessors so the list cannot drift. */
  private static ObjectNode assumptions(CostAssumptions assumptions) {
    ObjectNode node = JSON.createObjectNode();
    Arrays.stream(CostAssumptions.class.getMethods())
        .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
            && (m.getReturnType() == int.class || m.getReturnType() == double.class))
        .sorted(Comparator.comparing(Method::getName))
        .forEach(m -> {
          try {
            node.putPOJO(m.getName(), m.invoke(assumptions));
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read assumption " + m.getName(), e);
          }
        });
    return node;
  }

  /** The JSON text. */
  public static String render(CostEstimate estimate) {
    ObjectNode root = JSON.createObjectNode();
    root.put("currency", estimate.currency());
    root.put("period", "month");
    ObjectNode table = root.putObject("priceTable");
    table.put("version", estimate.priceTableVersion());
    table.put("date", estimate.priceTableDate());
    table.put("source", estimate.priceTableSource());
    ArrayNode used = table.putArray("pricesUsed");
    for (UnitPrice price : estimate.prices()) {
      ObjectNode entry = used.addObject().put("region", price.region()).put("key", price.key())
          .put("price", price.price()).put("source", price.source().page()).put("date", price.source().date());
      price.source().note().ifPresent(note -> entry.put("note", note));
    }
    root.set("assumptions", assumptions(estimate.assumptions()));
    root.put("total", estimate.total());
    ArrayNode environments = root.putArray("environments");
    for (String name : estimate.environments()) {
      ObjectNode environment = environments.addObject();
      environment.put("name", name);
      environment.put("region", estimate.regions().get(name));
      environment.put("total", estimate.total(name));
      ObjectNode stacks = environment.putObject("byStack");
      estimate.byStack(name).forEach(stacks::put);
      ObjectNode types = environment.putObject("byType");
      estimate.byType(name).forEach(types::put);
      ArrayNode constructs = environment.putArray("byConstruct");
      for (ConstructCost c : estimate.byConstruct(name)) {
        ObjectNode construct = constructs.addObject().put("construct", c.construct()).put("stack", c.stack())
            .put("monthly", c.monthly()).put("onAssumedUsage", c.assumedShare());
        c.byType().forEach(construct.putObject("byType")::put);
      }
      ArrayNode none = environment.putArray("notEstimated");
      for (NotEstimated n : estimate.notEstimatedOf(name)) {
        none.addObject().put("type", n.resourceType()).put("count", n.count()).put("reason", n.reason());
      }
    }
    ArrayNode lines = root.putArray("resources");
    for (CostLine line : estimate.lines()) {
      lines.addObject().put("environment", line.environment()).put("stack", line.stack())
          .put("type", line.resourceType()).put("logicalId", line.logicalId())
          .put("construct", line.construct()).put("constructPath", line.constructPath())
          .put("monthly", line.monthly()).put("basis", line.basis());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

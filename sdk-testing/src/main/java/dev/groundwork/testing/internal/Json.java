package dev.groundwork.testing.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Objects;

/** Template values as plain Java values, for comparing them in assertions and showing them in messages. */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private Json() {}

  /** The node as a plain Java value: String, Integer/Long/Double, Boolean, List, Map or null. */
  public static Object toJava(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return null;
    }
    return MAPPER.convertValue(node, Object.class);
  }

  /** Any Java value (records, maps, lists, numbers) normalised the same way as {@link #toJava}. */
  public static Object normalise(Object value) {
    if (value instanceof JsonNode node) {
      return toJava(node);
    }
    return value == null ? null : toJava(MAPPER.valueToTree(value));
  }

  /** Equality of JSON values, with numbers compared by value (5 equals 5L equals 5.0). */
  public static boolean jsonEquals(Object expected, Object actual) {
    Object e = normalise(expected);
    Object a = normalise(actual);
    if (e instanceof Number en && a instanceof Number an) {
      return Double.compare(en.doubleValue(), an.doubleValue()) == 0;
    }
    return Objects.equals(e, a);
  }

  /** Compact one-line JSON, for messages. */
  public static String compact(Object value) {
    try {
      return new ObjectMapper().writeValueAsString(value instanceof JsonNode n ? n : normalise(value));
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }

  /** Indented JSON with keys sorted, for messages and snapshots. */
  public static String pretty(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(MAPPER.treeToValue(node, Object.class)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

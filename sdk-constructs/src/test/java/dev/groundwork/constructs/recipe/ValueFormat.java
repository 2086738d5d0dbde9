package dev.groundwork.constructs.recipe;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.Tier;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a resolved setting reads in a defaults table: numbers without a needless {@code .0},
 * durations in days or hours, sets sorted, {@code Optional.empty()} and empty collections as
 * "none", booleans as yes and no. A type without a format fails the generation instead of
 * printing a {@code toString()} that could differ between runs.
 */
public final class ValueFormat {
  private final Map<Class<?>, Function<Object, String>> formats = new LinkedHashMap<>();

  private ValueFormat() {}

  /** The formats of the JDK's and Groundwork core's values. */
  public static ValueFormat standard() {
    return new ValueFormat();
  }

  /** Also formats values of {@code type} (and its subtypes) with {@code format}. */
  public <T> ValueFormat with(Class<T> type, Function<? super T, String> format) {
    formats.put(type, value -> format.apply(type.cast(value)));
    return this;
  }

  /** The value as a table cell's Markdown. */
  public String format(Object value) {
    if (value == null) {
      return "none";
    }
    for (Map.Entry<Class<?>, Function<Object, String>> format : formats.entrySet()) {
      if (format.getKey().isInstance(value)) {
        return format.getValue().apply(value);
      }
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(this::format).orElse("none");
    }
    if (value instanceof ByTier<?> byTier) {
      return byTier(byTier);
    }
    if (value instanceof Boolean b) {
      return b ? "yes" : "no";
    }
    if (value instanceof Double || value instanceof Float) {
      return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Number || value instanceof Tier) {
      return value.toString();
    }
    if (value instanceof Enum<?> e) {
      return "`" + e.name() + "`";
    }
    if (value instanceof String s) {
      return s.isEmpty() ? "(empty)" : code(s);
    }
    if (value instanceof Duration d) {
      return duration(d);
    }
    if (value instanceof Collection<?> collection) {
      List<String> items = collection.stream().map(this::format).collect(Collectors.toCollection(ArrayList::new));
      if (collection instanceof Set<?>) {
        items.sort(null);
      }
      return items.isEmpty() ? "none" : String.join(", ", items);
    }
    if (value instanceof Map<?, ?> map) {
      return map.isEmpty() ? "none" : map.entrySet().stream()
          .map(e -> format(e.getKey()) + " = " + format(e.getValue())).sorted().collect(Collectors.joining(", "));
    }
    throw new IllegalArgumentException("no table format for " + value.getClass().getName()
        + "; add one with ValueFormat.with(type, format) in the module's defaults doc test");
  }

  /** A ByTier cell: one value if all tiers agree, the tiers that are on for a yes/no table, else every tier. */
  private String byTier(ByTier<?> values) {
    if (values.dev().equals(values.staging()) && values.staging().equals(values.prod())) {
      return format(values.dev());
    }
    if (values.dev() instanceof Boolean) {
      List<String> on = new ArrayList<>();
      for (Tier tier : Tier.values()) {
        if (Boolean.TRUE.equals(values.get(tier))) {
          on.add(tier.name());
        }
      }
      return on.isEmpty() ? "none" : String.join(", ", on);
    }
    List<String> cells = new ArrayList<>();
    for (Tier tier : Tier.values()) {
      cells.add(tier.name() + ": " + format(values.get(tier)));
    }
    return String.join("; ", cells);
  }

  private static String duration(Duration d) {
    if (!d.isZero() && d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
      return plural(d.toDays(), "day");
    }
    if (!d.isZero() && d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours()))) {
      return plural(d.toHours(), "hour");
    }
    if (d.equals(Duration.ofMinutes(d.toMinutes()))) {
      return plural(d.toMinutes(), "minute");
    }
    return plural(d.toSeconds(), "second");
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }

  /** {@code text} as a Markdown code span in a table cell. */
  static String code(String text) {
    String fence = text.contains("`") ? "``" : "`";
    String pad = text.contains("`") ? " " : "";
    return fence + pad + text.replace("|", "\\|") + pad + fence;
  }
}

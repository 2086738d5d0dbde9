package dev.groundwork.cost;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Unit prices by region and price key (e.g. {@code ec2.nat-gateway.hour}), with the table's
 * version, date and source, where each price comes from and when it was read there ({@link
 * #source(String)}), the resource types that carry no charge of their own, and those priced only
 * by usage the templates do not state.
 *
 * <p>{@link #bundled()} is the table shipped with this Groundwork version ({@value #BUNDLED});
 * {@link #read(Path)} reads a user's table of the same format, and {@link #overriddenBy} lays one
 * over another so a user can correct or add single prices without copying the whole file.
 */
public final class PriceTable {
  /** The resource holding the shipped table. */
  public static final String BUNDLED = "prices-2026-11-01.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The shipped table, read once per JVM and only when first used. */
  private static final PriceTable BUNDLED_TABLE = new PriceTable(Suppliers.memoize(PriceTable::readBundled));

  private final Supplier<Table> table;

  /** What a table holds; the bundled one is read on first use (synthesis warms it off the main thread). */
  private record Table(String version, String date, String currency, String source,
      ImmutableMap<String, ImmutableMap<String, BigDecimal>> regions, ImmutableSortedSet<String> noCharge,
      ImmutableSortedSet<String> usagePriced, ImmutableMap<String, PriceSource> sources) {}

  private PriceTable(Supplier<Table> table) {
    this.table = table;
  }

  private PriceTable(String version, String date, String currency, String source,
      Map<String, ImmutableMap<String, BigDecimal>> regions, Set<String> noCharge, Set<String> usagePriced,
      Map<String, PriceSource> sources) {
    this(Suppliers.ofInstance(new Table(version, date, currency, source, ImmutableMap.copyOf(new TreeMap<>(regions)),
        ImmutableSortedSet.copyOf(noCharge), ImmutableSortedSet.copyOf(usagePriced),
        ImmutableMap.copyOf(new TreeMap<>(sources)))));
  }

  /**
   * The price table shipped with Groundwork: one instance per JVM, read from the class path when
   * a price is first asked for.
   */
  public static PriceTable bundled() {
    return BUNDLED_TABLE;
  }

  private static Table readBundled() {
    try (InputStream in = PriceTable.class.getResourceAsStream(BUNDLED)) {
      checkArgument(in != null, "the bundled price table %s is missing from the class path", BUNDLED);
      return parse(JSON.readTree(in), BUNDLED).table.get();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled price table " + BUNDLED, e);
    }
  }

  /**
   * Reads a price table file of the bundled table's format ({@code version}, {@code date},
   * {@code currency}, {@code source}, {@code regions} of price keys, optional {@code noCharge},
   * {@code usagePriced} and {@code sources}: per price key a {@code page} and a {@code date}).
   */
  public static PriceTable read(Path file) {
    try {
      return parse(JSON.readTree(Files.readString(file)), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read price table " + file, e);
    }
  }

  static PriceTable parse(JsonNode json, String origin) {
    for (String field : new String[] {"version", "date", "currency", "source"}) {
      checkArgument(json.path(field).isTextual() && !json.path(field).asText().isBlank(),
          "price table %s: '%s' is required (a text), so every estimate names the prices it used", origin, field);
    }
    checkArgument(json.path("regions").isObject(), "price table %s: 'regions' must be an object of region -> prices", origin);
    Map<String, ImmutableMap<String, BigDecimal>> regions = new TreeMap<>();
    json.path("regions").fields().forEachRemaining(region -> {
      Map<String, BigDecimal> prices = new TreeMap<>();
      region.getValue().fields().forEachRemaining(price -> {
        checkArgument(price.getValue().isNumber() && price.getValue().decimalValue().signum() >= 0,
            "price table %s: %s/%s must be a number of at least 0, got %s", origin, region.getKey(),
            price.getKey(), price.getValue());
        prices.put(price.getKey(), price.getValue().decimalValue());
      });
      regions.put(region.getKey(), ImmutableMap.copyOf(prices));
    });
    Set<String> noCharge = new TreeSet<>();
    json.path("noCharge").forEach(type -> noCharge.add(type.asText()));
    Set<String> usagePriced = new TreeSet<>();
    json.path("usagePriced").forEach(type -> usagePriced.add(type.asText()));
    Map<String, PriceSource> sources = new TreeMap<>();
    json.path("sources").properties().forEach(entry -> {
      JsonNode page = entry.getValue().path("page");
      JsonNode date = entry.getValue().path("date");
      checkArgument(page.isTextual() && date.isTextual() && date.asText().matches("\\d{4}-\\d{2}-\\d{2}"),
          "price table %s: sources/%s needs a 'page' and a 'date' (YYYY-MM-DD), got %s", origin, entry.getKey(),
          entry.getValue());
      JsonNode note = entry.getValue().path("note");
      sources.put(entry.getKey(), new PriceSource(page.asText(), date.asText(),
          note.isTextual() ? Optional.of(note.asText()) : Optional.empty()));
    });
    return new PriceTable(json.path("version").asText(), json.path("date").asText(),
        json.path("currency").asText(), json.path("source").asText(), regions, noCharge, usagePriced, sources);
  }

  /**
   * This table with {@code override}'s prices laid over it: a price in both is the override's,
   * regions and no-charge types are united, and version, date and source are the override's.
   */
  public PriceTable overriddenBy(PriceTable override) {
    Table base = table.get();
    Table over = override.table.get();
    checkArgument(base.currency().equals(over.currency()),
        "price table override is in %s, the table it overrides in %s; use one currency", over.currency(), base.currency());
    Map<String, ImmutableMap<String, BigDecimal>> merged = new TreeMap<>(base.regions());
    over.regions().forEach((region, prices) -> {
      Map<String, BigDecimal> both = new TreeMap<>(merged.getOrDefault(region, ImmutableMap.of()));
      both.putAll(prices);
      merged.put(region, ImmutableMap.copyOf(both));
    });
    Set<String> types = new TreeSet<>(base.noCharge());
    types.addAll(over.noCharge());
    Set<String> usage = new TreeSet<>(base.usagePriced());
    usage.addAll(over.usagePriced());
    // A price the override gives comes from the override, with its own source or the override's.
    Map<String, PriceSource> from = new TreeMap<>(base.sources());
    over.regions().values().forEach(prices -> prices.keySet().forEach(key -> from.put(key,
        over.sources().getOrDefault(key, override.tableSource()))));
    return new PriceTable(over.version(), over.date(), base.currency(),
        over.source() + " (over " + base.version() + ")", merged, types, usage, from);
  }

  /** The unit price of {@code key} in {@code region}, if the table has one. */
  public Optional<BigDecimal> price(String region, String key) {
    return Optional.ofNullable(table.get().regions().getOrDefault(region, ImmutableMap.of()).get(key));
  }

  /**
   * Where the price of {@code key} comes from: its entry in the table's {@code sources}, else the
   * table's own {@code source} and {@code date}.
   */
  public PriceSource source(String key) {
    return table.get().sources().getOrDefault(key, tableSource());
  }

  private PriceSource tableSource() {
    Table t = table.get();
    return new PriceSource(t.source(), t.date(), Optional.empty());
  }

  /** Whether the table prices {@code region} at all. */
  public boolean covers(String region) {
    return table.get().regions().containsKey(region);
  }

  /** Whether resources of {@code type} carry no charge of their own (roles, routes, policies). */
  public boolean isNoCharge(String type) {
    return table.get().noCharge().contains(type);
  }

  /**
   * Whether resources of {@code type} cost only by usage (requests, storage, invocations) the
   * templates do not state; they are listed as not estimated with that reason.
   */
  public boolean isUsagePriced(String type) {
    return table.get().usagePriced().contains(type);
  }

  public String version() {
    return table.get().version();
  }

  public String date() {
    return table.get().date();
  }

  public String currency() {
    return table.get().currency();
  }

  public String source() {
    return table.get().source();
  }

  /** The regions the table covers, sorted. */
  public Set<String> regions() {
    return table.get().regions().keySet();
  }
}

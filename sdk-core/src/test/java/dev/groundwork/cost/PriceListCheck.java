package dev.groundwork.cost;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks a price table line by line against AWS's bulk price list offer files, one file per
 * service and region as AWS publishes them at
 * {@code https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/<offerCode>/current/<region>/index.json}
 * and laid out the same way below a directory ({@code <dir>/<offerCode>/<region>/index.json};
 * {@code scripts/check-prices.sh} downloads them).
 *
 * <p>Each table key has a query ({@code price-list-queries.tsv}): the offer code, the usage type
 * without its region prefix ({@code NatGateway-Hours} matches {@code EU-NatGateway-Hours}), attributes
 * that must be equal, and the factor from the offer's unit to the table's (10^6 for a price per
 * million requests). A query must select exactly one product of the region; its on-demand price
 * is that of the tier beginning at 0. A query that selects none or several is reported, never
 * guessed, so a wrong query cannot pass as a verified price. Offer files are read as a stream:
 * EC2's regional file is large.
 */
public final class PriceListCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = JSON.getFactory();

  /** One table key's query; {@code offerCode} empty when the key has no price list entry ({@code note} says why). */
  record Query(String key, String offerCode, String usageType, Map<String, String> attributes, BigDecimal factor,
      String note) {
    boolean selects(JsonNode attributesOfProduct, String region) {
      if (!attributesOfProduct.path("regionCode").asText().equals(region)) {
        return false;
      }
      String usage = attributesOfProduct.path("usagetype").asText();
      if (!usage.equals(usageType) && !usage.endsWith("-" + usageType)) {
        return false;
      }
      return attributes.entrySet().stream()
          .allMatch(a -> attributesOfProduct.path(a.getKey()).asText().equals(a.getValue()));
    }
  }

  /** The outcome of one key in one region. */
  enum Status { MATCHES, DIFFERS, NO_PRODUCT, AMBIGUOUS, NO_OFFER_FILE, NOT_IN_PRICE_LIST }

  /**
   * One line of the report; {@code origin} names the offer file a checked price came from, e.g.
   * {@code AmazonEC2 (published 2026-11-01T00:00:00Z)}, and is empty for a line not checked.
   */
  record Line(String region, String key, Status status, BigDecimal table, Optional<BigDecimal> offer, String detail,
      String origin) {
    @Override
    public String toString() {
      return String.format("%-10s %-42s %-17s table %-10s offer %-10s %s", region, key, status,
          table.toPlainString(), offer.map(BigDecimal::toPlainString).orElse("-"), detail);
    }

    boolean failed() {
      return status != Status.MATCHES && status != Status.NOT_IN_PRICE_LIST;
    }
  }

  private PriceListCheck() {}

  /** Reads the queries: key, offer code, usage type, attributes ({@code a=b;c=d} or -), factor, note. */
  static List<Query> queries(InputStream tsv) throws IOException {
    List<Query> queries = new ArrayList<>();
    for (String line : new String(tsv.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != 6) {
        throw new IllegalArgumentException("a query has 6 tab-separated columns: " + line);
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      if (!c[3].equals("-")) {
        for (String pair : c[3].split(";")) {
          String[] kv = pair.split("=", 2);
          attributes.put(kv[0], kv[1]);
        }
      }
      queries.add(new Query(c[0], c[1].equals("-") ? "" : c[1], c[2], attributes,
          c[4].equals("-") ? BigDecimal.ONE : new BigDecimal(c[4]), c[5]));
    }
    return queries;
  }

  /** The table's prices: region → key → price. */
  static Map<String, Map<String, BigDecimal>> prices(InputStream table) throws IOException {
    Map<String, Map<String, BigDecimal>> prices = new TreeMap<>();
    JSON.readTree(table).path("regions").fields().forEachRemaining(region -> {
      Map<String, BigDecimal> keys = new TreeMap<>();
      region.getValue().fields().forEachRemaining(k -> keys.put(k.getKey(), k.getValue().decimalValue()));
      prices.put(region.getKey(), keys);
    });
    return prices;
  }

  /** Checks every key of every region of {@code prices} against the offer files below {@code offers}. */
  static List<Line> check(Map<String, Map<String, BigDecimal>> prices, List<Query> queries, Path offers) {
    Map<String, Query> byKey = new HashMap<>();
    queries.forEach(q -> byKey.put(q.key(), q));
    List<Line> lines = new ArrayList<>();
    for (Map.Entry<String, Map<String, BigDecimal>> region : prices.entrySet()) {
      Map<String, List<Query>> byOffer = new TreeMap<>();
      for (String key : region.getValue().keySet()) {
        Query query = byKey.get(key);
        if (query == null) {
          throw new IllegalArgumentException("no query for table key " + key + "; add one to price-list-queries.tsv");
        }
        byOffer.computeIfAbsent(query.offerCode(), o -> new ArrayList<>()).add(query);
      }
      for (Map.Entry<String, List<Query>> offer : byOffer.entrySet()) {
        lines.addAll(checkOffer(region.getKey(), region.getValue(), offer.getKey(), offer.getValue(), offers));
      }
    }
    return lines;
  }

  private static List<Line> checkOffer(String region, Map<String, BigDecimal> table, String offerCode,
      List<Query> queries, Path offers) {
    List<Line> lines = new ArrayList<>();
    if (offerCode.isEmpty()) {
      queries.forEach(q -> lines.add(new Line(region, q.key(), Status.NOT_IN_PRICE_LIST, table.get(q.key()),
          Optional.empty(), q.note(), "")));
      return lines;
    }
    Path file = offers.resolve(offerCode).resolve(region).resolve("index.json");
    if (!Files.isRegularFile(file)) {
      queries.forEach(q -> lines.add(new Line(region, q.key(), Status.NO_OFFER_FILE, table.get(q.key()),
          Optional.empty(), "missing " + file, "")));
      return lines;
    }
    Map<String, List<String>> skus = new LinkedHashMap<>();
    queries.forEach(q -> skus.put(q.key(), new ArrayList<>()));
    Map<String, BigDecimal> onDemand = new HashMap<>();
    String publication = read(file, region, queries, skus, onDemand);
    for (Query q : queries) {
      BigDecimal expected = table.get(q.key());
      List<String> found = skus.get(q.key());
      if (found.isEmpty()) {
        lines.add(new Line(region, q.key(), Status.NO_PRODUCT, expected, Optional.empty(),
            "no " + offerCode + " product with usage type *" + q.usageType() + " " + q.attributes(), ""));
      } else if (found.size() > 1 || !onDemand.containsKey(found.get(0))) {
        lines.add(new Line(region, q.key(), Status.AMBIGUOUS, expected, Optional.empty(),
            found.size() + " products " + found + (found.size() == 1 ? " without one on-demand price from 0" : "")
                + "; narrow the query", ""));
      } else {
        BigDecimal price = onDemand.get(found.get(0)).multiply(q.factor()).stripTrailingZeros();
        lines.add(new Line(region, q.key(), price.compareTo(expected) == 0 ? Status.MATCHES : Status.DIFFERS,
            expected, Optional.of(price), "sku " + found.get(0) + ", " + offerCode + " " + publication,
            offerCode + " (" + publication + ")"));
      }
    }
    return lines;
  }

  /** Streams one offer file: the products the queries select, then their on-demand prices. */
  private static String read(Path file, String region, List<Query> queries, Map<String, List<String>> skus,
      Map<String, BigDecimal> onDemand) {
    TreeSet<String> wanted = new TreeSet<>();
    String publication = "";
    try (JsonParser parser = FACTORY.createParser(file.toFile())) {
      parser.setCodec(JSON);
      expect(parser.nextToken(), JsonToken.START_OBJECT, file);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "publicationDate" -> publication = "published " + parser.getText();
          case "products" -> {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
              String sku = parser.currentName();
              parser.nextToken();
              JsonNode attributes = parser.<JsonNode>readValueAsTree().path("attributes");
              for (Query q : queries) {
                if (q.selects(attributes, region)) {
                  skus.get(q.key()).add(sku);
                  wanted.add(sku);
                }
              }
            }
          }
          case "terms" -> {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
              boolean isOnDemand = parser.currentName().equals("OnDemand");
              parser.nextToken();
              if (!isOnDemand) {
                parser.skipChildren();
                continue;
              }
              while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String sku = parser.currentName();
                parser.nextToken();
                if (!wanted.contains(sku)) {
                  parser.skipChildren();
                  continue;
                }
                firstTier(parser.readValueAsTree()).ifPresent(price -> onDemand.put(sku, price));
              }
            }
          }
          default -> parser.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read offer file " + file, e);
    }
    return publication;
  }

  /** The USD price of the one price dimension that begins at 0, if there is exactly one. */
  private static Optional<BigDecimal> firstTier(JsonNode terms) {
    List<BigDecimal> found = new ArrayList<>();
    terms.forEach(term -> term.path("priceDimensions").forEach(dimension -> {
      if (dimension.path("beginRange").asText("0").equals("0") && dimension.path("pricePerUnit").has("USD")) {
        found.add(new BigDecimal(dimension.path("pricePerUnit").path("USD").asText()));
      }
    }));
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private static void expect(JsonToken actual, JsonToken expected, Path file) throws IOException {
    if (actual != expected) {
      throw new IOException(file + " is not an offer file: expected " + expected + ", got " + actual);
    }
  }

  /**
   * The table with every checked price refreshed: a price that differs takes the offer's value,
   * and the key's source names the offer file and its publication date (with the regions left
   * unchecked in its note). Keys no offer file checked keep their price and source.
   */
  static ObjectNode refreshed(ObjectNode table, List<Line> lines) {
    ObjectNode copy = table.deepCopy();
    Map<String, List<Line>> byKey = new TreeMap<>();
    lines.forEach(l -> byKey.computeIfAbsent(l.key(), k -> new ArrayList<>()).add(l));
    byKey.forEach((key, keyLines) -> {
      List<Line> checked = keyLines.stream().filter(l -> !l.origin().isEmpty()).toList();
      if (checked.isEmpty()) {
        return;
      }
      checked.forEach(l -> ((ObjectNode) copy.path("regions").path(l.region())).put(key, l.offer().orElseThrow()));
      String origin = checked.get(0).origin();
      ObjectNode source = ((ObjectNode) copy.with("sources")).putObject(key);
      source.put("page", "AWS price list offer file " + origin);
      String published = origin.substring(origin.indexOf("published ") + "published ".length());
      source.put("date", published.substring(0, Math.min(10, published.length())));
      List<Line> unchecked = keyLines.stream().filter(l -> l.origin().isEmpty()).toList();
      if (!unchecked.isEmpty()) {
        source.put("note", "checked in " + String.join(", ", checked.stream().map(Line::region).toList())
            + "; not checked in " + String.join(", ", unchecked.stream()
                .map(l -> l.region() + " (" + l.status() + ")").toList()));
      }
    });
    return copy;
  }

  /**
   * Checks the bundled table against the offer files below {@code args[0]}; prints one line per
   * key and region and exits 1 when any line neither matches nor is documented as absent from the
   * price list. With {@code --write=<table file>} as well, writes the refreshed table there
   * ({@link #refreshed}) before exiting.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2 || args.length == 2 && !args[1].startsWith("--write=")) {
      System.err.println("usage: PriceListCheck <directory of <offerCode>/<region>/index.json> [--write=<table file>]");
      System.exit(2);
    }
    List<Line> lines;
    ObjectNode table;
    try (InputStream in = PriceTable.class.getResourceAsStream(PriceTable.BUNDLED);
        InputStream tsv = PriceListCheck.class.getResourceAsStream("price-list-queries.tsv")) {
      table = (ObjectNode) JSON.readTree(in);
      lines = check(prices(new java.io.ByteArrayInputStream(JSON.writeValueAsBytes(table))), queries(tsv),
          Path.of(args[0]));
    }
    lines.forEach(System.out::println);
    if (args.length == 2) {
      Path file = Path.of(args[1].substring("--write=".length()));
      Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(refreshed(table, lines)) + "\n",
          StandardCharsets.UTF_8);
      System.out.println("wrote the refreshed table to " + file + "; read its diff, then update the cost pins");
    }
    long failed = lines.stream().filter(Line::failed).count();
    System.out.println(failed == 0 ? "every price of " + PriceTable.BUNDLED + " matches the offer files"
        : failed + " of " + lines.size() + " lines do not match; fix the table or the query, then run again");
    System.exit(failed == 0 ? 0 : 1);
  }
}

package dev.groundwork.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.groundwork.cost.PriceListCheck.Line;
import dev.groundwork.cost.PriceListCheck.Query;
import dev.groundwork.cost.PriceListCheck.Status;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The bundled table's check against AWS's offer files, run here on offer files CONSTRUCTED from
 * the documented format ({@code offers-constructed/}, not AWS data): that the check finds the
 * product of each query, reports a price that differs, a query that selects none or several, and
 * a service whose offer file is missing, and that every key of the table has a query.
 */
class PriceListCheckTest {
  final Map<String, Map<String, BigDecimal>> prices = read(PriceTable.BUNDLED);
  final List<Query> queries = queries();
  final List<Line> lines = PriceListCheck.check(prices, queries, constructed());

  @Test
  void everyKeyOfTheBundledTableHasExactlyOneQuery() {
    assertThat(queries).extracting(Query::key).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(prices.get("us-east-1").keySet());
    assertThat(prices.get("eu-west-1").keySet()).isEqualTo(prices.get("us-east-1").keySet());
    // eu-central-1 holds only the prices the reference app's recovery stacks need.
    assertThat(prices.get("us-east-1").keySet()).containsAll(prices.get("eu-central-1").keySet());
    assertThat(lines).hasSize(prices.values().stream().mapToInt(Map::size).sum());
  }

  @Test
  void aProductOfTheRegionWithThePriceOfTheTableMatches() {
    assertThat(line("us-east-1", "ec2.nat-gateway.hour")).satisfies(l -> {
      assertThat(l.status()).isEqualTo(Status.MATCHES);
      assertThat(l.offer()).contains(new BigDecimal("0.045"));
      assertThat(l.detail()).contains("sku NGWHOURS", "published 2026-11-01T00:00:00Z");
    });
  }

  @Test
  void theRegionPrefixOfTheUsageTypeIsMatched() {
    assertThat(line("eu-west-1", "ec2.nat-gateway.hour").status()).isEqualTo(Status.MATCHES);
    assertThat(line("us-east-1", "ec2.public-ipv4.hour").status()).isEqualTo(Status.MATCHES);
  }

  @Test
  void aDifferentPriceIsReportedWithBothValues() {
    Line line = line("us-east-1", "ec2.nat-gateway.gb");
    assertThat(line.status()).isEqualTo(Status.DIFFERS);
    assertThat(line.table()).isEqualByComparingTo("0.045");
    assertThat(line.offer()).contains(new BigDecimal("0.046"));
    assertThat(line.failed()).isTrue();
  }

  @Test
  void theTierBeginningAtZeroIsThePrice() {
    assertThat(line("us-east-1", "ec2.interface-endpoint.gb").offer()).contains(new BigDecimal("0.01"));
  }

  @Test
  void theFactorConvertsTheOffersUnitToTheTables() {
    assertThat(line("us-east-1", "wafv2.requests.million")).satisfies(l -> {
      assertThat(l.status()).isEqualTo(Status.MATCHES);
      assertThat(l.offer()).contains(new BigDecimal("0.6"));
    });
  }

  @Test
  void aQuerySelectingNothingOrSeveralProductsIsReportedNotGuessed() {
    assertThat(line("us-east-1", "ec2.interface-endpoint.hour").status()).isEqualTo(Status.NO_PRODUCT);
    Line ambiguous = line("eu-west-1", "ec2.nat-gateway.gb");
    assertThat(ambiguous.status()).isEqualTo(Status.AMBIGUOUS);
    assertThat(ambiguous.detail()).contains("2 products", "EUBYTES1", "EUBYTES2");
  }

  @Test
  void aServiceWithoutItsOfferFileIsReportedAndSpotIsDocumentedAsAbsent() {
    assertThat(line("us-east-1", "kms.key.month").status()).isEqualTo(Status.NO_OFFER_FILE);
    Line spot = line("eu-west-1", "fargate-spot.vcpu.hour");
    assertThat(spot.status()).isEqualTo(Status.NOT_IN_PRICE_LIST);
    assertThat(spot.failed()).isFalse();
    assertThat(spot.detail()).contains("70%");
  }

  @Test
  void refreshingWritesEachCheckedPriceAndItsOfferFileIntoTheTable() throws IOException {
    ObjectNode table;
    try (InputStream in = PriceTable.class.getResourceAsStream(PriceTable.BUNDLED)) {
      table = (ObjectNode) new ObjectMapper().readTree(in);
    }
    ObjectNode refreshed = PriceListCheck.refreshed(table, lines);
    // DIFFERS: the offer's price replaces the table's, and the key's source names the offer file.
    assertThat(refreshed.path("regions").path("us-east-1").path("ec2.nat-gateway.gb").decimalValue())
        .isEqualByComparingTo("0.046");
    assertThat(refreshed.path("sources").path("ec2.nat-gateway.gb").path("page").asText())
        .isEqualTo("AWS price list offer file AmazonEC2 (published 2026-11-01T00:00:00Z)");
    assertThat(refreshed.path("sources").path("ec2.nat-gateway.gb").path("date").asText()).isEqualTo("2026-11-01");
    assertThat(refreshed.path("sources").path("ec2.nat-gateway.gb").path("note").asText())
        .isEqualTo("checked in us-east-1; not checked in eu-west-1 (AMBIGUOUS)");
    // AMBIGUOUS in eu-west-1: the table's price there stays.
    assertThat(refreshed.path("regions").path("eu-west-1").path("ec2.nat-gateway.gb").decimalValue())
        .isEqualByComparingTo("0.048");
    // Not checked at all (no offer file): untouched.
    assertThat(refreshed.path("sources").path("kms.key.month")).isEqualTo(table.path("sources").path("kms.key.month"));
    assertThat(PriceTable.parse(refreshed, "refreshed").price("us-east-1", "ec2.nat-gateway.gb"))
        .contains(new BigDecimal("0.046"));
  }

  @Test
  void aTableKeyWithoutAQueryIsAnError() {
    Map<String, Map<String, BigDecimal>> extra = new TreeMap<>(Map.of("us-east-1",
        Map.of("ec2.new-thing.hour", BigDecimal.ONE)));
    assertThatThrownBy(() -> PriceListCheck.check(extra, queries, constructed()))
        .hasMessageContaining("no query for table key ec2.new-thing.hour");
  }

  private Line line(String region, String key) {
    return lines.stream().filter(l -> l.region().equals(region) && l.key().equals(key)).findFirst().orElseThrow();
  }

  private static Map<String, Map<String, BigDecimal>> read(String name) {
    try (InputStream in = PriceTable.class.getResourceAsStream(name)) {
      return PriceListCheck.prices(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Query> queries() {
    try (InputStream in = PriceListCheckTest.class.getResourceAsStream("price-list-queries.tsv")) {
      return PriceListCheck.queries(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Path constructed() {
    try {
      return Path.of(PriceListCheckTest.class.getResource("offers-constructed").toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}

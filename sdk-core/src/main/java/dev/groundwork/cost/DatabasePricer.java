package dev.groundwork.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.Resource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Set;

/**
 * Aurora clusters (storage and backup on the cluster; each instance by class, or by ACU for
 * Serverless v2 at the cluster's minimum, with the maximum stated) and single RDS instances.
 */
final class DatabasePricer implements ResourcePricer {
  private static final String SERVERLESS = "db.serverless";

  @Override
  public Set<String> types() {
    return ImmutableSet.of("AWS::RDS::DBCluster", "AWS::RDS::DBInstance");
  }

  @Override
  public Priced price(Resource resource, PriceBook book) {
    return resource.type().equals("AWS::RDS::DBCluster") ? cluster(resource, book) : instance(resource, book);
  }

  private static Priced cluster(Resource cluster, PriceBook book) {
    if (!cluster.property("Engine").asText("").startsWith("aurora")) {
      return new Priced.Unpriced("only Aurora clusters are priced (Multi-AZ DB clusters are not in the table)");
    }
    if (cluster.property("EngineMode").asText("provisioned").equals("serverless")) {
      return new Priced.Unpriced("Aurora Serverless v1 is not in the price table");
    }
    return book.bill()
        .assumed(book.assumptions().databaseStorageGb(), "GB-month storage", "rds.aurora.storage.gb-month",
            "databaseStorageGb")
        .assumed(book.assumptions().databaseBackupGbBeyondFree(), "GB-month backup", "rds.aurora.backup.gb-month",
            "databaseBackupGbBeyondFree")
        .done();
  }

  private static Priced instance(Resource instance, PriceBook book) {
    String instanceClass = instance.property("DBInstanceClass").asText("");
    if (instanceClass.isEmpty()) {
      return new Priced.Unpriced("the instance class is not a literal value");
    }
    Optional<Resource> cluster = instance.stack().resolve(instance.property("DBClusterIdentifier"));
    boolean aurora = cluster.isPresent() || instance.property("Engine").asText("").startsWith("aurora");
    if (instanceClass.equals(SERVERLESS)) {
      return cluster.map(c -> serverless(c, book))
          .orElseGet(() -> new Priced.Unpriced("a Serverless v2 instance whose cluster is not in its template"));
    }
    if (aurora) {
      return book.bill().add(book.hours(), "h " + instanceClass, "rds.aurora." + instanceClass + ".hour").done();
    }
    int copies = instance.property("MultiAZ").asBoolean(false) ? 2 : 1;
    JsonNode storage = instance.property("AllocatedStorage");
    double gb = storage.isNumber() || storage.asText().matches("\\d+") ? Double.parseDouble(storage.asText()) : 0;
    return book.bill()
        .add((double) copies * book.hours(), "h " + instanceClass + (copies == 2 ? " (Multi-AZ)" : ""),
            "rds.instance." + instanceClass + ".hour")
        .add(copies * gb, "GB-month storage", "rds.instance.storage.gb-month")
        .assumed(book.assumptions().databaseBackupGbBeyondFree(), "GB-month backup", "rds.instance.backup.gb-month",
            "databaseBackupGbBeyondFree")
        .done();
  }

  private static Priced serverless(Resource cluster, PriceBook book) {
    JsonNode scaling = cluster.property("ServerlessV2ScalingConfiguration");
    if (!scaling.path("MinCapacity").isNumber() || !scaling.path("MaxCapacity").isNumber()) {
      return new Priced.Unpriced("the cluster's Serverless v2 ACU range is not literal numbers");
    }
    double min = scaling.path("MinCapacity").asDouble();
    double max = scaling.path("MaxCapacity").asDouble();
    BigDecimal atMax = BigDecimal.valueOf(max * book.hours()).multiply(book.unit("rds.aurora.acu.hour"))
        .setScale(2, RoundingMode.HALF_UP);
    return book.bill()
        .add(min * book.hours(), "ACU-h (at the minimum " + PriceBook.number(BigDecimal.valueOf(min)) + " ACU)",
            "rds.aurora.acu.hour")
        .note("up to " + atMax.toPlainString() + " at the maximum "
            + PriceBook.number(BigDecimal.valueOf(max)) + " ACU")
        .done();
  }
}

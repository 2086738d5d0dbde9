package dev.groundwork.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template with one resource of each priced type, priced from the bundled table by hand. */
class CostEstimatorTest {
  static final SynthesizedApp APP = app("shop-dev-all", "dev", read("known-resources.template.json"));
  static final Map<String, String> IRELAND = Map.of("dev", "eu-west-1");

  static String read(String name) {
    try (InputStream in = CostEstimatorTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static SynthesizedApp app(String stack, String environment, String json) {
    return SynthesizedApp.of(Path.of("cdk.out"), List.of(StackTemplate.of(stack, environment, Tier.DEV,
        stack + ".template.json", StackTemplate.parse(json))));
  }

  static CostEstimate estimate(CostEstimator estimator, SynthesizedApp app, Map<String, String> regions) {
    return estimator.estimate(app, env -> Optional.ofNullable(regions.get(env)));
  }

  static BigDecimal monthly(CostEstimate estimate, String logicalId) {
    return estimate.lines().stream().filter(l -> l.logicalId().equals(logicalId)).findFirst().orElseThrow().monthly();
  }

  @Nested
  class KnownResources {
    final CostEstimate estimate = estimate(CostEstimator.defaults(), APP, IRELAND);

    @Test
    void totalMatchesTheTableToTheCent() {
      // eu-west-1, 730 h: NAT 35.04 + 4.80; IPv4 3.65; ALB 18.396 + 5.84; endpoint 2 AZ 16.06 + 0.01;
      // Fargate 2 on-demand + 3 Spot tasks of 0.5 vCPU / 1 GB 52.258145; Aurora storage and backup
      // 2.20 + 0.21; Serverless v2 at 0.5 ACU 47.45; key 1; secret 0.40; alarm 0.10; dashboard 3;
      // logs 0.57; web ACL 5 + 2 + 0.60; canary 8,760 runs 10.512; EKS 73; pipeline V2 0.20;
      // CodeBuild 1; Config 3; trail 0 (management events only); bucket at the assumed usage
      // 10 GB × 0.023 + 10k PUT × 0.005 + 100k GET × 0.0004 = 0.32.
      assertThat(estimate.total("dev")).isEqualByComparingTo("286.62");
      assertThat(estimate.total()).isEqualByComparingTo("286.62");
    }

    @Test
    void eachLineIsRoundedToTheCentFromItsCharges() {
      assertThat(monthly(estimate, "Nat")).isEqualByComparingTo("39.84");
      assertThat(monthly(estimate, "Alb")).isEqualByComparingTo("24.24");
      assertThat(monthly(estimate, "SecretsEndpoint")).isEqualByComparingTo("16.07");
      assertThat(monthly(estimate, "Service")).isEqualByComparingTo("52.26");
      assertThat(monthly(estimate, "DatabaseWriter")).isEqualByComparingTo("47.45");
      assertThat(monthly(estimate, "Canary")).isEqualByComparingTo("10.51");
      assertThat(monthly(estimate, "S3Endpoint")).isEqualByComparingTo("0.00");
    }

    @Test
    void basisShowsQuantitiesAndUnitPrices() {
      CostLine service = estimate.lines().stream().filter(l -> l.logicalId().equals("Service")).findFirst().orElseThrow();
      assertThat(service.basis()).endsWith("; 5 tasks of 0.5 vCPU, 1 GB (3 on Spot)")
          .contains("730 vCPU-h × 0.04048", "1095 vCPU-h × 0.012144");
      CostLine writer = estimate.lines().stream().filter(l -> l.logicalId().equals("DatabaseWriter")).findFirst().orElseThrow();
      assertThat(writer.basis()).contains("up to 379.60 at the maximum 4 ACU");
    }

    @Test
    void aUsagePricedTypeIsPricedAtItsStatedAssumptionAndSaysSo() {
      CostLine bucket = estimate.lines().stream().filter(l -> l.resourceType().equals("AWS::S3::Bucket")).findFirst()
          .orElseThrow();
      assertThat(bucket.monthly()).isEqualByComparingTo("0.32");
      assertThat(bucket.assumptions()).containsExactly("s3StorageGbPerBucket", "s3PutRequestsThousandsPerBucket",
          "s3GetRequestsThousandsPerBucket");
      assertThat(bucket.basis()).startsWith("10 GB-month × 0.023 (assumed: s3StorageGbPerBucket)");
      assertThat(bucket.priceKeys()).containsExactly("s3.standard.storage.gb-month", "s3.put-request.thousand",
          "s3.get-request.thousand");
      assertThat(estimate.notEstimated()).isEmpty();
      assertThat(estimate.notEstimatedShare("dev")).isZero();
    }

    @Test
    void aLineFromTheTemplatesAloneRestsOnNoAssumption() {
      assertThat(estimate.lines().stream().filter(l -> l.logicalId().equals("Service")).findFirst().orElseThrow()
          .assumptions()).isEmpty();
    }

    @Test
    void aTypeNoPricerKnowsIsListedWithItsCountNotZero() {
      CostEstimate unknown = estimate(CostEstimator.defaults(), app("s", "dev", """
          {"Resources": {"A": {"Type": "AWS::Foo::Bar"}, "B": {"Type": "AWS::Foo::Bar"},
            "Handler": {"Type": "Custom::Handler"}}}
          """), IRELAND);
      assertThat(unknown.notEstimated()).containsExactly(
          new NotEstimated("dev", "AWS::Foo::Bar", 2, "no price for this type in the table"));
      assertThat(unknown.lines()).isEmpty();
    }

    @Test
    void eachLineNamesItsTopLevelConstructAndTheEstimateSumsByConstruct() {
      CostEstimate network = estimate(CostEstimator.defaults(), app("shop-dev-network", "dev", """
          {"Resources": {
            "Nat1": {"Type": "AWS::EC2::NatGateway", "Metadata": {"aws:cdk:path": "dev/network/Network/Vpc/publicSubnet1/NATGateway"}},
            "Nat2": {"Type": "AWS::EC2::NatGateway", "Metadata": {"aws:cdk:path": "dev/network/Network/Vpc/publicSubnet2/NATGateway"}},
            "Key": {"Type": "AWS::KMS::Key", "Metadata": {"aws:cdk:path": "dev/network/LogsKey/Key/Resource"}}}}
          """), IRELAND);
      assertThat(network.lines()).extracting(CostLine::construct)
          .containsExactly("network/Network", "network/Network", "network/LogsKey");
      assertThat(network.byConstruct("dev")).extracting(ConstructCost::construct, ConstructCost::monthly,
          ConstructCost::resources).containsExactly(
              org.assertj.core.groups.Tuple.tuple("network/Network", new BigDecimal("79.68"), 2),
              org.assertj.core.groups.Tuple.tuple("network/LogsKey", new BigDecimal("1.00"), 1));
      assertThat(network.byConstruct("dev").get(0).assumedShare()).isEqualByComparingTo("79.68");
      List<ConstructCost> constructs = estimate.byConstruct("dev");
      assertThat(constructs).extracting(ConstructCost::monthly).isSortedAccordingTo(java.util.Comparator.reverseOrder());
      assertThat(constructs.stream().map(ConstructCost::monthly).reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo(estimate.total("dev"));
      assertThat(constructs).allSatisfy(c -> assertThat(c.byType().values().stream()
          .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(c.monthly()));
    }

    @Test
    void everyPriceUsedIsListedWithItsSourceAndDate() {
      assertThat(estimate.prices()).extracting(UnitPrice::key).contains("ec2.nat-gateway.hour",
          "s3.standard.storage.gb-month").doesNotHaveDuplicates();
      assertThat(estimate.prices()).allSatisfy(p -> {
        assertThat(p.region()).isEqualTo("eu-west-1");
        assertThat(p.source().page()).startsWith("https://aws.amazon.com/");
        assertThat(p.source().date()).matches("\\d{4}-\\d{2}-\\d{2}");
      });
    }

    @Test
    void typesWithoutChargesAreNeitherPricedNorListed() {
      assertThat(estimate.lines()).noneMatch(l -> l.resourceType().startsWith("AWS::IAM::")
          || l.resourceType().equals("AWS::ECS::TaskDefinition")
          || l.resourceType().equals("AWS::ApplicationAutoScaling::ScalableTarget"));
    }

    @Test
    void otherRegionsHaveTheirOwnPrices() {
      CostEstimate virginia = estimate(CostEstimator.defaults(), APP, Map.of("dev", "us-east-1"));
      assertThat(monthly(virginia, "Nat")).isEqualByComparingTo("37.35"); // 730 × 0.045 + 100 × 0.045
    }
  }

  @Nested
  class UnknownPrices {
    @Test
    void aRegionOutsideTheTableIsNotEstimatedRatherThanZero() {
      CostEstimate estimate = estimate(CostEstimator.defaults(), APP, Map.of("dev", "ap-south-2"));
      assertThat(estimate.lines()).isEmpty();
      assertThat(estimate.notEstimated()).isNotEmpty()
          .allSatisfy(n -> assertThat(n.reason()).contains("ap-south-2", "eu-west-1", "us-east-1"));
      assertThat(estimate.notEstimated().stream().mapToInt(NotEstimated::count).sum()).isEqualTo(21);
    }

    @Test
    void anUnknownInstanceClassNamesTheMissingPrice() {
      CostEstimate estimate = estimate(CostEstimator.defaults(), app("s", "dev", """
          {"Resources": {"Db": {"Type": "AWS::RDS::DBInstance",
            "Properties": {"DBInstanceClass": "db.x2g.16xlarge", "Engine": "postgres", "AllocatedStorage": "100"}}}}
          """), IRELAND);
      assertThat(estimate.notEstimated()).singleElement().satisfies(n -> {
        assertThat(n.resourceType()).isEqualTo("AWS::RDS::DBInstance");
        assertThat(n.reason()).isEqualTo("the price table has no 'rds.instance.db.x2g.16xlarge.hour' for eu-west-1");
      });
    }
  }

  @Nested
  class Overrides {
    @Test
    void aUserTableOverridesSinglePricesAndKeepsTheRest(@TempDir Path dir) throws IOException {
      Path file = Files.writeString(dir.resolve("prices.json"), """
          {"version": "acme-2026-12", "date": "2026-12-01", "currency": "USD", "source": "Acme's negotiated prices",
           "regions": {"eu-west-1": {"ec2.nat-gateway.hour": 0.04}}}
          """);
      PriceTable table = PriceTable.bundled().overriddenBy(PriceTable.read(file));
      CostEstimate estimate = estimate(CostEstimator.of(table, CostAssumptions.defaults()), APP, IRELAND);
      assertThat(monthly(estimate, "Nat")).isEqualByComparingTo("34.00"); // 730 × 0.04 + 100 × 0.048
      assertThat(monthly(estimate, "Alb")).isEqualByComparingTo("24.24");
      assertThat(estimate.priceTableVersion()).isEqualTo("acme-2026-12");
      assertThat(estimate.priceTableSource()).contains("Acme", PriceTable.bundled().version());
    }

    @Test
    void aTypeAUserTableCallsUsagePricedIsNotEstimatedForThatReason(@TempDir Path dir) throws IOException {
      Path file = Files.writeString(dir.resolve("prices.json"), """
          {"version": "acme", "date": "2026-12-01", "currency": "USD", "source": "Acme", "regions": {},
           "usagePriced": ["AWS::Foo::Bar"]}
          """);
      PriceTable table = PriceTable.bundled().overriddenBy(PriceTable.read(file));
      CostEstimate estimate = estimate(CostEstimator.of(table, CostAssumptions.defaults()),
          app("s", "dev", "{\"Resources\": {\"A\": {\"Type\": \"AWS::Foo::Bar\"}}}"), IRELAND);
      assertThat(estimate.notEstimated()).containsExactly(
          new NotEstimated("dev", "AWS::Foo::Bar", 1, CostEstimator.USAGE_PRICED));
    }

    @Test
    void assumptionsChangeTheUsageCharges() {
      CostAssumptions quiet = CostAssumptions.builder().natGatewayGbPerMonth(0).build();
      CostEstimate estimate = estimate(CostEstimator.of(PriceTable.bundled(), quiet), APP, IRELAND);
      assertThat(monthly(estimate, "Nat")).isEqualByComparingTo("35.04");
    }

    @Test
    void aTableWithoutItsSourceIsRejected(@TempDir Path dir) throws IOException {
      Path file = Files.writeString(dir.resolve("prices.json"),
          "{\"version\": \"1\", \"date\": \"2026-12-01\", \"currency\": \"USD\", \"regions\": {}}");
      assertThatThrownBy(() -> PriceTable.read(file)).hasMessageContaining("'source' is required");
    }

    @Test
    void theBundledTableNamesTheSourceAndDateOfEveryPrice() {
      PriceTable table = PriceTable.bundled();
      assertThat(table.date()).isEqualTo("2026-11-01");
      assertThat(table.source()).contains("pricing page", "not yet checked");
      assertThat(table.regions()).containsExactly("eu-central-1", "eu-west-1", "us-east-1");
      assertThat(table.source("ec2.nat-gateway.hour"))
          .isEqualTo(new PriceSource("https://aws.amazon.com/vpc/pricing/", "2026-11-01", Optional.empty()));
      assertThat(table.source("fargate-spot.vcpu.hour").note()).hasValueSatisfying(n -> assertThat(n).contains("70 %"));
    }

    @Test
    void aUserTablesPriceComesFromTheUserTable(@TempDir Path dir) throws IOException {
      Path file = Files.writeString(dir.resolve("prices.json"), """
          {"version": "acme", "date": "2026-12-01", "currency": "USD", "source": "Acme's negotiated prices",
           "regions": {"eu-west-1": {"ec2.nat-gateway.hour": 0.04}}}
          """);
      PriceTable table = PriceTable.bundled().overriddenBy(PriceTable.read(file));
      assertThat(table.source("ec2.nat-gateway.hour").page()).isEqualTo("Acme's negotiated prices");
      assertThat(table.source("ec2.nat-gateway.gb").page()).isEqualTo("https://aws.amazon.com/vpc/pricing/");
    }

    @Test
    void aSourceWithoutItsDateIsRejected(@TempDir Path dir) throws IOException {
      Path file = Files.writeString(dir.resolve("prices.json"), """
          {"version": "1", "date": "2026-12-01", "currency": "USD", "source": "x", "regions": {},
           "sources": {"ec2.nat-gateway.hour": {"page": "https://example.com/prices"}}}
          """);
      assertThatThrownBy(() -> PriceTable.read(file)).hasMessageContaining("sources/ec2.nat-gateway.hour")
          .hasMessageContaining("'date'");
    }
  }

  @Nested
  class Budget {
    final CostEstimate estimate = estimate(CostEstimator.defaults(), APP, IRELAND);

    @Test
    void anEnvironmentOverItsCeilingIsAWarning() {
      List<Finding> findings = CostBudget.check(APP, estimate,
          CostOptions.builder().putMonthlyBudgets("dev", new BigDecimal("250")).build());
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.ruleId().value()).isEqualTo("GW_COST_MONTHLY_BUDGET");
        assertThat(f.message()).contains("286.62 USD", "budget of 250 USD", "by 36.62");
      });
    }

    @Test
    void anErrorWhenAsked() {
      List<Finding> findings = CostBudget.check(APP, estimate, CostOptions.builder()
          .putMonthlyBudgets("dev", new BigDecimal("250")).budgetSeverity(Severity.ERROR).build());
      assertThat(findings).singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void withinTheCeilingIsNoFinding() {
      assertThat(CostBudget.check(APP, estimate,
          CostOptions.builder().putMonthlyBudgets("dev", new BigDecimal("286.62")).build())).isEmpty();
    }

    @Test
    void theEnvironmentsOwnBudgetResourceIsTheCeilingWhenNoneIsGiven() {
      SynthesizedApp withBudget = app("s", "dev", """
          {"Resources": {"Nat": {"Type": "AWS::EC2::NatGateway"},
            "Budget": {"Type": "AWS::Budgets::Budget", "Properties": {"Budget": {"BudgetType": "COST",
              "TimeUnit": "MONTHLY", "BudgetLimit": {"Amount": 20, "Unit": "USD"}}}}}}
          """);
      CostEstimate nat = estimate(CostEstimator.defaults(), withBudget, IRELAND);
      assertThat(CostBudget.check(withBudget, nat, CostOptions.defaults())).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("budget of 20 USD"));
    }

    @Test
    void aBudgetOfZeroIsRejectedWithItsCode() {
      assertThatThrownBy(() -> CostOptions.builder().putMonthlyBudgets("dev", BigDecimal.ZERO).build())
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("COST_BUDGET_AMOUNT"))
          .hasMessageContaining("monthlyBudgets['dev']");
    }
  }

  /** Reliability rehearsal: experiments by the action-minutes they would run, SLOs named but not priced. */
  @Nested
  class RehearsalAndObjectives {
    static final String TEMPLATE = """
        {"Resources": {
          "StopTasks": {"Type": "AWS::FIS::ExperimentTemplate", "Properties": {"Actions": {
            "StopTasks": {"ActionId": "aws:ecs:stop-task"}}}},
          "DisruptZone": {"Type": "AWS::FIS::ExperimentTemplate", "Properties": {"Actions": {
            "DisruptZone": {"ActionId": "aws:network:disrupt-connectivity", "Parameters": {"duration": "PT5M"}},
            "Wait": {"ActionId": "aws:fis:wait", "Parameters": {"duration": "PT1H30M"}}}}},
          "Availability": {"Type": "AWS::ApplicationSignals::ServiceLevelObjective", "Properties": {}}
        }}""";
    final SynthesizedApp app = app("shop-dev-all", "dev", TEMPLATE);

    @Test
    void anExperimentCostsItsActionMinutesPerAssumedRun() {
      CostEstimate estimate = estimate(CostEstimator.defaults(), app, IRELAND);
      // One run a month: stop-task 1 action-minute; 5 + 90 action-minutes; at 0.10 each.
      assertThat(monthly(estimate, "StopTasks")).isEqualByComparingTo("0.10");
      assertThat(monthly(estimate, "DisruptZone")).isEqualByComparingTo("9.50");
      assertThat(estimate.lines().stream().filter(l -> l.logicalId().equals("DisruptZone")).findFirst().orElseThrow()
          .basis()).contains("faultExperimentRunsPerMonth").contains("95 action-minutes a run");
      CostEstimate weekly = estimate(CostEstimator.of(PriceTable.bundled(),
          CostAssumptions.builder().faultExperimentRunsPerMonth(4).build()), app, IRELAND);
      assertThat(monthly(weekly, "DisruptZone")).isEqualByComparingTo("38.00");
    }

    @Test
    void anSloIsListedAsNotEstimatedWithTheReason() {
      assertThat(estimate(CostEstimator.defaults(), app, IRELAND).notEstimatedOf("dev")).singleElement()
          .satisfies(n -> {
            assertThat(n.resourceType()).isEqualTo("AWS::ApplicationSignals::ServiceLevelObjective");
            assertThat(n.reason()).contains("Application Signals");
          });
    }
  }

  /** Every documented default (docs/cost-and-diagrams.md); a new assumption needs its line here. */
  @Test
  void assumptionDefaultsArePinned() {
    String json = CostJson.render(estimate(CostEstimator.defaults(), APP, IRELAND));
    String assumptions = json.substring(json.indexOf("\"assumptions\""), json.indexOf("},", json.indexOf("\"assumptions\"")));
    assertThat(assumptions.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).toList()).containsExactly(
        "\"appConfigRequestsMillionsPerProfile\" : 0.1,", "\"backupStorageGbPerVault\" : 20.0,",
        "\"buildMinutesPerMonth\" : 200.0,", "\"configItemsPerMonth\" : 1000.0,",
        "\"configRuleEvaluationsPerMonth\" : 1000.0,", "\"databaseBackupGbBeyondFree\" : 10.0,",
        "\"databaseStorageGb\" : 20.0,", "\"dynamoDbReadRequestsMillionsPerTable\" : 1.0,",
        "\"dynamoDbStorageGbPerTable\" : 1.0,", "\"dynamoDbWriteRequestsMillionsPerTable\" : 1.0,",
        "\"ecrStorageGbPerRepository\" : 2.0,", "\"eventBridgeCustomEventsMillionsPerRule\" : 0.0,",
        "\"faultExperimentRunsPerMonth\" : 1.0,",
        "\"guardDutyEventsMillionsPerDetector\" : 1.0,", "\"guardDutyLogGbPerDetector\" : 1.0,",
        "\"hoursPerMonth\" : 730,", "\"imagesScannedPerMonth\" : 10.0,", "\"interfaceEndpointGbPerMonth\" : 1.0,",
        "\"lambdaAverageDurationMs\" : 200.0,", "\"lambdaInvocationsMillionsPerFunction\" : 0.1,",
        "\"loadBalancerCapacityUnits\" : 1.0,", "\"logIngestionGbPerLogGroup\" : 1.0,",
        "\"natGatewayGbPerMonth\" : 100.0,", "\"pipelineActionMinutesPerMonth\" : 100.0,",
        "\"s3GetRequestsThousandsPerBucket\" : 100.0,", "\"s3PutRequestsThousandsPerBucket\" : 10.0,",
        "\"s3StorageGbPerBucket\" : 10.0,", "\"snsRequestsMillionsPerTopic\" : 1.0,",
        "\"sqsRequestsMillionsPerQueue\" : 1.0,", "\"stepFunctionsTransitionsThousandsPerStateMachine\" : 10.0,",
        "\"trailDataEventsMillionsPerMonth\" : 1.0,", "\"wafRequestsMillionsPerMonth\" : 1.0");
  }

  @Nested
  class Output {
    final CostEstimate estimate = estimate(CostEstimator.defaults(), APP, IRELAND);

    @Test
    void consoleTableListsTotalsByStackAndTheLargestConstructsFirst() {
      String table = CostTable.render(estimate);
      assertThat(table).contains("dev (eu-west-1)", "286.62", "by stack: shop-dev-all 286.62");
      List<String> constructs = table.lines().filter(l -> l.startsWith("  ") && !l.startsWith("  by stack")).toList();
      ConstructCost largest = estimate.byConstruct("dev").get(0);
      assertThat(constructs.get(0)).startsWith("  " + largest.construct()).contains(String.format("%,.2f", largest.monthly()));
      assertThat(constructs).hasSizeLessThanOrEqualTo(CostTable.CONSTRUCTS_SHOWN + 1);
      assertThat(table.lines().filter(l -> l.startsWith("total"))).singleElement().asString().contains("286.62");
    }

    @Test
    void consoleTableKeepsEveryAmountInOneColumnPastALongConstructName() {
      String longName = "cross-region-stack-444444444444:eu-central-1";
      CostEstimate withLongName = estimate(CostEstimator.defaults(), app("s", "dev",
          "{\"Resources\": {\"K\": {\"Type\": \"AWS::KMS::Key\", \"Metadata\": {\"aws:cdk:path\": \"dev/s/"
              + longName + "/Default/Key/Resource\"}}, \"Q\": {\"Type\": \"AWS::SQS::Queue\", \"Metadata\": "
              + "{\"aws:cdk:path\": \"dev/s/Jobs/Queue/Resource\"}}}}"), IRELAND);
      List<String> amounts = CostTable.render(withLongName).lines()
          .filter(l -> !l.startsWith("cost estimate") && !l.startsWith("  by stack")).toList();
      assertThat(amounts).anyMatch(l -> l.contains(longName)).hasSizeGreaterThan(3);
      // Where each line's amount ends: the column the header's total ends in.
      assertThat(amounts).extracting(l -> l.replaceAll("^(.*?\\d\\.\\d\\d).*$", "$1").length()).containsOnly(
          amounts.get(0).replaceAll("^(.*?\\d\\.\\d\\d).*$", "$1").length());
    }

    @Test
    void consoleTableListsWhatIsNotEstimatedWithItsCount() {
      CostEstimate unknown = estimate(CostEstimator.defaults(), app("s", "dev",
          "{\"Resources\": {\"A\": {\"Type\": \"AWS::Foo::Bar\"}}}"), IRELAND);
      assertThat(CostTable.render(unknown)).contains("AWS::Foo::Bar", "not estimated  × 1");
    }

    @Test
    void jsonHoldsTablePerEnvironmentAndAssumptions() {
      String json = CostJson.render(estimate);
      assertThat(json).contains("\"version\" : \"2026-11-01\"", "\"total\" : 286.62",
          "\"hoursPerMonth\" : 730", "\"natGatewayGbPerMonth\" : 100.0", "\"type\" : \"AWS::S3::Bucket\"",
          "\"byConstruct\" : [", "\"pricesUsed\" : [", "\"source\" : \"https://aws.amazon.com/vpc/pricing/\"");
    }
  }
}

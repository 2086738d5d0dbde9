package dev.groundwork.cost;

import static dev.groundwork.cost.CostEstimatorTest.app;
import static dev.groundwork.cost.CostEstimatorTest.estimate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.assembly.SynthesizedApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restore tests priced on their selections, from the plan's schedule and the sources' assumed sizes. */
class RestoreTestPricerTest {
  static final Map<String, String> IRELAND = Map.of("dev", "eu-west-1");
  /** A daily plan and a twice-weekly one; an Aurora selection of the first, an S3 one of the second. */
  static final SynthesizedApp APP = app("shop-dev-data", "dev", """
      {"Resources": {
        "Daily": {"Type": "AWS::Backup::RestoreTestingPlan", "Properties": {
          "RestoreTestingPlanName": "shop_dev_restore_tests", "ScheduleExpression": "cron(0 5 ? * * *)"}},
        "Weekdays": {"Type": "AWS::Backup::RestoreTestingPlan", "Properties": {
          "RestoreTestingPlanName": "shop_dev_more_tests", "ScheduleExpression": "cron(0 5 ? * MON,THU *)"}},
        "Database": {"Type": "AWS::Backup::RestoreTestingSelection", "Properties": {
          "RestoreTestingPlanName": "shop_dev_restore_tests", "ProtectedResourceType": "Aurora",
          "ProtectedResourceArns": [{"Fn::GetAtt": ["Cluster", "Arn"]}], "ValidationWindowHours": 1}},
        "Documents": {"Type": "AWS::Backup::RestoreTestingSelection", "Properties": {
          "RestoreTestingPlanName": {"Ref": "Weekdays"}, "ProtectedResourceType": "S3",
          "ProtectedResourceArns": ["arn:aws:s3:::a", "arn:aws:s3:::b"], "ValidationWindowHours": 1}}}}
      """);

  static CostLine line(CostEstimate estimate, String logicalId) {
    return estimate.lines().stream().filter(l -> l.logicalId().equals(logicalId)).findFirst().orElseThrow();
  }

  @Test
  void aRestoredClusterIsBilledForItsStorageWhileKeptOncePerRun() {
    CostLine database = line(estimate(CostEstimator.defaults(), APP, IRELAND), "Database");
    // 30.42 runs × 20 GB × 1 h / 730 h = 0.83 GB-month × 0.11
    assertThat(database.monthly()).isEqualByComparingTo("0.09");
    assertThat(database.assumptions()).containsExactly("databaseStorageGb");
    assertThat(database.priceKeys()).containsExactly("rds.aurora.storage.gb-month");
    assertThat(database.basis()).startsWith("0.8333 GB-month restored clusters × 0.11 (assumed: databaseStorageGb)")
        .contains("30.42 restores a month (30.42 runs of cron(0 5 ? * * *) × 1), each copy kept 1 h")
        .contains("AWS Backup's charge per restore test is not in the price table");
  }

  @Test
  void aRestoredBucketIsBilledForADayOfStorageForEachBucketOnEachRun() {
    CostLine documents = line(estimate(CostEstimator.defaults(), APP, IRELAND), "Documents");
    // 8.69 runs × 2 buckets × 10 GB × 24 h / 730 h = 5.71 GB-month × 0.023
    assertThat(documents.monthly()).isEqualByComparingTo("0.13");
    assertThat(documents.assumptions()).containsExactly("s3StorageGbPerBucket");
    assertThat(documents.basis()).contains("17.38 restores a month (8.69 runs of cron(0 5 ? * MON,THU *) × 2)")
        .contains("each copy kept 24 h").contains("S3 restore charge per GB is not in the price table");
  }

  @Test
  void awsBackupsOwnChargesAreAddedFromATableThatHasThem(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("prices.json"), """
        {"version": "acme", "date": "2026-12-01", "currency": "USD", "source": "Acme's negotiated prices",
         "regions": {"eu-west-1": {"backup.restore-test.run": 1.0, "backup.s3-restore.gb": 0.01}}}
        """);
    CostEstimate estimate = estimate(CostEstimator.of(PriceTable.bundled().overriddenBy(PriceTable.read(file)),
        CostAssumptions.defaults()), APP, IRELAND);
    // 0.09 + 30.42 tests × 1.00
    assertThat(line(estimate, "Database").monthly()).isEqualByComparingTo("30.51");
    // 0.13 + 17.38 × 10 GB × 0.01 + 17.38 tests × 1.00
    assertThat(line(estimate, "Documents").monthly()).isEqualByComparingTo("19.25");
    assertThat(line(estimate, "Documents").priceKeys()).containsExactly("s3.standard.storage.gb-month",
        RestoreTestPricer.S3_RESTORE, RestoreTestPricer.PER_TEST);
    assertThat(line(estimate, "Documents").basis()).doesNotContain("not in the price table");
  }

  @Test
  void aSelectionInAnotherStackThanItsPlanIsPricedFromTheScheduleItsMetadataRepeats() {
    CostEstimate estimate = estimate(CostEstimator.defaults(), app("shop-dev-audit", "dev", """
        {"Resources": {"AuditLogs": {"Type": "AWS::Backup::RestoreTestingSelection",
          "Metadata": {"groundwork:restore-test-schedule": "cron(0 5 ? * * *)"},
          "Properties": {"RestoreTestingPlanName": "shop_dev_restore_tests", "ProtectedResourceType": "S3",
            "ProtectedResourceArns": ["arn:aws:s3:::audit"]}}}}
        """), IRELAND);
    // 30.42 runs × 10 GB × 24 h / 730 h = 10.0 GB-month × 0.023
    assertThat(line(estimate, "AuditLogs").monthly()).isEqualByComparingTo("0.23");
    assertThat(line(estimate, "AuditLogs").basis()).contains("30.42 runs of cron(0 5 ? * * *) × 1");
  }

  @Test
  void aSelectionWhosePlanIsElsewhereOrWhoseResourcesAreUnnamedIsNotEstimatedAndSaysWhy() {
    CostEstimate estimate = estimate(CostEstimator.defaults(), app("s", "dev", """
        {"Resources": {
          "Elsewhere": {"Type": "AWS::Backup::RestoreTestingSelection", "Properties": {
            "RestoreTestingPlanName": "other_plan", "ProtectedResourceType": "S3", "ProtectedResourceArns": ["arn:aws:s3:::a"]}},
          "Tagged": {"Type": "AWS::Backup::RestoreTestingSelection", "Properties": {
            "RestoreTestingPlanName": "other_plan", "ProtectedResourceType": "S3", "ProtectedResourceArns": ["*"]}}}}
        """), IRELAND);
    assertThat(estimate.lines()).isEmpty();
    assertThat(estimate.notEstimated()).extracting(NotEstimated::reason).containsExactlyInAnyOrder(
        "its restore testing plan is not in its template, so how often it runs is unknown",
        "the selection names its resources by condition, so how many it restores is unknown");
  }

  @Test
  void runsAMonthAreReadFromDailyWeekdayAndMonthlyCronExpressionsOnly() {
    assertThat(RestoreTestPricer.runsPerMonth("cron(0 5 ? * * *)").getAsDouble()).isCloseTo(30.42, within());
    assertThat(RestoreTestPricer.runsPerMonth("cron(30 22 * * ? *)").getAsDouble()).isCloseTo(30.42, within());
    assertThat(RestoreTestPricer.runsPerMonth("cron(0 5 ? * MON,WED,FRI *)").getAsDouble()).isCloseTo(13.04, within());
    assertThat(RestoreTestPricer.runsPerMonth("cron(0 4 1 * ? *)").getAsDouble()).isEqualTo(1);
    assertThat(RestoreTestPricer.runsPerMonth("cron(0 0/6 ? * * *)")).isEqualTo(OptionalDouble.empty());
    assertThat(RestoreTestPricer.runsPerMonth("rate(1 day)")).isEqualTo(OptionalDouble.empty());
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.01);
  }
}

package dev.groundwork.constructs.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.core.AccountId;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Region;
import dev.groundwork.core.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins every resolved default of the observability constructs per tier (Airlift style): a new
 * threshold changes a settings record, so this test stops compiling or fails until its default
 * is written down here (and in docs/constructs/observability.md).
 */
class ObservabilityDefaultsTest {
  static final String RUNBOOK = "https://runbooks.example.com/x";
  static final List<String> PUBLISHERS =
      List.of("cloudwatch.amazonaws.com", "events.amazonaws.com", "budgets.amazonaws.com");

  static PlatformContext context(Tier tier) {
    return new PlatformContext("app", "env", tier, AccountId.of("123456789012"), Region.of("eu-west-1"));
  }

  @Test
  void alertTopicPagesOnlyInProd() {
    assertThat(AlertTopicDefaults.resolve(AlertTopicProps.defaults(), context(Tier.DEV)))
        .isEqualTo(new AlertTopicSettings(false, PUBLISHERS, true, true));
    assertThat(AlertTopicDefaults.resolve(AlertTopicProps.defaults(), context(Tier.STAGING)))
        .isEqualTo(new AlertTopicSettings(false, PUBLISHERS, true, true));
    assertThat(AlertTopicDefaults.resolve(AlertTopicProps.defaults(), context(Tier.PROD)))
        .isEqualTo(new AlertTopicSettings(true, PUBLISHERS, true, true));
    assertThat(AlertTopicDefaults.resolve(AlertTopicProps.builder().paging(true).build(), context(Tier.DEV)).paging())
        .isTrue();
  }

  @Test
  void webServiceThresholdsByTier() {
    WebServiceWatchOptions options = WebServiceWatchOptions.builder().runbookUrl(RUNBOOK).build();
    assertThat(WebServiceWatcherDefaults.resolve(options, context(Tier.DEV))).isEqualTo(new WebServiceWatcherSettings(
        new TaskWatchSettings(90, 90, 50, AlarmWindow.of(5, 5)), 5, 5, 99, 3000, 99, 99));
    assertThat(WebServiceWatcherDefaults.resolve(options, context(Tier.STAGING))).isEqualTo(new WebServiceWatcherSettings(
        new TaskWatchSettings(85, 85, 20, AlarmWindow.of(3, 5)), 2, 2, 99, 2000, 99.5, 99));
    assertThat(WebServiceWatcherDefaults.resolve(options, context(Tier.PROD))).isEqualTo(new WebServiceWatcherSettings(
        new TaskWatchSettings(80, 80, 10, AlarmWindow.of(2, 3)), 1, 1, 99, 1000, 99.9, 99.5));
  }

  @Test
  void burnRatesFollowFromTheShareOfTheBudgetEachWindowMaySpend() {
    assertThat(BurnRateAlert.ALERTS).extracting(BurnRateAlert::burnRate).containsExactly(14.4, 6.0, 1.0);
    assertThat(BurnRateAlert.ALERTS).extracting(BurnRateAlert::pages).containsExactly(true, true, false);
    assertThat(BurnRateAlert.ALERTS).allSatisfy(a -> assertThat(a.shortWindowMinutes() * 12).isEqualTo(a.longWindowMinutes()));
    assertThat(BurnRateAlert.windows()).containsExactly(5, 30, 60, 360, 4320);
    assertThat(ServiceLevelObjectives.budgetPercent(99.9)).isEqualTo("0.1");
    assertThat(ServiceLevelObjectives.budgetPercent(99)).isEqualTo("1");
  }

  @Test
  void sloOverridesWin() {
    WebServiceWatchOptions options = WebServiceWatchOptions.builder().runbookUrl(RUNBOOK)
        .availabilityObjectivePercent(99.95).latencyObjectivePercent(98.0).build();
    WebServiceWatcherSettings prod = WebServiceWatcherDefaults.resolve(options, context(Tier.PROD));
    assertThat(prod.availabilityObjectivePercent()).isEqualTo(99.95);
    assertThat(prod.latencyObjectivePercent()).isEqualTo(98.0);
  }

  @Test
  void queueWorkerThresholdsByTier() {
    QueueWorkerWatchOptions options = QueueWorkerWatchOptions.builder().runbookUrl(RUNBOOK).build();
    assertThat(QueueWorkerWatcherDefaults.resolve(options, context(Tier.DEV))).isEqualTo(new QueueWorkerWatcherSettings(
        new TaskWatchSettings(90, 90, 50, AlarmWindow.of(5, 5)), 3600, 1000));
    assertThat(QueueWorkerWatcherDefaults.resolve(options, context(Tier.STAGING))).isEqualTo(new QueueWorkerWatcherSettings(
        new TaskWatchSettings(85, 85, 20, AlarmWindow.of(3, 5)), 1800, 500));
    assertThat(QueueWorkerWatcherDefaults.resolve(options, context(Tier.PROD))).isEqualTo(new QueueWorkerWatcherSettings(
        new TaskWatchSettings(80, 80, 10, AlarmWindow.of(2, 3)), 600, 250));
  }

  @Test
  void databaseThresholdsByTier() {
    DatabaseWatchOptions options = DatabaseWatchOptions.builder().runbookUrl(RUNBOOK).maxConnections(1000).build();
    assertThat(DatabaseWatcherDefaults.resolve(options, context(Tier.DEV))).isEqualTo(new DatabaseWatcherSettings(
        900, 90, 128, 2, 5000, 1, true, AlarmWindow.of(5, 5)));
    assertThat(DatabaseWatcherDefaults.resolve(options, context(Tier.STAGING))).isEqualTo(new DatabaseWatcherSettings(
        850, 85, 256, 5, 2000, 1, true, AlarmWindow.of(3, 5)));
    assertThat(DatabaseWatcherDefaults.resolve(options, context(Tier.PROD))).isEqualTo(new DatabaseWatcherSettings(
        800, 80, 512, 10, 1000, 1, true, AlarmWindow.of(2, 3)));
  }

  @Test
  void kubernetesClusterThresholdsByTier() {
    KubernetesClusterWatchOptions options = KubernetesClusterWatchOptions.of(RUNBOOK);
    assertThat(KubernetesClusterWatcherDefaults.resolve(options, context(Tier.DEV))).isEqualTo(
        new KubernetesClusterWatcherSettings(90, 90, 10, AlarmWindow.of(3, 3), AlarmWindow.of(2, 3), AlarmWindow.of(2, 2)));
    assertThat(KubernetesClusterWatcherDefaults.resolve(options, context(Tier.STAGING))).isEqualTo(
        new KubernetesClusterWatcherSettings(80, 80, 5, AlarmWindow.of(3, 3), AlarmWindow.of(2, 3), AlarmWindow.of(2, 2)));
    assertThat(KubernetesClusterWatcherDefaults.resolve(options, context(Tier.PROD))).isEqualTo(
        new KubernetesClusterWatcherSettings(80, 80, 5, AlarmWindow.of(3, 3), AlarmWindow.of(2, 3), AlarmWindow.of(2, 2)));
    assertThat(KubernetesClusterWatcherDefaults.resolve(KubernetesClusterWatchOptions.builder().runbookUrl(RUNBOOK)
        .nodeCpuPercent(70.0).containerRestarts(3.0).build(), context(Tier.PROD)))
        .extracting(KubernetesClusterWatcherSettings::nodeCpuPercent, KubernetesClusterWatcherSettings::containerRestarts)
        .containsExactly(70.0, 3.0);
  }

  @Test
  void overridesWinOverTheTier() {
    WebServiceWatchOptions options = WebServiceWatchOptions.builder().runbookUrl(RUNBOOK)
        .latencyPercentile(99.9).latencyMillis(250.0).window(AlarmWindow.of(1, 1)).cpuPercent(70.0).build();
    WebServiceWatcherSettings prod = WebServiceWatcherDefaults.resolve(options, context(Tier.PROD));
    assertThat(prod.latencyPercentile()).isEqualTo(99.9);
    assertThat(prod.latencyMillis()).isEqualTo(250);
    assertThat(prod.task().window()).isEqualTo(AlarmWindow.of(1, 1));
    assertThat(prod.task().cpuPercent()).isEqualTo(70);
  }
}

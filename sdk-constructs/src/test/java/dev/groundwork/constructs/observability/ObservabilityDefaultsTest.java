package dev.groundwork.constructs.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.core.Tier;
import org.junit.jupiter.api.Test;

/**
 * Pins every resolved default of the observability constructs per tier (Airlift style): a new
 * threshold changes a settings record, so this test stops compiling or fails until its default
 * is written down here (and in docs/observability.md).
 */
class ObservabilityDefaultsTest {
  static final String RUNBOOK = "https://runbooks.example.com/x";

  @Test
  void alertTopicPagesOnlyInProd() {
    assertThat(AlertTopicDefaults.resolve(AlertTopicProps.defaults(), Tier.DEV))
        .isEqualTo(new AlertTopicDefaults.Settings(false));
    assertThat(AlertTopicDefaults.resolve(AlertTopicProps.defaults(), Tier.STAGING))
        .isEqualTo(new AlertTopicDefaults.Settings(false));
    assertThat(AlertTopicDefaults.resolve(AlertTopicProps.defaults(), Tier.PROD))
        .isEqualTo(new AlertTopicDefaults.Settings(true));
    assertThat(AlertTopicDefaults.resolve(AlertTopicProps.builder().paging(true).build(), Tier.DEV).paging()).isTrue();
  }

  @Test
  void webServiceThresholdsByTier() {
    WebServiceWatchOptions options = WebServiceWatchOptions.builder().runbookUrl(RUNBOOK).build();
    assertThat(WebServiceWatcherDefaults.resolve(options, Tier.DEV)).isEqualTo(new WebServiceWatcherDefaults.Thresholds(
        new TaskWatchDefaults.Thresholds(90, 90, 50, AlarmWindow.of(5, 5)), 5, 5, 99, 3000));
    assertThat(WebServiceWatcherDefaults.resolve(options, Tier.STAGING)).isEqualTo(new WebServiceWatcherDefaults.Thresholds(
        new TaskWatchDefaults.Thresholds(85, 85, 20, AlarmWindow.of(3, 5)), 2, 2, 99, 2000));
    assertThat(WebServiceWatcherDefaults.resolve(options, Tier.PROD)).isEqualTo(new WebServiceWatcherDefaults.Thresholds(
        new TaskWatchDefaults.Thresholds(80, 80, 10, AlarmWindow.of(2, 3)), 1, 1, 99, 1000));
  }

  @Test
  void queueWorkerThresholdsByTier() {
    QueueWorkerWatchOptions options = QueueWorkerWatchOptions.builder().runbookUrl(RUNBOOK).build();
    assertThat(QueueWorkerWatcherDefaults.resolve(options, Tier.DEV)).isEqualTo(new QueueWorkerWatcherDefaults.Thresholds(
        new TaskWatchDefaults.Thresholds(90, 90, 50, AlarmWindow.of(5, 5)), 3600, 1000));
    assertThat(QueueWorkerWatcherDefaults.resolve(options, Tier.STAGING)).isEqualTo(new QueueWorkerWatcherDefaults.Thresholds(
        new TaskWatchDefaults.Thresholds(85, 85, 20, AlarmWindow.of(3, 5)), 1800, 500));
    assertThat(QueueWorkerWatcherDefaults.resolve(options, Tier.PROD)).isEqualTo(new QueueWorkerWatcherDefaults.Thresholds(
        new TaskWatchDefaults.Thresholds(80, 80, 10, AlarmWindow.of(2, 3)), 600, 250));
  }

  @Test
  void databaseThresholdsByTier() {
    DatabaseWatchOptions options = DatabaseWatchOptions.builder().runbookUrl(RUNBOOK).maxConnections(1000).build();
    assertThat(DatabaseWatcherDefaults.resolve(options, Tier.DEV)).isEqualTo(new DatabaseWatcherDefaults.Thresholds(
        900, 90, 128, 2, 5000, 1, true, AlarmWindow.of(5, 5)));
    assertThat(DatabaseWatcherDefaults.resolve(options, Tier.STAGING)).isEqualTo(new DatabaseWatcherDefaults.Thresholds(
        850, 85, 256, 5, 2000, 1, true, AlarmWindow.of(3, 5)));
    assertThat(DatabaseWatcherDefaults.resolve(options, Tier.PROD)).isEqualTo(new DatabaseWatcherDefaults.Thresholds(
        800, 80, 512, 10, 1000, 1, true, AlarmWindow.of(2, 3)));
  }

  @Test
  void overridesWinOverTheTier() {
    WebServiceWatchOptions options = WebServiceWatchOptions.builder().runbookUrl(RUNBOOK)
        .latencyPercentile(99.9).latencyMillis(250.0).window(AlarmWindow.of(1, 1)).cpuPercent(70.0).build();
    WebServiceWatcherDefaults.Thresholds prod = WebServiceWatcherDefaults.resolve(options, Tier.PROD);
    assertThat(prod.latencyPercentile()).isEqualTo(99.9);
    assertThat(prod.latencyMillis()).isEqualTo(250);
    assertThat(prod.task().window()).isEqualTo(AlarmWindow.of(1, 1));
    assertThat(prod.task().cpuPercent()).isEqualTo(70);
  }
}

package dev.groundwork.constructs.kubernetes;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.constructs.observability.AlertTopic;
import dev.groundwork.constructs.observability.AlertTopicProps;
import dev.groundwork.constructs.observability.Monitoring;
import dev.groundwork.constructs.observability.MonitoringProps;
import dev.groundwork.constructs.observability.Subscriber;
import dev.groundwork.constructs.observability.WatchedAlarm;
import dev.groundwork.constructs.observability.Watcher;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.testing.SynthesisExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.sns.Topic;

class KubernetesClusterWatcherTest {
  private static final String PROD = "test-prod-kubernetes";
  private static final String DEV = "test-dev-kubernetes";
  private static final String STAGING = "test-staging-kubernetes";
  private static final String RUNBOOK = "https://runbooks.example.com/kubernetes";
  private static String clusterLogicalId;
  private static final String ALARM = "AWS::CloudWatch::Alarm";
  private static int alarmCount;

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    for (String env : List.of("dev", "prod")) {
      Stack stack = app.environment(env).addStack("kubernetes");
      KubernetesCluster cluster = new KubernetesCluster(stack, "Cluster",
          KubernetesClusterProps.of(TestNetworks.importedVpc(stack), KubernetesVersion.V1_33));
      KubernetesClusterWatcherProps.Builder props = KubernetesClusterWatcherProps.builder().cluster(cluster);
      if (env.equals("prod")) {
        props.alarmTopic(new Topic(stack, "Alerts"));
      }
      alarmCount = new KubernetesClusterWatcher(stack, "Watcher", props.build()).alarms().size();
    }
    Stack staging = app.environment("staging").addStack("kubernetes");
    KubernetesCluster cluster = new KubernetesCluster(staging, "Cluster",
        KubernetesClusterProps.of(TestNetworks.importedVpc(staging), KubernetesVersion.V1_33));
    KubernetesClusterWatcher watcher = new KubernetesClusterWatcher(staging, "Watcher",
        KubernetesClusterWatcherProps.builder().cluster(cluster).build());
    Monitoring monitoring = new Monitoring(staging, "Monitoring", MonitoringProps.builder()
        .alerts(new AlertTopic(staging, "Alerts", AlertTopicProps.builder()
            .addSubscribers(Subscriber.email("oncall@example.com", Subscriber.Route.NOTIFY))
            .addSubscribers(Subscriber.webhook("https://events.pagerduty.com/integration/k8s/enqueue",
                Subscriber.Route.PAGE))
            .build()))
        .overviewName("test-staging-platform-overview")
        .build());
    assertThatThrownBy(() -> monitoring.addWatcher("Bad", watcher, "http://runbooks.example.com"))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("ALARM_RUNBOOK_URL"))
        .hasMessageContaining("runbookUrl");
    assertThatThrownBy(() -> monitoring.addWatcher("Quiet", new Watcher() {
      @Override
      public List<WatchedAlarm> watchedAlarms() {
        return watcher.watchedAlarms().stream().filter(a -> !a.pages()).toList();
      }

      @Override
      public List<CfnResource> watchedResources() {
        return watcher.watchedResources();
      }
    }, RUNBOOK))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("WATCHER_NOTHING_PAGES"))
        .hasMessageContaining("watcher");
    Stack elsewhere = app.environment("staging").addStack("elsewhere");
    Monitoring other = new Monitoring(elsewhere, "Monitoring", MonitoringProps.builder()
        .alerts(new AlertTopic(elsewhere, "Alerts", AlertTopicProps.builder()
            .addSubscribers(Subscriber.email("oncall@example.com", Subscriber.Route.NOTIFY)).build()))
        .overviewName("test-staging-elsewhere-overview")
        .build());
    assertThatThrownBy(() -> other.addWatcher("Cluster", watcher, RUNBOOK))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("WATCHER_OTHER_STACK"))
        .hasMessageContaining("staging/kubernetes/Cluster/Cluster");
    monitoring.addWatcher("Cluster", watcher, RUNBOOK);
    clusterLogicalId = staging.getLogicalId(watcher.watchedResources().get(0));
    return app;
  });

  @Test
  void watchesNodesPodsAndFailuresOnContainerInsightsMetrics(SynthesizedApp app) {
    assertThat(alarmCount).isEqualTo(4);
    assertThat(app).stack(PROD).resourcesOfType(ALARM).hasSize(4)
        .allHaveProperty("Namespace", "ContainerInsights")
        .allHaveProperty("Dimensions", List.of(Map.of("Name", "ClusterName", "Value", "test-prod-kubernetes-Cluster")))
        .allHaveProperty("TreatMissingData", "notBreaching")
        .allHaveProperty("Period", 300);
    assertThat(app).stack(PROD).resource("prod/kubernetes/Watcher/NodeCpu/Resource")
        .hasProperty("MetricName", "node_cpu_utilization").hasProperty("Threshold", 80);
    assertThat(app).stack(PROD).resource("prod/kubernetes/Watcher/NodeMemory/Resource")
        .hasProperty("MetricName", "node_memory_utilization").hasProperty("Threshold", 80);
    assertThat(app).stack(PROD).resource("prod/kubernetes/Watcher/PodRestarts/Resource")
        .hasProperty("MetricName", "pod_number_of_container_restarts").hasProperty("Statistic", "Sum");
    assertThat(app).stack(PROD).resource("prod/kubernetes/Watcher/FailedNodes/Resource")
        .hasProperty("MetricName", "cluster_failed_node_count")
        .hasProperty("ComparisonOperator", "GreaterThanThreshold").hasProperty("Threshold", 0);
  }

  @Test
  void monitoringJoinsTheSymptomAlarmsToOnePagingCompositeThatWatchesTheCluster(SynthesizedApp app) {
    assertThat(app).stack(STAGING).resourcesOfType("AWS::CloudWatch::CompositeAlarm").singleResource()
        .hasPropertySatisfying("AlarmRule", rule -> assertThat(rule.toString())
            .contains("WatcherPodRestarts", "WatcherFailedNodes").doesNotContain("WatcherNodeCpu", "WatcherNodeMemory"))
        // STAGING does not page by tier: the composite goes where pages go there, the notification topic.
        .referencesAt("AlarmActions[0]", "staging/kubernetes/Alerts/Notifications")
        .satisfies(composite -> assertThat(composite.metadata().path("groundwork:watches").toString())
            .isEqualTo("[\"" + clusterLogicalId + "\"]"));
    assertThat(app).stack(STAGING).resourcesOfType(ALARM).hasSize(4)
        .allSatisfy(alarm -> alarm.referencesAt("AlarmActions[0]", "staging/kubernetes/Alerts/Notifications")
            .hasPropertySatisfying("AlarmDescription", d -> assertThat(d.toString())
                .contains(". First check: ", "Runbook: " + RUNBOOK)));
    assertThat(app).stack(STAGING).resourcesOfType("AWS::CloudWatch::Dashboard").singleResource()
        .hasProperty("DashboardName", "test-staging-platform-overview");
  }

  @Test
  void theBaselineReportsTheClustersNoCompositeWatches(PolicyReport report) {
    assertThat(report.findings()).filteredOn(f -> f.ruleId().value().equals("GW_MONITORING_SERVICE_WATCHED"))
        .extracting(Finding::stack, Finding::logicalId)
        .containsExactlyInAnyOrder(tuple(DEV, clusterLogicalId), tuple(PROD, clusterLogicalId));
  }

  @Test
  void notifiesTheTopicWhenGivenOne(SynthesizedApp app) {
    assertThat(app).stack(PROD).resourcesOfType(ALARM)
        .allSatisfy(alarm -> alarm.referencesAt("AlarmActions[0]", "prod/kubernetes/Alerts"));
    assertThat(app).stack(DEV).resourcesOfType(ALARM).allSatisfy(alarm -> alarm.doesNotHaveProperty("AlarmActions"));
  }
}

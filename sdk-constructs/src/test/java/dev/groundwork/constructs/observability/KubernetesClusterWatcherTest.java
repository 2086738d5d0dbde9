package dev.groundwork.constructs.observability;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.constructs.kubernetes.KubernetesCluster;
import dev.groundwork.constructs.kubernetes.KubernetesClusterProps;
import dev.groundwork.constructs.kubernetes.KubernetesVersion;
import dev.groundwork.constructs.network.Cidr;
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
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;

/**
 * {@link Monitoring#addKubernetesCluster}: the cluster's alarms on Container Insights metrics,
 * their paging composite and the overview's row. A watched cluster in PROD (its own stack) and in
 * STAGING; an unwatched one in DEV and PROD, which the baseline reports.
 */
class KubernetesClusterWatcherTest {
  private static final String PROD_WATCHED = "test-prod-watched";
  private static final String PROD = "test-prod-kubernetes";
  private static final String DEV = "test-dev-kubernetes";
  private static final String STAGING = "test-staging-kubernetes";
  private static final String RUNBOOK = "https://runbooks.example.com/kubernetes";
  private static String clusterLogicalId;
  private static final String ALARM = "AWS::CloudWatch::Alarm";
  private static long alarmCount;

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    for (String env : List.of("dev", "prod")) {
      cluster(app.environment(env).addStack("kubernetes"));
    }
    Stack prod = app.environment("prod").addStack("watched");
    Monitoring prodMonitoring = new Monitoring(prod, "Monitoring",
        MonitoringProps.of(new AlertTopic(prod, "Alerts", AlertTopicProps.defaults())));
    prodMonitoring.addKubernetesCluster(cluster(prod), KubernetesClusterWatchOptions.of(RUNBOOK));
    alarmCount = prodMonitoring.getNode().findChild("Cluster").getNode().findAll().stream()
        .filter(Alarm.class::isInstance).count();

    Stack staging = app.environment("staging").addStack("kubernetes");
    KubernetesCluster cluster = cluster(staging);
    Monitoring monitoring = new Monitoring(staging, "Monitoring", MonitoringProps.builder()
        .alerts(new AlertTopic(staging, "Alerts", AlertTopicProps.builder()
            .addSubscribers(Subscriber.email("oncall@example.com", Subscriber.Route.NOTIFY))
            .addSubscribers(Subscriber.webhook("https://events.pagerduty.com/integration/k8s/enqueue",
                Subscriber.Route.PAGE))
            .build()))
        .overviewName("test-staging-platform-overview")
        .build());
    assertThatThrownBy(() -> KubernetesClusterWatchOptions.of("http://runbooks.example.com"))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("ALARM_RUNBOOK_URL"))
        .hasMessageContaining("runbookUrl");
    Alarm quiet = Alarm.Builder.create(staging, "Quiet")
        .metric(Metric.Builder.create().namespace("ContainerInsights").metricName("node_cpu_utilization").build())
        .threshold(80).evaluationPeriods(1).build();
    assertThatThrownBy(() -> monitoring.addWatcher("Quiet", new Watcher() {
      @Override
      public List<WatchedAlarm> watchedAlarms() {
        return List.of(new WatchedAlarm(quiet, "Nodes busy", "Pods per node", false));
      }

      @Override
      public List<CfnResource> watchedResources() {
        return List.of(KubernetesClusterWatcher.resourceOf(cluster));
      }
    }, RUNBOOK))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("WATCHER_NOTHING_PAGES"))
        .hasMessageContaining("watcher");
    staging.getNode().tryRemoveChild("Quiet");
    Stack elsewhere = app.environment("staging").addStack("elsewhere");
    Monitoring other = new Monitoring(elsewhere, "Monitoring", MonitoringProps.builder()
        .alerts(new AlertTopic(elsewhere, "Alerts", AlertTopicProps.builder()
            .addSubscribers(Subscriber.email("oncall@example.com", Subscriber.Route.NOTIFY)).build()))
        .overviewName("test-staging-elsewhere-overview")
        .build());
    assertThatThrownBy(() -> other.addKubernetesCluster(cluster, KubernetesClusterWatchOptions.of(RUNBOOK)))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("WATCHER_OTHER_STACK"))
        .hasMessageContaining("staging/kubernetes/Cluster/Cluster");
    monitoring.addKubernetesCluster(cluster, KubernetesClusterWatchOptions.of(RUNBOOK));
    clusterLogicalId = staging.getLogicalId(KubernetesClusterWatcher.resourceOf(cluster));
    return app;
  });

  private static KubernetesCluster cluster(Stack stack) {
    // Outside DEV a cluster needs an admin and a way for admins to reach its endpoint.
    return new KubernetesCluster(stack, "Cluster", KubernetesClusterProps.builder()
        .vpc(importedVpc(stack))
        .version(KubernetesVersion.V1_33)
        .addAdminRoleArns("arn:aws:iam::123456789012:role/platform-admin")
        .addAdminNetworks(Cidr.of("172.16.0.0/16"))
        .build());
  }

  /** An imported network, so these tests are about the alarms alone. */
  private static IVpc importedVpc(Stack stack) {
    return Vpc.fromVpcAttributes(stack, "Vpc", VpcAttributes.builder()
        .vpcId("vpc-0123456789abcdef0")
        .availabilityZones(List.of("eu-west-1a", "eu-west-1b"))
        .privateSubnetIds(List.of("subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"))
        .build());
  }

  @Test
  void watchesNodesPodsAndFailuresOnContainerInsightsMetrics(SynthesizedApp app) {
    assertThat(alarmCount).isEqualTo(4);
    assertThat(app).stack(PROD_WATCHED).resourcesOfType(ALARM).hasSize(4)
        .allHaveProperty("Namespace", "ContainerInsights")
        .allHaveProperty("Dimensions", List.of(Map.of("Name", "ClusterName", "Value", "test-prod-watched-Cluster")))
        .allHaveProperty("TreatMissingData", "notBreaching")
        .allHaveProperty("Period", 300);
    assertThat(app).stack(PROD_WATCHED).resource("prod/watched/Monitoring/Cluster/NodeCpu/Resource")
        .hasProperty("MetricName", "node_cpu_utilization").hasProperty("Threshold", 80);
    assertThat(app).stack(PROD_WATCHED).resource("prod/watched/Monitoring/Cluster/NodeMemory/Resource")
        .hasProperty("MetricName", "node_memory_utilization").hasProperty("Threshold", 80);
    assertThat(app).stack(PROD_WATCHED).resource("prod/watched/Monitoring/Cluster/PodRestarts/Resource")
        .hasProperty("MetricName", "pod_number_of_container_restarts").hasProperty("Statistic", "Sum");
    assertThat(app).stack(PROD_WATCHED).resource("prod/watched/Monitoring/Cluster/FailedNodes/Resource")
        .hasProperty("MetricName", "cluster_failed_node_count")
        .hasProperty("ComparisonOperator", "GreaterThanThreshold").hasProperty("Threshold", 0);
  }

  @Test
  void monitoringJoinsTheSymptomAlarmsToOnePagingCompositeThatWatchesTheCluster(SynthesizedApp app) {
    assertThat(app).stack(STAGING).resourcesOfType("AWS::CloudWatch::CompositeAlarm").singleResource()
        .hasPropertySatisfying("AlarmRule", rule -> assertThat(rule.toString())
            .contains("ClusterPodRestarts", "ClusterFailedNodes").doesNotContain("ClusterNodeCpu", "ClusterNodeMemory"))
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
  void everyAlarmNotifiesTheAlertTopic(SynthesizedApp app) {
    assertThat(app).stack(PROD_WATCHED).resourcesOfType(ALARM)
        .allSatisfy(alarm -> alarm.referencesAt("AlarmActions[0]", "prod/watched/Alerts/Notifications"));
  }
}

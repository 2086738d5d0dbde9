package dev.groundwork.constructs.kubernetes;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.core.PlatformApp;
import dev.groundwork.testing.SynthesisExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.sns.Topic;

class KubernetesClusterWatcherTest {
  private static final String PROD = "test-prod-kubernetes";
  private static final String DEV = "test-dev-kubernetes";
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
  void notifiesTheTopicWhenGivenOne(SynthesizedApp app) {
    assertThat(app).stack(PROD).resourcesOfType(ALARM)
        .allSatisfy(alarm -> alarm.referencesAt("AlarmActions[0]", "prod/kubernetes/Alerts"));
    assertThat(app).stack(DEV).resourcesOfType(ALARM).allSatisfy(alarm -> alarm.doesNotHaveProperty("AlarmActions"));
  }
}

package dev.groundwork.constructs.observability;

import dev.groundwork.constructs.kubernetes.KubernetesCluster;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CompositeAlarm;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.constructs.Construct;

/**
 * The alarms of a {@link KubernetesCluster}, on the Container Insights metrics its CloudWatch
 * observability add-on publishes (namespace {@code ContainerInsights}, dimension
 * {@code ClusterName}, 5-minute periods); created by {@link Monitoring#addKubernetesCluster}.
 *
 * <p>Pages (through the cluster's one composite alarm, which watches the {@code AWS::EKS::Cluster}):
 * containers restarting more than the tier's threshold in two of the last three periods (a crash
 * loop), and any failed node for 10 minutes. Notifies only: node CPU and node memory above the
 * tier's threshold for 15 minutes (add nodes or raise the group's maxSize). Missing data (a new
 * cluster, the add-on not yet running) does not alarm. Metric names and their {@code ClusterName}
 * dimension are those of Container Insights with enhanced observability, which the add-on turns on.
 *
 * <p>The alarms and the composite are children of one {@link ServiceAlarms} named after the
 * cluster's construct id directly under the {@link Monitoring}: no dashboard of its own, the
 * overview's row is the composite's status.
 */
final class KubernetesClusterWatcher {
  private static final String NAMESPACE = "ContainerInsights";
  /** Container Insights publishes the cluster metrics every five minutes. */
  private static final int PERIOD_MINUTES = 5;

  private final CompositeAlarm composite;

  /**
   * @param scope the Monitoring
   * @param id the construct id of the alarms' scope, the cluster's own id
   * @param name the name composite descriptions use, {@code <app>-<env>-<id>}
   */
  KubernetesClusterWatcher(Construct scope, String id, String name, KubernetesCluster cluster,
      KubernetesClusterWatcherSettings settings, String runbookUrl, AlertTopic alerts) {
    ServiceAlarms alarms = new ServiceAlarms(scope, id, name, runbookUrl, alerts);
    String clusterName = cluster.clusterName();
    alarms.add("NodeCpu", spec(metric(clusterName, "node_cpu_utilization", "Average"), settings.nodeCpuPercent(),
        settings.saturationWindow(), "Nodes of " + clusterName + " average over "
            + AlarmSpec.number(settings.nodeCpuPercent()) + "% CPU for " + minutes(settings.saturationWindow()),
        "Pods per node and their CPU requests; add nodes or raise the node group's maxSize", false));
    alarms.add("NodeMemory", spec(metric(clusterName, "node_memory_utilization", "Average"),
        settings.nodeMemoryPercent(), settings.saturationWindow(), "Nodes of " + clusterName + " average over "
            + AlarmSpec.number(settings.nodeMemoryPercent()) + "% memory for " + minutes(settings.saturationWindow()),
        "Pods per node and their memory limits; add nodes or raise the node group's maxSize", false));
    alarms.add("PodRestarts", spec(metric(clusterName, "pod_number_of_container_restarts", "Sum"),
        settings.containerRestarts(), settings.restartsWindow(), "Containers in " + clusterName
            + " restart more than " + AlarmSpec.number(settings.containerRestarts()) + " times per "
            + PERIOD_MINUTES + " minutes (crash loop)",
        "kubectl get pods -A for CrashLoopBackOff, then the failing container's previous log", true));
    alarms.add("FailedNodes", spec(metric(clusterName, "cluster_failed_node_count", "Maximum"), 0,
        settings.failedNodesWindow(), "Nodes of " + clusterName + " have failed for "
            + minutes(settings.failedNodesWindow()),
        "kubectl describe node for the failing condition (memory, disk, PID pressure, not ready)", true));
    this.composite = alarms.addComposite(List.of(resourceOf(cluster)));
  }

  /** The cluster's {@code AWS::EKS::Cluster}, which the composite watches. */
  static CfnResource resourceOf(KubernetesCluster cluster) {
    return (CfnResource) cluster.cluster().getNode().getDefaultChild();
  }

  private static String minutes(AlarmWindow window) {
    return window.datapointsToAlarm() * PERIOD_MINUTES + " minutes";
  }

  private static Metric metric(String cluster, String name, String statistic) {
    return Metric.Builder.create()
        .namespace(NAMESPACE)
        .metricName(name)
        .dimensionsMap(Map.of("ClusterName", cluster))
        .statistic(statistic)
        .period(Duration.minutes(PERIOD_MINUTES))
        .build();
  }

  private static AlarmSpec spec(Metric metric, double threshold, AlarmWindow window, String summary,
      String firstCheck, boolean pages) {
    return new AlarmSpec(summary, firstCheck, metric, threshold, ComparisonOperator.GREATER_THAN_THRESHOLD,
        window, TreatMissingData.NOT_BREACHING, pages);
  }

  /** The cluster's one paging alarm. */
  CompositeAlarm compositeAlarm() {
    return composite;
  }
}

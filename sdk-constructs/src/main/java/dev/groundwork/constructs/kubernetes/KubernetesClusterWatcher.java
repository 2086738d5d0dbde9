package dev.groundwork.constructs.kubernetes;

import dev.groundwork.constructs.observability.WatchedAlarm;
import dev.groundwork.constructs.observability.Watcher;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.constructs.Construct;

/**
 * The alarms of a {@link KubernetesCluster}, on the Container Insights metrics its CloudWatch
 * observability add-on publishes (namespace {@code ContainerInsights}, dimension
 * {@code ClusterName}, 5-minute periods).
 *
 * <p>Resources: four alarms. Node CPU and node memory above 80% on average for 15 minutes (add
 * nodes or raise the group's maxSize); more than 5 container restarts in each of two of the last
 * three 5-minute periods (a crash loop); and any failed node for 10 minutes. Missing data (a new
 * cluster, the add-on not yet running) does not alarm.
 *
 * <p>It is a {@link Watcher}: {@code monitoring.addWatcher("Cluster", watcher, runbookUrl)} makes
 * every alarm notify and joins the crash-loop and failed-node alarms (symptoms) in one paging
 * composite alarm that watches the {@code AWS::EKS::Cluster}; node CPU and memory (causes) only
 * notify. Metric names and their {@code ClusterName} dimension are those of Container Insights
 * with enhanced observability, which the add-on turns on.
 */
public final class KubernetesClusterWatcher extends Construct implements Watcher {
  private static final String NAMESPACE = "ContainerInsights";

  private final KubernetesCluster cluster;
  private final List<WatchedAlarm> alarms;

  public KubernetesClusterWatcher(Construct scope, String id, KubernetesClusterWatcherProps props) {
    super(scope, id);
    this.cluster = props.cluster();
    String name = cluster.clusterName();
    this.alarms = List.of(
        alarm("NodeCpu", metric(name, "node_cpu_utilization", "Average"), 80, 3, 3,
            "Nodes of " + name + " average over 80% CPU for 15 minutes",
            "Pods per node and their CPU requests; add nodes or raise the node group's maxSize", false),
        alarm("NodeMemory", metric(name, "node_memory_utilization", "Average"), 80, 3, 3,
            "Nodes of " + name + " average over 80% memory for 15 minutes",
            "Pods per node and their memory limits; add nodes or raise the node group's maxSize", false),
        alarm("PodRestarts", metric(name, "pod_number_of_container_restarts", "Sum"), 5, 3, 2,
            "Containers in " + name + " restart more than 5 times per 5 minutes (crash loop)",
            "kubectl get pods -A for CrashLoopBackOff, then the failing container's previous log", true),
        alarm("FailedNodes", metric(name, "cluster_failed_node_count", "Maximum"), 0, 2, 2,
            "Nodes of " + name + " have failed for 10 minutes",
            "kubectl describe node for the failing condition (memory, disk, PID pressure, not ready)", true));
    props.alarmTopic().ifPresent(topic -> alarms.forEach(a -> a.alarm().addAlarmAction(new SnsAction(topic))));
  }

  private static Metric metric(String cluster, String name, String statistic) {
    return Metric.Builder.create()
        .namespace(NAMESPACE)
        .metricName(name)
        .dimensionsMap(Map.of("ClusterName", cluster))
        .statistic(statistic)
        .period(Duration.minutes(5))
        .build();
  }

  private WatchedAlarm alarm(String id, Metric metric, double threshold, int periods, int datapoints, String summary,
      String firstCheck, boolean pages) {
    return new WatchedAlarm(Alarm.Builder.create(this, id)
        .metric(metric)
        .threshold(threshold)
        .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
        .evaluationPeriods(periods)
        .datapointsToAlarm(datapoints)
        .treatMissingData(TreatMissingData.NOT_BREACHING)
        .alarmDescription(summary)
        .build(), summary, firstCheck, pages);
  }

  /** The alarms, for a composite alarm or a dashboard. */
  public List<IAlarm> alarms() {
    return alarms.stream().<IAlarm>map(WatchedAlarm::alarm).toList();
  }

  @Override
  public List<WatchedAlarm> watchedAlarms() {
    return alarms;
  }

  /** The cluster's {@code AWS::EKS::Cluster}. */
  @Override
  public List<CfnResource> watchedResources() {
    return List.of((CfnResource) cluster.cluster().getNode().getDefaultChild());
  }
}

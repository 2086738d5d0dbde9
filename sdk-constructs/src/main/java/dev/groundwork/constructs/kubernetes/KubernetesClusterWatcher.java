package dev.groundwork.constructs.kubernetes;

import java.util.List;
import java.util.Map;
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
 */
public final class KubernetesClusterWatcher extends Construct {
  private static final String NAMESPACE = "ContainerInsights";

  private final List<Alarm> alarms;

  public KubernetesClusterWatcher(Construct scope, String id, KubernetesClusterWatcherProps props) {
    super(scope, id);
    String cluster = props.cluster().clusterName();
    this.alarms = List.of(
        alarm("NodeCpu", metric(cluster, "node_cpu_utilization", "Average"), 80, 3, 3,
            "Nodes of " + cluster + " average over 80% CPU for 15 minutes"),
        alarm("NodeMemory", metric(cluster, "node_memory_utilization", "Average"), 80, 3, 3,
            "Nodes of " + cluster + " average over 80% memory for 15 minutes"),
        alarm("PodRestarts", metric(cluster, "pod_number_of_container_restarts", "Sum"), 5, 3, 2,
            "Containers in " + cluster + " restart more than 5 times per 5 minutes (crash loop)"),
        alarm("FailedNodes", metric(cluster, "cluster_failed_node_count", "Maximum"), 0, 2, 2,
            "Nodes of " + cluster + " have failed for 10 minutes"));
    props.alarmTopic().ifPresent(topic -> alarms.forEach(alarm -> alarm.addAlarmAction(new SnsAction(topic))));
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

  private Alarm alarm(String id, Metric metric, double threshold, int periods, int datapoints, String description) {
    return Alarm.Builder.create(this, id)
        .metric(metric)
        .threshold(threshold)
        .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
        .evaluationPeriods(periods)
        .datapointsToAlarm(datapoints)
        .treatMissingData(TreatMissingData.NOT_BREACHING)
        .alarmDescription(description)
        .build();
  }

  /** The alarms, for a composite alarm or a dashboard. */
  public List<IAlarm> alarms() {
    return List.copyOf(alarms);
  }
}

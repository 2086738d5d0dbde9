package dev.groundwork.constructs.observability;

import dev.groundwork.core.PlatformContext;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CompositeAlarm;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.rds.IDatabaseCluster;
import software.constructs.Construct;

/**
 * The recommended alarms and dashboard of one database cluster, read from CDK's
 * {@link IDatabaseCluster} metrics; created by {@link Monitoring#addDatabase}.
 *
 * <p>Pages (through the database's one composite alarm): connections near the maximum, free
 * local storage low, replica lag. Notifies only: CPU, freeable memory, deadlocks.
 */
public final class DatabaseWatcher extends Construct {
  private static final double MIB = 1024 * 1024;
  private static final double GIB = MIB * 1024;

  private final ServiceAlarms alarms;
  private final CompositeAlarm composite;
  private final ServiceDashboard dashboard;

  DatabaseWatcher(Construct scope, String id, IDatabaseCluster cluster, DatabaseWatchOptions options,
      AlertTopic alerts) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    DatabaseWatcherSettings t = DatabaseWatcherDefaults.resolve(options, context);
    String name = context.app() + "-" + context.environment() + "-" + id;
    this.alarms = new ServiceAlarms(this, "Alarms", name, options.runbookUrl().orElseThrow(), alerts);
    MetricOptions average = MetricOptions.builder().period(Duration.minutes(1)).statistic("Average").build();
    MetricOptions maximum = MetricOptions.builder().period(Duration.minutes(1)).statistic("Maximum").build();
    MetricOptions minimum = MetricOptions.builder().period(Duration.minutes(1)).statistic("Minimum").build();
    IMetric connections = cluster.metricDatabaseConnections(maximum);
    IMetric cpu = cluster.metricCPUUtilization(average);
    IMetric memory = cluster.metricFreeableMemory(minimum);
    IMetric storage = cluster.metricFreeLocalStorage(minimum);
    IMetric lag = cluster.metric("AuroraReplicaLagMaximum", maximum);
    AlarmWindow window = t.window();
    GreaterOrLess more = GreaterOrLess.MORE;

    alarms.add("Connections", spec("Connections at " + AlarmSpec.number(t.connections()) + " or more",
        "Connection leaks and pool sizes of the services using it", connections, t.connections(), more, window, true));
    alarms.add("FreeLocalStorage", spec("Free local storage below " + AlarmSpec.number(t.freeLocalStorageGiB()) + " GiB",
        "Temporary tables and sorts of long queries", storage, t.freeLocalStorageGiB() * GIB, GreaterOrLess.LESS,
        window, true));
    alarms.add("ReplicaLag", spec("Replica lag above " + AlarmSpec.number(t.replicaLagMillis()) + " ms",
        "Write load on the writer and the replicas' CPU", lag, t.replicaLagMillis(), more, window, true));
    alarms.add("Cpu", spec("CPU above " + AlarmSpec.number(t.cpuPercent()) + "%",
        "Top queries in Performance Insights", cpu, t.cpuPercent(), more, window, false));
    alarms.add("FreeableMemory", spec("Freeable memory below " + AlarmSpec.number(t.freeableMemoryMiB()) + " MiB",
        "Connections and buffer settings; consider a larger class", memory, t.freeableMemoryMiB() * MIB,
        GreaterOrLess.LESS, window, false));
    List<IMetric> health = new ArrayList<>(List.of(cpu, connections));
    if (t.deadlocks()) {
      IMetric deadlocks = cluster.metricDeadlocks(average);
      alarms.add("Deadlocks", spec("Deadlocks above " + AlarmSpec.number(t.deadlocksPerSecond()) + " per second",
          "The engine's deadlock log: which transactions lock in opposite order", deadlocks, t.deadlocksPerSecond(),
          more, window, false));
      health.add(deadlocks);
    }
    options.customAlarms().forEach(custom -> alarms.add(custom.id(), AlarmSpec.of(custom, window)));
    List<CfnResource> watched = cluster.getNode().getDefaultChild() instanceof CfnResource resource
        ? List.of(resource) : List.of();
    this.composite = alarms.addComposite(watched);

    this.dashboard = new ServiceDashboard(this, "Dashboard", name);
    dashboard.addRow(
        ServiceDashboard.graph("CPU (%), connections, deadlocks", 8, health),
        ServiceDashboard.graph("Freeable memory and free local storage (bytes)", 8, List.of(memory, storage)),
        ServiceDashboard.graph("Replica lag (ms)", 8, List.of(lag)));
    dashboard.addAlarmStatus(composite, alarms.alarms());
  }

  private enum GreaterOrLess { MORE, LESS }

  private static AlarmSpec spec(String summary, String firstCheck, IMetric metric, double threshold,
      GreaterOrLess direction, AlarmWindow window, boolean pages) {
    return new AlarmSpec(summary, firstCheck, metric, threshold, direction == GreaterOrLess.MORE
        ? ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD : ComparisonOperator.LESS_THAN_THRESHOLD,
        window, TreatMissingData.NOT_BREACHING, pages);
  }

  /** The one paging alarm of the database. */
  public CompositeAlarm compositeAlarm() {
    return composite;
  }

  /** Every alarm of the database except the composite; each notifies. */
  public List<Alarm> alarms() {
    return alarms.alarms();
  }

  /** The database's dashboard. */
  public Dashboard dashboard() {
    return dashboard.dashboard();
  }

  String dashboardName() {
    return dashboard.name();
  }
}

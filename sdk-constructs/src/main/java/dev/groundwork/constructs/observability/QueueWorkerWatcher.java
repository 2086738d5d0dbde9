package dev.groundwork.constructs.observability;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.constructs.compute.QueueWorkerService;
import dev.groundwork.core.PlatformContext;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CompositeAlarm;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.constructs.Construct;

/**
 * The recommended alarms and dashboard of one {@link QueueWorkerService}; created by
 * {@link Monitoring#addQueueWorker}.
 *
 * <p>Pages (through the service's one composite alarm): age of the oldest message, any message
 * dead-lettered (the service's own dead-letter alarm, adopted). Notifies only: backlog per running
 * task, running tasks below desired, CPU and memory saturation, ERROR log lines, failed
 * deployments and circuit-breaker rollbacks. No SLO: the oldest message's age already measures
 * the one thing a worker's users feel (how late their work is) directly, with no request count to
 * take a ratio of (see docs/constructs/slos.md).
 */
public final class QueueWorkerWatcher extends Construct {
  private final ServiceAlarms alarms;
  private final CompositeAlarm composite;
  private final ServiceDashboard dashboard;

  QueueWorkerWatcher(Construct scope, String id, QueueWorkerService worker, QueueWorkerWatchOptions options,
      AlertTopic alerts) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    QueueWorkerWatcherSettings thresholds = QueueWorkerWatcherDefaults.resolve(options, context);
    AlarmWindow window = thresholds.task().window();
    String name = context.app() + "-" + context.environment() + "-" + worker.getNode().getId();
    String runbook = options.runbookUrl().orElseThrow();
    this.alarms = new ServiceAlarms(this, "Alarms", name, runbook, alerts);

    MetricOptions maximum = MetricOptions.builder().period(Duration.minutes(1)).statistic("Maximum").build();
    IMetric oldest = worker.queue().metricApproximateAgeOfOldestMessage(maximum);
    IMetric visible = worker.queue().metricApproximateNumberOfMessagesVisible(maximum);
    IMetric deadLetters = worker.deadLetterQueue().metricApproximateNumberOfMessagesVisible(maximum);
    alarms.add("OldestMessageAge", new AlarmSpec("Oldest message waiting over "
        + AlarmSpec.number(thresholds.oldestMessageAgeSeconds()) + " s",
        "Whether workers run (tasks graph) and ERROR lines in their log group", oldest,
        thresholds.oldestMessageAgeSeconds(), ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, window,
        TreatMissingData.NOT_BREACHING, true));
    alarms.adopt(worker.deadLetterAlarm(), "Messages were dead-lettered",
        "The dead-letter queue's messages and the worker's ERROR lines; redrive once fixed", true);
    TaskAlarms tasks = new TaskAlarms(this, "Tasks", worker, name, thresholds.task(), alarms, alerts, runbook);
    IMetric backlogPerTask = MathExpression.Builder.create()
        .expression("IF(running > 0, visible / running, visible)")
        .usingMetrics(ImmutableMap.of("visible", visible, "running", tasks.running()))
        .label("Messages per running task")
        .period(Duration.minutes(1))
        .build();
    alarms.add("BacklogPerTask", new AlarmSpec("Backlog above " + AlarmSpec.number(thresholds.backlogPerTask())
        + " messages per task", "Whether scaling reached maxTasks and how long one message takes", backlogPerTask,
        thresholds.backlogPerTask(), ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, window,
        TreatMissingData.NOT_BREACHING, false));
    options.customAlarms().forEach(custom -> alarms.add(custom.id(), AlarmSpec.of(custom, window)));
    this.composite = alarms.addComposite(List.of(ServiceAlarms.resourceOf(worker)));

    this.dashboard = new ServiceDashboard(this, "Dashboard", name);
    dashboard.addRow(
        ServiceDashboard.graph("Queue depth (visible messages)", 8, List.of(visible, deadLetters)),
        ServiceDashboard.graph("Oldest message age (seconds)", 8, List.of(oldest)),
        ServiceDashboard.graph("Messages per running task", 8, List.of(backlogPerTask)));
    dashboard.addRow(
        ServiceDashboard.graph("Saturation (%)", 8, List.of(tasks.cpu(), tasks.memory())),
        ServiceDashboard.graph("Tasks: desired and running (deployments)", 8, List.of(tasks.desired(), tasks.running())),
        ServiceDashboard.graph("ERROR lines", 8, List.of(tasks.errorLines())));
    dashboard.addAlarmStatus(composite, alarms.alarms());
  }

  /** The one paging alarm of the service. */
  public CompositeAlarm compositeAlarm() {
    return composite;
  }

  /**
   * The alarms the paging composite is made of (oldest message age, dead letters, custom alarms
   * that page), as an FIS experiment's stop conditions take them.
   */
  public List<Alarm> stopConditions() {
    return alarms.pagingAlarms();
  }

  /** Every alarm of the service except the composite; each notifies. */
  public List<Alarm> alarms() {
    return alarms.alarms();
  }

  /** The service's dashboard. */
  public Dashboard dashboard() {
    return dashboard.dashboard();
  }

  String dashboardName() {
    return dashboard.name();
  }
}

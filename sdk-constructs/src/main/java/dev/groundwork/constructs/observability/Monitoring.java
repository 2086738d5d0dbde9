package dev.groundwork.constructs.observability;

import dev.groundwork.constructs.compute.QueueWorkerService;
import dev.groundwork.constructs.compute.WebService;
import dev.groundwork.constructs.kubernetes.KubernetesCluster;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.AlarmStatusWidget;
import software.amazon.awscdk.services.cloudwatch.CompositeAlarm;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.TextWidget;
import software.amazon.awscdk.services.rds.IDatabaseCluster;
import software.constructs.Construct;

/**
 * Watches services, databases and Kubernetes clusters with the recommended alarms, one small
 * watcher per construct type, and keeps the environment's overview dashboard.
 *
 * <p>Each {@code add*} call creates one watcher: the service's alarms (each notifies), its one
 * composite alarm (the only alarm that pages), its dashboard and, for an internet-facing
 * WebService, an uptime canary; and adds a row linking that dashboard, with the composite's
 * status, to the overview dashboard ({@code <app>-<environment>-overview} unless
 * {@link MonitoringProps#overviewName()} says otherwise). A Kubernetes cluster gets its alarms
 * and composite without a dashboard of its own. Any other {@link Watcher} joins the
 * same way through {@link #addWatcher}. Create one {@code Monitoring} in each stack whose
 * services it watches (the rules that every service is watched look in the service's own stack);
 * a second one in the same environment needs an overview name of its own.
 */
public final class Monitoring extends Construct {
  private final AlertTopic alerts;
  private final Dashboard overview;
  private final PlatformContext context;
  private final String region;
  private final String namePrefix;

  public Monitoring(Construct scope, String id, MonitoringProps props) {
    super(scope, id);
    this.context = PlatformContext.of(this);
    MonitoringSettings settings = MonitoringDefaults.resolve(props, context);
    this.alerts = props.alerts();
    this.region = context.region().value();
    this.namePrefix = settings.namePrefix();
    this.overview = Dashboard.Builder.create(this, "Overview")
        .dashboardName(settings.overviewName())
        .build();
    overview.addWidgets(TextWidget.Builder.create()
        .markdown("# " + context.app() + " " + context.environment() + "\n"
            + "Each row: a service's paging alarm and a link to its dashboard.")
        .width(ServiceDashboard.WIDTH).height(2).build());
  }

  /** Watches {@code service}: alarms, composite, dashboard, and an uptime canary if it is internet-facing. */
  public WebServiceWatcher addWebService(WebService service, WebServiceWatchOptions options) {
    WebServiceWatcher watcher = new WebServiceWatcher(this, service.getNode().getId(), service, options, alerts);
    link(watcher.dashboardName(), watcher.compositeAlarm());
    return watcher;
  }

  /** Watches {@code worker}: queue age, dead letters, backlog, tasks; composite and dashboard. */
  public QueueWorkerWatcher addQueueWorker(QueueWorkerService worker, QueueWorkerWatchOptions options) {
    QueueWorkerWatcher watcher = new QueueWorkerWatcher(this, worker.getNode().getId(), worker, options, alerts);
    link(watcher.dashboardName(), watcher.compositeAlarm());
    return watcher;
  }

  /**
   * Watches a database cluster (any CDK {@code IDatabaseCluster}, e.g. a Groundwork
   * DatabaseCluster's cluster) under the name {@code name}.
   */
  public DatabaseWatcher addDatabase(String name, IDatabaseCluster cluster, DatabaseWatchOptions options) {
    DatabaseWatcher watcher = new DatabaseWatcher(this, name, cluster, options, alerts);
    link(watcher.dashboardName(), watcher.compositeAlarm());
    return watcher;
  }

  /**
   * Watches {@code cluster} (in this Monitoring's stack): node CPU and memory (notify), container
   * restarts and failed nodes (page), on Container Insights metrics, with thresholds by tier;
   * every alarm notifies the alert topic and carries the runbook, the paging ones join one
   * composite alarm ({@code <cluster id>/Paging}) that watches the {@code AWS::EKS::Cluster}, and
   * the overview gets a row with its status.
   *
   * @return the cluster's one paging alarm
   */
  public CompositeAlarm addKubernetesCluster(KubernetesCluster cluster, KubernetesClusterWatchOptions options) {
    String name = cluster.getNode().getId();
    Problems problems = Problems.of("Monitoring", this);
    checkSameStack("cluster", List.of(KubernetesClusterWatcher.resourceOf(cluster)), problems);
    problems.throwIfAny();
    KubernetesClusterWatcher watcher = new KubernetesClusterWatcher(this, name, namePrefix + name, cluster,
        KubernetesClusterWatcherDefaults.resolve(options, context), options.runbookUrl().orElseThrow(), alerts);
    addStatusRow(name, watcher.compositeAlarm());
    return watcher.compositeAlarm();
  }

  /**
   * Takes over the alarms of any {@code watcher} under {@code name}: each notifies the alert
   * topic and carries the runbook in its description, the paging ones join one composite alarm
   * ({@code <name>/Paging}, the only one that pages) that names the watched resources, and the
   * overview gets a row with the composite's status. The watched resources must be in this
   * Monitoring's stack, where the baseline's "watched" rule looks.
   */
  public CompositeAlarm addWatcher(String name, Watcher watcher, String runbookUrl) {
    Problems problems = Problems.of("Monitoring", this);
    ThresholdChecks.runbook(problems, Optional.of(runbookUrl));
    if (watcher.watchedAlarms().stream().noneMatch(WatchedAlarm::pages)) {
      problems.add("WATCHER_NOTHING_PAGES", "watcher", name, "at least one alarm that pages",
          "Mark the alarms users would feel with pages = true; a composite of nothing never fires.");
    }
    checkSameStack("watcher", watcher.watchedResources(), problems);
    problems.throwIfAny();
    ServiceAlarms alarms = new ServiceAlarms(this, name, namePrefix + name, runbookUrl, alerts);
    watcher.watchedAlarms().forEach(a -> alarms.adopt(a.alarm(), a.summary(), a.firstCheck(), a.pages()));
    CompositeAlarm composite = alarms.addComposite(watcher.watchedResources());
    addStatusRow(name, composite);
    return composite;
  }

  /** Records a problem for each watched resource outside this Monitoring's stack, where the "watched" rule looks. */
  private void checkSameStack(String property, List<CfnResource> watched, Problems problems) {
    Stack stack = Stack.of(this);
    watched.stream().filter(r -> Stack.of(r) != stack).forEach(r -> problems.add(
        "WATCHER_OTHER_STACK", property, r.getNode().getPath(), "resources of this Monitoring's stack, "
            + stack.getStackName(), "Create a Monitoring in the watched resource's stack and add the watcher there."));
  }

  /** A row of the overview with the status of a watcher without a dashboard of its own. */
  private void addStatusRow(String name, CompositeAlarm composite) {
    overview.addWidgets(AlarmStatusWidget.Builder.create().title(namePrefix + name + " paging")
        .width(ServiceDashboard.WIDTH).height(3).alarms(List.<IAlarm>of(composite)).build());
  }

  private void link(String dashboardName, CompositeAlarm composite) {
    String url = "https://" + region + ".console.aws.amazon.com/cloudwatch/home?region=" + region
        + "#dashboards/dashboard/" + dashboardName;
    overview.addWidgets(
        TextWidget.Builder.create().markdown("### [" + dashboardName + "](" + url + ")").width(8).height(3).build(),
        AlarmStatusWidget.Builder.create().title(dashboardName + " paging").width(16).height(3)
            .alarms(List.<IAlarm>of(composite)).build());
  }

  /** The environment's overview dashboard. */
  public Dashboard overview() {
    return overview;
  }

  /** Where alarms go. */
  public AlertTopic alerts() {
    return alerts;
  }
}

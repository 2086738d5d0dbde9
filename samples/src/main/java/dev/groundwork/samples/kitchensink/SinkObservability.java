package dev.groundwork.samples.kitchensink;

import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.constructs.faults.FaultExperiments;
import dev.groundwork.constructs.faults.FaultExperimentsProps;
import dev.groundwork.constructs.kubernetes.KubernetesCluster;
import dev.groundwork.constructs.observability.AlarmWindow;
import dev.groundwork.constructs.observability.AlertTopic;
import dev.groundwork.constructs.observability.AlertTopicProps;
import dev.groundwork.constructs.observability.CustomAlarm;
import dev.groundwork.constructs.observability.DatabaseWatchOptions;
import dev.groundwork.constructs.observability.EnvironmentBudget;
import dev.groundwork.constructs.observability.EnvironmentBudgetProps;
import dev.groundwork.constructs.observability.KubernetesClusterWatchOptions;
import dev.groundwork.constructs.observability.Monitoring;
import dev.groundwork.constructs.observability.MonitoringProps;
import dev.groundwork.constructs.observability.QueueWorkerWatchOptions;
import dev.groundwork.constructs.observability.Subscriber;
import dev.groundwork.constructs.observability.UptimeCanary;
import dev.groundwork.constructs.observability.UptimeCanaryProps;
import dev.groundwork.constructs.observability.WatchedAlarm;
import dev.groundwork.constructs.observability.Watcher;
import dev.groundwork.constructs.observability.WebServiceWatchOptions;
import dev.groundwork.constructs.observability.WebServiceWatcher;
import dev.groundwork.core.Tier;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.kms.Key;

/** The kitchen sink's alert topics, monitoring, canary and budget. */
final class SinkObservability {
  private static final String RUNBOOKS = "https://runbooks.example.com/sink/";

  private SinkObservability() {}

  /**
   * The services' alerts: a key of its own, paging on in every tier, a mailbox, a pager and a
   * chat webhook; and a second topic with every default, on the stack's shared alerts key.
   */
  static AlertTopic addAlerts(Stack services, PlatformEnvironment env) {
    AlertTopic alerts = new AlertTopic(services, "Alerts", AlertTopicProps.builder()
        .key(Key.Builder.create(services, "AlertsOwnKey").enableKeyRotation(true).removalPolicy(RemovalPolicy.RETAIN)
            .description("The sink's alerts, kept apart from the stack's shared alerts key").build())
        .paging(true)
        .addSubscribers(Subscriber.email("sink-team@example.com", Subscriber.Route.NOTIFY))
        .addSubscribers(Subscriber.webhook("https://events.pagerduty.com/integration/sink/enqueue",
            Subscriber.Route.PAGE))
        .build());
    alerts.addSubscriber(Subscriber.webhook("https://chat.example.com/hooks/sink-" + env.name(), Subscriber.Route.NOTIFY));
    new AlertTopic(services, "QuietAlerts", AlertTopicProps.defaults());
    return alerts;
  }

  /** Monitoring of the three services and the database, every option; the canary and the budget. */
  static void addMonitoring(Stack services, PlatformEnvironment env, AlertTopic alerts,
      SinkCompute.Services running, SinkNetworkAndData.Data data) {
    boolean prod = env.tier() == Tier.PROD;
    Monitoring monitoring = new Monitoring(services, "Monitoring", MonitoringProps.builder()
        .alerts(alerts)
        .overviewName("sink-" + env.name() + "-overview")
        .build());
    WebServiceWatcher api = monitoring.addWebService(running.api(), WebServiceWatchOptions.builder()
        .runbookUrl(RUNBOOKS + "api")
        // DEV's canary takes the API's endpoint; PROD's API has none, so its URL is given.
        .publicUrl(prod ? Optional.of("https://api." + env.name() + ".sink.example.com") : Optional.empty())
        .loadBalancerErrorPercent(2.0)
        .targetErrorPercent(3.0)
        .latencyPercentile(95)
        .latencyMillis(800.0)
        .cpuPercent(85.0)
        .memoryPercent(85.0)
        .errorLinesPerMinute(20.0)
        .availabilityObjectivePercent(99.5)
        .latencyObjectivePercent(99.0)
        .window(AlarmWindow.of(3, 5))
        .addCustomAlarms(CustomAlarm.builder()
            .id("PaymentsDeclined")
            .metric(Metric.Builder.create().namespace("Sink").metricName("PaymentsDeclined")
                .period(Duration.minutes(5)).statistic("Sum").build())
            .threshold(50)
            .comparison(ComparisonOperator.GREATER_THAN_THRESHOLD)
            .window(AlarmWindow.of(2, 3))
            .missingData(TreatMissingData.NOT_BREACHING)
            .summary("More declined payments than usual")
            .firstCheck("The payment provider's status page")
            .pages(true)
            .build())
        .build());
    running.api().addRollbackAlarms(api.rollbackAlarms().toArray(new software.amazon.awscdk.services.cloudwatch.IAlarm[0]));
    // The API is rehearsed in every tier here, PROD included (opted in), with every knob turned.
    new FaultExperiments(services, "ApiFaults", FaultExperimentsProps.builder()
        .service(running.api())
        .addAllStopConditions(api.stopConditions().stream().limit(FaultExperimentsProps.MAX_STOP_CONDITIONS).toList())
        .enabled(true)
        .stopTaskPercent(25)
        .disruptionMinutes(10)
        .availabilityZone(env.region().value() + "b")
        .build());
    WebServiceWatcher checkout = monitoring.addWebService(running.checkout(),
        WebServiceWatchOptions.builder().runbookUrl(RUNBOOKS + "checkout").build());
    // Blue/green needs alarms to roll back on: the watcher's, as a list this time.
    running.checkout().addRollbackAlarms(checkout.rollbackAlarms());
    monitoring.addQueueWorker(running.worker(), QueueWorkerWatchOptions.builder()
        .runbookUrl(RUNBOOKS + "worker")
        .oldestMessageAgeSeconds(600.0)
        .backlogPerTask(100.0)
        .cpuPercent(90.0)
        .memoryPercent(90.0)
        .errorLinesPerMinute(10.0)
        .window(AlarmWindow.of(2, 2))
        .build());
    monitoring.addDatabase("Ledger", data.database().cluster(), DatabaseWatchOptions.builder()
        .runbookUrl(RUNBOOKS + "database")
        .maxConnections(1000)
        .connectionsPercent(80.0)
        .cpuPercent(80.0)
        .freeableMemoryMiB(512.0)
        .freeLocalStorageGiB(5.0)
        .replicaLagMillis(2000.0)
        .deadlocks(true)
        .deadlocksPerSecond(0.5)
        .window(AlarmWindow.of(3, 3))
        .build());
    new UptimeCanary(services, "StatusPage", UptimeCanaryProps.builder()
        .url("https://status." + env.name() + ".sink.example.com/")
        .watchedResource((CfnResource) running.checkout().loadBalancer().getNode().getDefaultChild())
        .build());
    EnvironmentBudgetProps.Builder budget = EnvironmentBudgetProps.builder()
        .monthlyAmountUsd(prod ? 5000 : 500)
        .alerts(alerts);
    if (prod) {
      // Production's spend is booked to finance's own cost center, not the app's.
      budget.costCenter("cc-finance-7");
    }
    new EnvironmentBudget(services, "Budget", budget.build());
  }

  /** The Kubernetes cluster's alarms, every option, and a watcher of the team's own. */
  static void addPlatformMonitoring(Stack platform, PlatformEnvironment env, KubernetesCluster cluster) {
    Monitoring monitoring = new Monitoring(platform, "Monitoring", MonitoringProps.builder()
        .alerts(new AlertTopic(platform, "Alerts", AlertTopicProps.builder()
            .addSubscribers(Subscriber.email("platform@example.com", Subscriber.Route.NOTIFY)).build()))
        .overviewName("sink-" + env.name() + "-platform-overview")
        .build());
    monitoring.addKubernetesCluster(cluster, KubernetesClusterWatchOptions.builder()
        .runbookUrl(RUNBOOKS + "kubernetes")
        .nodeCpuPercent(85.0)
        .nodeMemoryPercent(85.0)
        .containerRestarts(5.0)
        .build());
    Alarm pending = Alarm.Builder.create(platform, "PodsPending")
        .metric(Metric.Builder.create().namespace("ContainerInsights").metricName("cluster_failed_node_count")
            .dimensionsMap(java.util.Map.of("ClusterName", cluster.clusterName())).statistic("Maximum").build())
        .threshold(1).evaluationPeriods(1).treatMissingData(TreatMissingData.NOT_BREACHING).build();
    monitoring.addWatcher("Nodes", new Watcher() {
      @Override
      public List<WatchedAlarm> watchedAlarms() {
        return List.of(new WatchedAlarm(pending, "Nodes failed", "The node group's Auto Scaling activity", true));
      }

      @Override
      public List<CfnResource> watchedResources() {
        return List.of((CfnResource) cluster.cluster().getNode().getDefaultChild());
      }
    }, RUNBOOKS + "nodes");
  }
}

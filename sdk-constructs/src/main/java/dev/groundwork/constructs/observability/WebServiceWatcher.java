package dev.groundwork.constructs.observability;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.constructs.compute.WebService;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CompositeAlarm;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeElb;
import software.constructs.Construct;

/**
 * The recommended alarms, dashboard and (for an internet-facing service) uptime canary of one
 * {@link WebService}; created by {@link Monitoring#addWebService}.
 *
 * <p>Pages (through the service's one composite alarm): load balancer 5xx and task 5xx as a
 * percentage of requests (metric math), latency at the chosen percentile, unhealthy hosts,
 * running tasks below desired, canary failures. The task 5xx, latency and unhealthy-host alarms
 * (and graphs) read both target groups of a BLUE_GREEN, CANARY or LINEAR service, since ECS
 * serves from either after a deployment; the one group of a ROLLING service. Notifies only: CPU and memory saturation,
 * ERROR log lines, failed deployments and circuit-breaker rollbacks.
 */
public final class WebServiceWatcher extends Construct {
  private final ServiceAlarms alarms;
  private final CompositeAlarm composite;
  private final ServiceDashboard dashboard;
  private final Optional<UptimeCanary> canary;
  private final List<Alarm> rollbackAlarms;

  WebServiceWatcher(Construct scope, String id, WebService web, WebServiceWatchOptions options, AlertTopic alerts) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    Problems validation = Problems.of("WebServiceWatcher", this);
    if (web.internetFacing() && options.publicUrl().isEmpty() && web.endpoint().isEmpty()) {
      validation.add("UPTIME_URL_REQUIRED", "publicUrl", "nothing",
          "the https:// address clients use, for an internet-facing WebService without an endpoint",
          "Give the WebService an endpoint(ServiceEndpoint...), or pass publicUrl(\"https://api.example.com\")"
              + " so an uptime canary can check " + web.healthCheckPath() + ".");
    }
    web.endpoint().ifPresent(endpoint -> options.publicUrl().ifPresent(url ->
        validation.add("UPTIME_URL_ENDPOINT", "publicUrl", url,
            "unset for a WebService with an endpoint (the canary checks " + endpoint.domainName() + ")",
            "Remove publicUrl: the canary derives its URL from the service's endpoint.")));
    validation.throwIfAny();
    // The endpoint's health check URL, else the public URL given for a service without one.
    Optional<String> uptimeUrl = web.healthCheckUrl().or(() -> options.publicUrl().map(url -> url + web.healthCheckPath()));
    WebServiceWatcherSettings thresholds = WebServiceWatcherDefaults.resolve(options, context);
    AlarmWindow window = thresholds.task().window();
    String name = context.app() + "-" + context.environment() + "-" + web.getNode().getId();
    String runbook = options.runbookUrl().orElseThrow();
    this.alarms = new ServiceAlarms(this, "Alarms", name, runbook, alerts);

    MetricOptions sum = MetricOptions.builder().period(Duration.minutes(1)).statistic("Sum").build();
    IMetric requests = web.loadBalancer().getMetrics().requestCount(sum);
    IMetric loadBalancerErrors = percentOf("elb5xx", web.loadBalancer().getMetrics()
        .httpCodeElb(HttpCodeElb.ELB_5XX_COUNT, sum), requests, "Load balancer 5xx (%)");
    TargetGroupMetrics targets = TargetGroupMetrics.of(web);
    IMetric targetErrors = percentOf("target5xx", targets.target5xx(), requests, "Task 5xx (%)");
    String percentile = "p" + AlarmSpec.number(thresholds.latencyPercentile());
    IMetric latency = targets.responseTime(percentile, Optional.empty());
    IMetric unhealthy = targets.unhealthyHosts();

    Alarm loadBalancer5xx = alarms.add("LoadBalancerErrors", new AlarmSpec("Load balancer 5xx above "
        + AlarmSpec.number(thresholds.loadBalancerErrorPercent()) + "% of requests",
        "Whether any task is healthy (target group) and the load balancer's access logs",
        loadBalancerErrors, thresholds.loadBalancerErrorPercent(), ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        window, TreatMissingData.NOT_BREACHING, true));
    Alarm task5xx = alarms.add("TargetErrors", new AlarmSpec("Task 5xx above " + AlarmSpec.number(thresholds.targetErrorPercent())
        + "% of requests", "ERROR lines in the service's log group and the last deployment",
        targetErrors, thresholds.targetErrorPercent(), ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        window, TreatMissingData.NOT_BREACHING, true));
    Alarm slow = alarms.add("Latency", new AlarmSpec(percentile + " latency above " + AlarmSpec.number(thresholds.latencyMillis()) + " ms",
        "Traces in X-Ray and the database's health", latency, thresholds.latencyMillis() / 1000,
        ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, window, TreatMissingData.NOT_BREACHING, true));
    Alarm unhealthyHosts = alarms.add("UnhealthyHosts", new AlarmSpec("Tasks failing the load balancer's health check",
        "The health check path " + web.healthCheckPath() + " and stopped tasks' reasons", unhealthy, 1,
        ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, window, TreatMissingData.NOT_BREACHING, true));
    this.rollbackAlarms = List.of(loadBalancer5xx, task5xx, slow, unhealthyHosts);
    TaskAlarms tasks = new TaskAlarms(this, "Tasks", web, name, thresholds.task(), alarms, alerts, runbook);
    this.canary = web.internetFacing()
        ? Optional.of(new UptimeCanary(this, "Uptime", UptimeCanaryProps.builder()
            .url(uptimeUrl.orElseThrow())
            .watchedResource(ServiceAlarms.resourceOf(web))
            .build()))
        : Optional.empty();
    canary.ifPresent(c -> alarms.add("UptimeFailures", new AlarmSpec("Uptime canary failing",
        "Whether " + uptimeUrl.orElseThrow() + " answers from outside (DNS, certificate, WAF)",
        c.successPercent(), 100, ComparisonOperator.LESS_THAN_THRESHOLD, AlarmWindow.of(2, 3),
        TreatMissingData.BREACHING, true)));
    options.customAlarms().forEach(custom -> alarms.add(custom.id(), AlarmSpec.of(custom, window)));
    this.composite = alarms.addComposite(List.of(ServiceAlarms.resourceOf(web)));

    this.dashboard = new ServiceDashboard(this, "Dashboard", name);
    dashboard.addRow(
        ServiceDashboard.graph("Requests per minute", 8, List.of(requests)),
        ServiceDashboard.graph("Errors (% of requests)", 8, List.of(loadBalancerErrors, targetErrors)),
        ServiceDashboard.graph("Latency (seconds)", 8, List.of(targets.responseTime("p50", Optional.of("p50")),
            targets.responseTime("p95", Optional.of("p95")), targets.responseTime("p99", Optional.of("p99")))));
    dashboard.addRow(
        ServiceDashboard.graph("Saturation (%)", 8, List.of(tasks.cpu(), tasks.memory())),
        ServiceDashboard.graph("Tasks: desired and running (deployments)", 8, List.of(tasks.desired(), tasks.running())),
        ServiceDashboard.graph("Unhealthy hosts and ERROR lines", 8, List.of(unhealthy, tasks.errorLines())));
    dashboard.addAlarmStatus(composite, alarms.alarms());
  }

  private static IMetric percentOf(String errorsId, IMetric errors, IMetric requests, String label) {
    return MathExpression.Builder.create()
        .expression("IF(requests > 0, 100 * FILL(" + errorsId + ", 0) / requests, 0)")
        .usingMetrics(ImmutableMap.of(errorsId, errors, "requests", requests))
        .label(label)
        .period(Duration.minutes(1))
        .build();
  }

  /** The one paging alarm of the service. */
  public CompositeAlarm compositeAlarm() {
    return composite;
  }

  /**
   * The alarms a deployment of the service rolls back on ({@link WebService#addRollbackAlarms}):
   * load balancer 5xx, task 5xx, latency and unhealthy hosts (over both target groups of a
   * BLUE_GREEN, CANARY or LINEAR service, so they watch the new tasks wherever ECS puts them).
   * They read the load balancer's and target groups' metrics only, so the ECS service may depend on them; the task alarms (CPU,
   * memory, task count) read the service's own metrics and would make a circular dependency.
   */
  public List<Alarm> rollbackAlarms() {
    return rollbackAlarms;
  }

  /** Every alarm of the service except the composite; each notifies. */
  public List<Alarm> alarms() {
    return alarms.alarms();
  }

  /** The service's dashboard. */
  public software.amazon.awscdk.services.cloudwatch.Dashboard dashboard() {
    return dashboard.dashboard();
  }

  /** The uptime canary, for an internet-facing service. */
  public Optional<UptimeCanary> uptimeCanary() {
    return canary;
  }

  String dashboardName() {
    return dashboard.name();
  }
}

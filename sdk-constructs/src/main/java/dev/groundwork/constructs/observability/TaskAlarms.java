package dev.groundwork.constructs.observability;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.constructs.compute.FargateWorkload;
import dev.groundwork.constructs.compute.PrivateFargateService;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.events.EventField;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.RuleTargetInput;
import software.amazon.awscdk.services.events.targets.SnsTopic;
import software.amazon.awscdk.services.events.targets.SnsTopicProps;
import software.amazon.awscdk.services.logs.FilterPattern;
import software.amazon.awscdk.services.logs.MetricFilter;
import software.constructs.Construct;

/**
 * What every watched Fargate service gets: CPU and memory saturation, ERROR log lines and running
 * tasks below desired (each notifies: causes, or a capacity dip users feel only through the
 * symptoms that page), and an EventBridge rule that notifies of every failed deployment,
 * circuit-breaker rollbacks included.
 *
 * <p>ERROR lines are counted by a metric filter on the service's log group matching structured
 * JSON events whose {@code level} field is {@code ERROR} (see docs/constructs/observability.md for the
 * log convention). Running and desired task counts come from Container Insights, which
 * {@code ServiceCluster} turns on.
 */
final class TaskAlarms extends Construct {
  /** Where the ERROR-line metrics of every service go. */
  static final String LOG_NAMESPACE = "Groundwork/Logs";

  private final IMetric cpu;
  private final IMetric memory;
  private final IMetric running;
  private final IMetric desired;
  private final IMetric errorLines;

  TaskAlarms(Construct scope, String id, FargateWorkload workload, String metricPrefix,
      TaskWatchSettings thresholds, ServiceAlarms alarms, AlertTopic alerts, String runbookUrl) {
    super(scope, id);
    PrivateFargateService service = workload.service();
    AlarmWindow window = thresholds.window();
    MetricOptions minute = MetricOptions.builder().period(Duration.minutes(1)).statistic("Average").build();
    this.cpu = service.metricCpuUtilization(minute);
    this.memory = service.metricMemoryUtilization(minute);
    this.running = containerInsights(service, "RunningTaskCount");
    this.desired = containerInsights(service, "DesiredTaskCount");

    MetricFilter filter = MetricFilter.Builder.create(this, "ErrorLines")
        .logGroup(workload.logGroup())
        .filterPattern(FilterPattern.stringValue("$.level", "=", "ERROR"))
        .metricNamespace(LOG_NAMESPACE)
        .metricName(metricPrefix + "-error-lines")
        .metricValue("1")
        .defaultValue(0)
        .build();
    this.errorLines = filter.metric(MetricOptions.builder().period(Duration.minutes(1)).statistic("Sum").build());

    alarms.add("Cpu", new AlarmSpec("CPU saturated", "Traffic on the dashboard and whether scaling reached maxTasks",
        cpu, thresholds.cpuPercent(), ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, window,
        TreatMissingData.NOT_BREACHING, false));
    alarms.add("Memory", new AlarmSpec("Memory saturated", "Memory growth per task (a leak) and maxTasks",
        memory, thresholds.memoryPercent(), ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, window,
        TreatMissingData.NOT_BREACHING, false));
    alarms.add("ErrorLines", new AlarmSpec("ERROR log lines above normal",
        "The service's log group, filtered on level ERROR, grouped by correlation_id", errorLines,
        thresholds.errorLinesPerMinute(), ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, window,
        TreatMissingData.NOT_BREACHING, false));
    alarms.add("RunningBelowDesired", new AlarmSpec("Fewer tasks running than desired",
        "The service's events tab: stopped tasks' reasons (image pull, health check, out of memory)",
        MathExpression.Builder.create()
            .expression("desired - running")
            .usingMetrics(ImmutableMap.of("desired", desired, "running", running))
            .label("Tasks missing")
            .period(Duration.minutes(1))
            .build(),
        1, ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, window, TreatMissingData.NOT_BREACHING, false));

    Rule.Builder.create(this, "DeploymentFailures")
        .description("Failed deployments (circuit-breaker rollbacks included) of " + scope.getNode().getPath())
        .eventPattern(EventPattern.builder()
            .source(List.of("aws.ecs"))
            .detailType(List.of("ECS Deployment State Change"))
            .resources(List.of(service.getServiceArn()))
            .detail(Map.of("eventName", List.of("SERVICE_DEPLOYMENT_FAILED")))
            .build())
        .targets(List.of(new SnsTopic(alerts.notificationTopic(), SnsTopicProps.builder()
            .message(RuleTargetInput.fromText("Deployment of " + scope.getNode().getPath() + " failed and was "
                + "rolled back: " + EventField.fromPath("$.detail.reason") + " Runbook: " + runbookUrl))
            .build())))
        .build();
  }

  private static IMetric containerInsights(PrivateFargateService service, String name) {
    return Metric.Builder.create()
        .namespace("ECS/ContainerInsights")
        .metricName(name)
        .dimensionsMap(ImmutableMap.of("ClusterName", service.getCluster().getClusterName(),
            "ServiceName", service.getServiceName()))
        .statistic("Average")
        .period(Duration.minutes(1))
        .build();
  }

  IMetric cpu() {
    return cpu;
  }

  IMetric memory() {
    return memory;
  }

  IMetric running() {
    return running;
  }

  IMetric desired() {
    return desired;
  }

  IMetric errorLines() {
    return errorLines;
  }
}

package dev.groundwork.constructs.observability;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.constructs.compute.WebService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.applicationsignals.CfnServiceLevelObjective;
import software.amazon.awscdk.services.applicationsignals.CfnServiceLevelObjective.BurnRateConfigurationProperty;
import software.amazon.awscdk.services.applicationsignals.CfnServiceLevelObjective.DimensionProperty;
import software.amazon.awscdk.services.applicationsignals.CfnServiceLevelObjective.GoalProperty;
import software.amazon.awscdk.services.applicationsignals.CfnServiceLevelObjective.IntervalProperty;
import software.amazon.awscdk.services.applicationsignals.CfnServiceLevelObjective.MetricDataQueryProperty;
import software.amazon.awscdk.services.applicationsignals.CfnServiceLevelObjective.MetricProperty;
import software.amazon.awscdk.services.applicationsignals.CfnServiceLevelObjective.MetricStatProperty;
import software.amazon.awscdk.services.applicationsignals.CfnServiceLevelObjective.MonitoredRequestCountMetricProperty;
import software.amazon.awscdk.services.applicationsignals.CfnServiceLevelObjective.RequestBasedSliMetricProperty;
import software.amazon.awscdk.services.applicationsignals.CfnServiceLevelObjective.RequestBasedSliProperty;
import software.amazon.awscdk.services.applicationsignals.CfnServiceLevelObjective.RollingIntervalProperty;
import software.amazon.awscdk.services.applicationsignals.CfnServiceLevelObjective.SliMetricProperty;
import software.amazon.awscdk.services.applicationsignals.CfnServiceLevelObjective.SliProperty;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeElb;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;
import software.constructs.Construct;

/**
 * The availability and latency SLOs of one {@link WebService}, as CloudWatch Application Signals
 * service level objectives on the load balancer's own metrics, and their burn-rate alarms.
 *
 * <p>Availability is request-based: bad requests are the load balancer's and the tasks' 5xx
 * ({@code HTTPCode_ELB_5XX_Count} plus {@code HTTPCode_Target_5XX_Count} of every target group),
 * out of the load balancer's {@code RequestCount}. Latency is period-based: a minute is good when
 * {@code TargetResponseTime} at the watched percentile (the slower target group's, as the
 * watcher's alarms read it) is at most the threshold. Both roll over {@value BurnRateAlert#SLO_DAYS}
 * days and publish {@code BurnRate} for every window of {@link BurnRateAlert#ALERTS}, which
 * Application Signals computes each minute over a sliding window (up to seven days, which a
 * metric alarm's one-day period could not). Each alert is one metric alarm,
 * {@code MIN([long, short]) >= burn rate}: the minimum of the two windows reaches the rate exactly
 * when both do, the "long AND short" of the workbook, in one alarm that also serves as an FIS stop
 * condition.
 */
final class ServiceLevelObjectives extends Construct {
  static final String NAMESPACE = "AWS/ApplicationSignals";
  private static final int MINUTE = 60;
  /** The period of the error-budget graph on the dashboard, and of the attainment metric it shows. */
  private static final Duration BUDGET_GRAPH_PERIOD = Duration.minutes(5);

  private final List<IMetric> budgetsLeft = new ArrayList<>();
  private final List<IMetric> hourlyBurnRates = new ArrayList<>();

  ServiceLevelObjectives(Construct scope, String id, String service, WebService web,
      WebServiceWatcherSettings settings, ServiceAlarms alarms) {
    super(scope, id);
    String percentile = "p" + AlarmSpec.number(settings.latencyPercentile());
    CfnServiceLevelObjective availability = CfnServiceLevelObjective.Builder.create(this, "Availability")
        .name(service + "-availability")
        .description("Requests to " + service + " answered without a 5xx, by the load balancer or a task")
        .requestBasedSli(RequestBasedSliProperty.builder()
            .requestBasedSliMetric(RequestBasedSliMetricProperty.builder()
                .totalRequestCountMetric(List.of(query("requests", web.loadBalancer().getMetrics()
                    .requestCount(sum()), true)))
                .monitoredRequestCountMetric(MonitoredRequestCountMetricProperty.builder()
                    .badCountMetric(badRequests(web)).build())
                .build())
            .build())
        .goal(goal(settings.availabilityObjectivePercent()))
        .burnRateConfigurations(burnRateWindows())
        .build();
    CfnServiceLevelObjective latency = CfnServiceLevelObjective.Builder.create(this, "Latency")
        .name(service + "-latency")
        .description("Minutes in which " + service + "'s " + percentile + " response time is at most "
            + AlarmSpec.number(settings.latencyMillis()) + " ms")
        .sli(SliProperty.builder()
            .sliMetric(SliMetricProperty.builder().metricDataQueries(slowestGroup(web, percentile))
                .periodSeconds(MINUTE).build())
            .metricThreshold(settings.latencyMillis() / 1000)
            .comparisonOperator("LessThanOrEqualTo")
            .build())
        .goal(goal(settings.latencyObjectivePercent()))
        .burnRateConfigurations(burnRateWindows())
        .build();
    addAlerts("Availability", availability, settings.availabilityObjectivePercent(), alarms,
        "The Errors graph (load balancer or task 5xx), then the last deployment and ERROR lines");
    addAlerts("Latency", latency, settings.latencyObjectivePercent(), alarms,
        "The Latency graph, then traces in X-Ray and the database's health");
  }

  /** One alarm per {@link BurnRateAlert}, paging or notifying as the table says. */
  private void addAlerts(String objective, CfnServiceLevelObjective slo, double goalPercent, ServiceAlarms alarms,
      String firstCheck) {
    String name = slo.getName();
    for (BurnRateAlert alert : BurnRateAlert.ALERTS) {
      IMetric bothWindows = MathExpression.Builder.create()
          .expression("MIN([FILL(long, 0), FILL(short, 0)])")
          .usingMetrics(ImmutableMap.of("long", burnRate(name, alert.longWindowMinutes()),
              "short", burnRate(name, alert.shortWindowMinutes())))
          .label(objective + " burn rate, the lower of " + BurnRateAlert.duration(alert.longWindowMinutes())
              + " and " + BurnRateAlert.duration(alert.shortWindowMinutes()))
          .period(Duration.minutes(1))
          .build();
      Alarm alarm = alarms.add(objective + alert.name(), new AlarmSpec(objective + " SLO ("
          + AlarmSpec.number(goalPercent) + " % over " + BurnRateAlert.SLO_DAYS + " days) budget burning at "
          + AlarmSpec.number(alert.burnRate()) + "x or faster over " + BurnRateAlert.duration(alert.longWindowMinutes())
          + " and " + BurnRateAlert.duration(alert.shortWindowMinutes()) + " (" + AlarmSpec.number(alert.budgetPercent())
          + " % of the budget within " + BurnRateAlert.duration(alert.longWindowMinutes()) + ")", firstCheck,
          bothWindows, alert.burnRate(), ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, AlarmWindow.of(1, 1),
          TreatMissingData.NOT_BREACHING, alert.pages()));
      alarm.getNode().addDependency(slo);
    }
    // Ids are unique per graph, which shows both SLOs: availabilityAttainment, latencyAttainment.
    String attainment = objective.toLowerCase(java.util.Locale.ROOT) + "Attainment";
    budgetsLeft.add(MathExpression.Builder.create()
        .expression("100 * (" + attainment + " - " + AlarmSpec.number(goalPercent) + ") / " + budgetPercent(goalPercent))
        // The metric at the graph's period: a metric of another period would be overridden, with a warning.
        .usingMetrics(ImmutableMap.of(attainment, sloMetric("AttainmentRate", name, Map.of(), BUDGET_GRAPH_PERIOD)))
        .label(objective + " error budget left (%)")
        .period(BUDGET_GRAPH_PERIOD)
        .build());
    hourlyBurnRates.add(burnRate(name, 60));
  }

  /** The error budget in percent, {@code 100 - goal}, exactly (100 - 99.9 is 0.1, not 0.0999…). */
  static String budgetPercent(double goalPercent) {
    return BigDecimal.valueOf(100).subtract(BigDecimal.valueOf(goalPercent)).stripTrailingZeros().toPlainString();
  }

  /** Application Signals' {@code BurnRate} of the SLO named {@code slo} over {@code minutes}. */
  private static IMetric burnRate(String slo, int minutes) {
    return sloMetric("BurnRate", slo, Map.of("BurnRateWindowMinutes", String.valueOf(minutes)), Duration.minutes(1));
  }

  private static IMetric sloMetric(String metric, String slo, Map<String, String> more, Duration period) {
    Map<String, String> dimensions = new TreeMap<>(more);
    dimensions.put("SloName", slo);
    return Metric.Builder.create().namespace(NAMESPACE).metricName(metric).dimensionsMap(dimensions)
        .statistic("Maximum").period(period).build();
  }

  private static List<BurnRateConfigurationProperty> burnRateWindows() {
    return BurnRateAlert.windows().stream()
        .map(minutes -> BurnRateConfigurationProperty.builder().lookBackWindowMinutes(minutes).build())
        .toList();
  }

  private static GoalProperty goal(double percent) {
    return GoalProperty.builder()
        .attainmentGoal(percent)
        .interval(IntervalProperty.builder().rollingInterval(RollingIntervalProperty.builder()
            .duration(BurnRateAlert.SLO_DAYS).durationUnit("DAY").build()).build())
        .build();
  }

  /** Load balancer 5xx plus every target group's task 5xx, per minute. */
  private static List<MetricDataQueryProperty> badRequests(WebService web) {
    List<MetricDataQueryProperty> queries = new ArrayList<>();
    queries.add(query("elb5xx", web.loadBalancer().getMetrics().httpCodeElb(HttpCodeElb.ELB_5XX_COUNT, sum()), false));
    StringBuilder expression = new StringBuilder("FILL(elb5xx, 0)");
    List<ApplicationTargetGroup> groups = TargetGroupMetrics.of(web).groups();
    for (int i = 0; i < groups.size(); i++) {
      String id = "tasks5xx" + i;
      queries.add(query(id, groups.get(i).getMetrics().httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT, sum()), false));
      expression.append(" + FILL(").append(id).append(", 0)");
    }
    queries.add(MetricDataQueryProperty.builder().id("bad").expression(expression.toString()).returnData(true).build());
    return queries;
  }

  /** {@code percentile} of {@code TargetResponseTime}: the one group's, or the slower of two. */
  private static List<MetricDataQueryProperty> slowestGroup(WebService web, String percentile) {
    List<ApplicationTargetGroup> groups = TargetGroupMetrics.of(web).groups();
    MetricOptions options = MetricOptions.builder().period(Duration.minutes(1)).statistic(percentile).build();
    if (groups.size() == 1) {
      return List.of(query("latency", groups.get(0).getMetrics().targetResponseTime(options), true));
    }
    List<MetricDataQueryProperty> queries = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      ids.add("FILL(latency" + i + ", 0)");
      queries.add(query("latency" + i, groups.get(i).getMetrics().targetResponseTime(options), false));
    }
    queries.add(MetricDataQueryProperty.builder().id("slowest").expression("MAX([" + String.join(", ", ids) + "])")
        .returnData(true).build());
    return queries;
  }

  /** A CDK metric as an Application Signals metric query, its dimensions in name order. */
  private static MetricDataQueryProperty query(String id, IMetric metric, boolean returnData) {
    Metric plain = (Metric) metric;
    List<DimensionProperty> dimensions = new TreeMap<>(plain.getDimensions()).entrySet().stream()
        .map(d -> DimensionProperty.builder().name(d.getKey()).value(String.valueOf(d.getValue())).build())
        .toList();
    return MetricDataQueryProperty.builder()
        .id(id)
        .metricStat(MetricStatProperty.builder()
            .metric(MetricProperty.builder().namespace(plain.getNamespace()).metricName(plain.getMetricName())
                .dimensions(dimensions).build())
            .period(MINUTE)
            .stat(plain.getStatistic())
            .build())
        .returnData(returnData)
        .build();
  }

  private static MetricOptions sum() {
    return MetricOptions.builder().period(Duration.minutes(1)).statistic("Sum").build();
  }

  /** Each SLO's error budget left over its period, in percent (below 0 once the SLO is missed). */
  List<IMetric> budgetsLeft() {
    return List.copyOf(budgetsLeft);
  }

  /** Each SLO's burn rate over the last hour. */
  List<IMetric> hourlyBurnRates() {
    return List.copyOf(hourlyBurnRates);
  }
}

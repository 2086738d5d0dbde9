package dev.groundwork.constructs.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.constructs.TestServices;
import dev.groundwork.constructs.compute.DeploymentOptions;
import dev.groundwork.constructs.compute.ServiceCluster;
import dev.groundwork.constructs.compute.WebService;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.testing.SynthesisExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awscdk.Stack;

/**
 * A web service's SLOs and burn-rate alarms in every tier, read from the templates: one
 * synthesis. The web service deploys ROLLING in dev (one target group) and CANARY in staging and
 * prod (two), so both SLI shapes are covered.
 */
class ServiceLevelObjectivesTest {
  static final String RUNBOOK = "https://runbooks.example.com/orders";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    for (PlatformEnvironment env : app.environments()) {
      Stack stack = env.addStack("services");
      ServiceCluster cluster = TestServices.cluster(stack);
      WebService api = new WebService(stack, "Api", TestServices.webService(cluster, env)
          .deployment(DeploymentOptions.builder().build())
          .build());
      AlertTopic alerts = new AlertTopic(stack, "Alerts", AlertTopicProps.builder()
          .addSubscribers(Subscriber.webhook("https://events.pagerduty.com/integration/abc/enqueue", Subscriber.Route.PAGE))
          .build());
      WebServiceWatcher watcher = new Monitoring(stack, "Monitoring", MonitoringProps.of(alerts)).addWebService(api,
          WebServiceWatchOptions.builder().runbookUrl(RUNBOOK).publicUrl("https://api.example.com").build());
      api.addRollbackAlarms(watcher.rollbackAlarms());
    }
    return app;
  });

  private static StackTemplate stack(SynthesizedApp app, String env) {
    return app.stack("test-" + env + "-services");
  }

  private static Resource named(SynthesizedApp app, String env, String path) {
    String full = env + "/services/" + path;
    return stack(app, env).resources().stream().filter(r -> r.isNamed(full)).findFirst()
        .orElseThrow(() -> new AssertionError("no resource at " + full));
  }

  private static Resource slo(SynthesizedApp app, String env, String objective) {
    return named(app, env, "Monitoring/Api/Objectives/" + objective);
  }

  @ParameterizedTest(name = "{0}: availability {1} %, latency {2} % of minutes within {3} s")
  @CsvSource({"dev, 99, 99, 3", "staging, 99.5, 99, 2", "prod, 99.9, 99.5, 1"})
  void twoNativeSlosPerWebServiceWithGoalsByTierOverThirtyRollingDays(String env, double availability,
      double latency, double seconds, SynthesizedApp app) {
    assertThat(stack(app, env).resourcesOfType("AWS::ApplicationSignals::ServiceLevelObjective")).hasSize(2);
    Resource requests = slo(app, env, "Availability");
    Resource minutes = slo(app, env, "Latency");
    assertThat(requests.property("Name").asText()).isEqualTo("test-" + env + "-Api-availability");
    assertThat(minutes.property("Name").asText()).isEqualTo("test-" + env + "-Api-latency");
    assertThat(requests.property("Goal.AttainmentGoal").asDouble()).isEqualTo(availability);
    assertThat(minutes.property("Goal.AttainmentGoal").asDouble()).isEqualTo(latency);
    assertThat(minutes.property("Sli.MetricThreshold").asDouble()).isEqualTo(seconds);
    for (Resource slo : List.of(requests, minutes)) {
      assertThat(slo.property("Goal.Interval.RollingInterval.Duration").asInt()).isEqualTo(30);
      assertThat(slo.property("Goal.Interval.RollingInterval.DurationUnit").asText()).isEqualTo("DAY");
      List<Integer> windows = new ArrayList<>();
      slo.property("BurnRateConfigurations").forEach(w -> windows.add(w.path("LookBackWindowMinutes").asInt()));
      assertThat(windows).containsExactly(5, 30, 60, 360, 4320);
    }
  }

  @Test
  void availabilityCountsLoadBalancerAndEveryTargetGroupsFiveHundredsOutOfRequests(SynthesizedApp app) {
    JsonNode prod = slo(app, "prod", "Availability").property("RequestBasedSli.RequestBasedSliMetric");
    assertThat(prod.path("TotalRequestCountMetric").toString()).contains("RequestCount").contains("\"Sum\"");
    JsonNode bad = prod.path("MonitoredRequestCountMetric").path("BadCountMetric");
    assertThat(bad.toString()).contains("HTTPCode_ELB_5XX_Count").contains("HTTPCode_Target_5XX_Count");
    JsonNode expression = bad.get(bad.size() - 1);
    assertThat(expression.path("Expression").asText()).isEqualTo("FILL(elb5xx, 0) + FILL(tasks5xx0, 0) + FILL(tasks5xx1, 0)");
    assertThat(expression.path("ReturnData").asBoolean()).isTrue();
    List<Resource> groups = stack(app, "prod").resourcesOfType("AWS::ElasticLoadBalancingV2::TargetGroup");
    assertThat(groups).hasSize(2).allSatisfy(group -> assertThat(bad.toString()).contains(group.logicalId()));
    JsonNode devBad = slo(app, "dev", "Availability")
        .property("RequestBasedSli.RequestBasedSliMetric.MonitoredRequestCountMetric.BadCountMetric");
    assertThat(devBad.get(devBad.size() - 1).path("Expression").asText()).isEqualTo("FILL(elb5xx, 0) + FILL(tasks5xx0, 0)");
  }

  @Test
  void latencyIsTheShareOfMinutesWhoseSlowerTargetGroupStaysWithinTheThreshold(SynthesizedApp app) {
    JsonNode sli = slo(app, "prod", "Latency").property("Sli");
    assertThat(sli.path("ComparisonOperator").asText()).isEqualTo("LessThanOrEqualTo");
    JsonNode queries = sli.path("SliMetric").path("MetricDataQueries");
    assertThat(queries.toString()).contains("TargetResponseTime").contains("\"p99\"");
    assertThat(queries.get(queries.size() - 1).path("Expression").asText())
        .isEqualTo("MAX([FILL(latency0, 0), FILL(latency1, 0)])");
    assertThat(sli.path("SliMetric").path("PeriodSeconds").asInt()).isEqualTo(60);
    assertThat(slo(app, "dev", "Latency").property("Sli.SliMetric.MetricDataQueries")).hasSize(1);
  }

  @ParameterizedTest(name = "{0}{1}: {2}x over {3} and {4} min, pages {5}")
  @CsvSource({
      "Availability, FastBurn, 14.4, 60, 5, true", "Availability, SlowBurn, 6, 360, 30, true",
      "Availability, BudgetTicket, 1, 4320, 360, false",
      "Latency, FastBurn, 14.4, 60, 5, true", "Latency, SlowBurn, 6, 360, 30, true",
      "Latency, BudgetTicket, 1, 4320, 360, false"})
  void burnRateAlarmsReadBothWindowsOfTheSloAndPageOrTicket(String objective, String alert, double rate,
      int longWindow, int shortWindow, boolean pages, SynthesizedApp app) {
    Resource alarm = named(app, "prod", "Monitoring/Api/Alarms/" + objective + alert);
    assertThat(alarm.property("Threshold").asDouble()).isEqualTo(rate);
    assertThat(alarm.property("ComparisonOperator").asText()).isEqualTo("GreaterThanOrEqualToThreshold");
    assertThat(alarm.property("EvaluationPeriods").asInt()).isEqualTo(1);
    assertThat(alarm.property("TreatMissingData").asText()).isEqualTo("notBreaching");
    JsonNode metrics = alarm.property("Metrics");
    assertThat(metrics.toString()).contains("MIN([FILL(long, 0), FILL(short, 0)])");
    String sloName = slo(app, "prod", objective).property("Name").asText();
    List<String> windows = new ArrayList<>();
    for (JsonNode metric : metrics) {
      JsonNode stat = metric.path("MetricStat").path("Metric");
      if (!stat.isMissingNode()) {
        assertThat(stat.path("Namespace").asText()).isEqualTo("AWS/ApplicationSignals");
        assertThat(stat.path("MetricName").asText()).isEqualTo("BurnRate");
        assertThat(stat.path("Dimensions").toString()).contains("\"SloName\"").contains(sloName);
        stat.path("Dimensions").forEach(d -> {
          if (d.path("Name").asText().equals("BurnRateWindowMinutes")) {
            windows.add(d.path("Value").asText());
          }
        });
      }
    }
    assertThat(windows).containsExactlyInAnyOrder(String.valueOf(longWindow), String.valueOf(shortWindow));
    String paging = named(app, "prod", "Monitoring/Api/Alarms/Paging").property("AlarmRule").toString();
    assertThat(paging.contains(alarm.logicalId())).isEqualTo(pages);
    assertThat(alarm.property("AlarmDescription").asText()).contains("Runbook: " + RUNBOOK);
  }

  @Test
  void staticThresholdsAndTicketsNotifyTheMailboxWhileOnlyTheCompositePages(SynthesizedApp app) {
    String notifications = named(app, "prod", "Alerts/Notifications").logicalId();
    String pages = named(app, "prod", "Alerts/Pages").logicalId();
    for (String ticket : List.of("LoadBalancerErrors", "TargetErrors", "Latency", "UnhealthyHosts", "RunningBelowDesired",
        "AvailabilityBudgetTicket", "LatencyBudgetTicket", "AvailabilityFastBurn")) {
      String actions = named(app, "prod", "Monitoring/Api/Alarms/" + ticket).property("AlarmActions").toString();
      assertThat(actions).as(ticket).contains(notifications).doesNotContain(pages);
    }
    assertThat(named(app, "prod", "Monitoring/Api/Alarms/Paging").property("AlarmActions").toString()).contains(pages);
  }

  @Test
  void theDashboardShowsTheBudgetLeftOfEachSloAndItsHourlyBurnRate(SynthesizedApp app) {
    String body = named(app, "prod", "Monitoring/Api/Dashboard/Dashboard").property("DashboardBody").toString();
    assertThat(body).contains("Error budget left over 30 days")
        .contains("100 * (availabilityAttainment - 99.9) / 0.1").contains("100 * (latencyAttainment - 99.5) / 0.5")
        .contains("AttainmentRate").contains("BurnRate").contains("test-prod-Api-availability")
        .contains("test-prod-Api-latency");
  }

  @Test
  void theSlosAndTheirAlarmsPassTheBaseline(PolicyReport report) {
    assertThat(report.findings()).filteredOn(f -> f.constructPath().contains("/Objectives/")
        || f.constructPath().contains("Burn") || f.constructPath().contains("BudgetTicket")).isEmpty();
  }

  /** A metric whose period differs from its graph's is overridden by CDK, with a warning on every synthesis. */
  @Test
  void theDashboardsGraphsLeaveNoCdkWarning(SynthesizedApp app) throws IOException {
    try (Stream<Path> files = Files.walk(app.assemblyDirectory())) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain("MetricsPeriodsOverridden");
      }
    }
  }
}

package dev.groundwork.constructs.observability;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.constructs.compute.ContainerOptions;
import dev.groundwork.constructs.compute.DeploymentOptions;
import dev.groundwork.constructs.compute.ServiceCluster;
import dev.groundwork.constructs.compute.ServiceClusterProps;
import dev.groundwork.constructs.compute.TlsCertificate;
import dev.groundwork.constructs.compute.WebService;
import dev.groundwork.constructs.compute.WebServiceProps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.testing.SynthesisExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecs.DeploymentStrategy;

/**
 * Which target groups a {@link WebServiceWatcher}'s alarms read: both groups of a CANARY or
 * BLUE_GREEN service (ECS serves from either after a deployment), the one group of a ROLLING one.
 */
class WebServiceWatcherTargetGroupsTest {
  /** Each target-group alarm and the suffix of its two metrics' ids. */
  private static final Map<String, String> TARGET_GROUP_ALARMS = ImmutableMap.of(
      "TargetErrors", "5xx", "Latency", "P99", "UnhealthyHosts", "Unhealthy");

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    PlatformEnvironment prod = app.environments().stream().filter(e -> e.name().equals("prod")).findFirst().orElseThrow();
    Stack stack = prod.addStack("services");
    SecureVpc network = new SecureVpc(stack, "Network", SecureVpcProps.of(Cidr.of("10.0.0.0/16")));
    ServiceCluster cluster = new ServiceCluster(stack, "Cluster", ServiceClusterProps.of(network.vpc()));
    AlertTopic alerts = new AlertTopic(stack, "Alerts", AlertTopicProps.builder()
        .addSubscribers(Subscriber.email("oncall@example.com", Subscriber.Route.NOTIFY))
        .build());
    Monitoring monitoring = new Monitoring(stack, "Monitoring", MonitoringProps.of(alerts));
    ImmutableMap.of("Canary", Optional.of(DeploymentStrategy.CANARY),
        "BlueGreen", Optional.of(DeploymentStrategy.BLUE_GREEN),
        "Rolling", Optional.<DeploymentStrategy>empty()).forEach((name, strategy) -> {
      WebServiceProps.Builder props = WebServiceProps.builder()
          .cluster(cluster)
          .container(ContainerOptions.builder().image("public.ecr.aws/nginx/nginx-unprivileged:1.27.3")
              .cpu(512).memoryMiB(1024).user("101:101").build())
          .certificate(TlsCertificate.fromArn("arn:aws:acm:eu-west-1:" + prod.account().value()
              + ":certificate/7e1c2a9d-4b3f-4c55-9a0e-2f6d8b1c3e4a"));
      strategy.ifPresent(s -> props.deployment(DeploymentOptions.builder().strategy(s).build()));
      WebService web = new WebService(stack, name, props.build());
      WebServiceWatcher watcher = monitoring.addWebService(web, WebServiceWatchOptions.builder()
          .runbookUrl("https://runbooks.example.com/" + name)
          .publicUrl("https://" + name.toLowerCase(java.util.Locale.ROOT) + ".example.com")
          .build());
      web.addRollbackAlarms(watcher.rollbackAlarms());
    });
    return app;
  });

  private static StackTemplate stack(SynthesizedApp app) {
    return app.stack("test-prod-services");
  }

  private static Resource named(SynthesizedApp app, String path) {
    String full = "prod/services/" + path;
    return stack(app).resources().stream().filter(r -> r.isNamed(full)).findFirst()
        .orElseThrow(() -> new AssertionError("no resource at " + full));
  }

  private static Resource alarm(SynthesizedApp app, String service, String alarm) {
    return named(app, "Monitoring/" + service + "/Alarms/" + alarm);
  }

  /** The expressions of an alarm's metric math, in order. */
  private static List<String> expressions(Resource alarm) {
    List<String> expressions = new ArrayList<>();
    StreamSupport.stream(alarm.property("Metrics").spliterator(), false)
        .filter(m -> m.has("Expression")).forEach(m -> expressions.add(m.path("Expression").asText()));
    return expressions;
  }

  private static JsonNode metricStat(Resource alarm, String id) {
    return StreamSupport.stream(alarm.property("Metrics").spliterator(), false)
        .filter(m -> m.path("Id").asText().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(alarm.describe() + " has no metric " + id))
        .path("MetricStat");
  }

  @Nested
  class TrafficShifting {
    @ParameterizedTest
    @ValueSource(strings = {"Canary", "BlueGreen"})
    void everyTargetGroupAlarmReadsBothGroups(String service, SynthesizedApp app) {
      String tasks = named(app, service + "/Tasks").logicalId();
      String alternate = named(app, service + "/TasksAlternate").logicalId();
      TARGET_GROUP_ALARMS.forEach((name, key) -> {
        Resource alarm = alarm(app, service, name);
        assertThat(alarm.references()).as(alarm.describe()).contains(tasks, alternate);
        assertThat(metricStat(alarm, "tasks" + key).toString()).as(alarm.describe()).contains(tasks)
            .doesNotContain(alternate);
        assertThat(metricStat(alarm, "tasksAlternate" + key).toString()).as(alarm.describe()).contains(alternate)
            .doesNotContain(tasks);
      });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Canary", "BlueGreen"})
    void sumsErrorsAndUnhealthyHostsAndTakesTheSlowerGroupsLatency(String service, SynthesizedApp app) {
      Resource errors = alarm(app, service, "TargetErrors");
      assertThat(expressions(errors)).containsExactly(
          "IF(requests > 0, 100 * FILL(target5xx, 0) / requests, 0)",
          "SUM([FILL(tasks5xx, 0), FILL(tasksAlternate5xx, 0)])");
      assertThat(metricStat(errors, "tasks5xx").path("Metric").path("MetricName").asText()).isEqualTo("HTTPCode_Target_5XX_Count");
      assertThat(metricStat(errors, "tasksAlternate5xx").path("Stat").asText()).isEqualTo("Sum");

      Resource latency = alarm(app, service, "Latency");
      assertThat(expressions(latency)).containsExactly("MAX([FILL(tasksP99, 0), FILL(tasksAlternateP99, 0)])");
      assertThat(metricStat(latency, "tasksP99").path("Metric").path("MetricName").asText()).isEqualTo("TargetResponseTime");
      assertThat(metricStat(latency, "tasksP99").path("Stat").asText()).isEqualTo("p99");
      assertThat(metricStat(latency, "tasksAlternateP99").path("Stat").asText()).isEqualTo("p99");
      assertThat(latency.property("Threshold").asDouble()).isEqualTo(1);

      Resource unhealthy = alarm(app, service, "UnhealthyHosts");
      assertThat(expressions(unhealthy)).containsExactly("SUM([FILL(tasksUnhealthy, 0), FILL(tasksAlternateUnhealthy, 0)])");
      assertThat(metricStat(unhealthy, "tasksAlternateUnhealthy").path("Metric").path("MetricName").asText())
          .isEqualTo("UnHealthyHostCount");
      assertThat(metricStat(unhealthy, "tasksAlternateUnhealthy").path("Stat").asText()).isEqualTo("Maximum");
    }

    @Test
    void theDeploymentRollsBackOnTheAlarmsOverBothGroups(SynthesizedApp app) {
      assertThat(app).environment("prod").resource("prod/services/Canary/Service/Service")
          .hasProperty("DeploymentConfiguration.Strategy", "CANARY")
          .referencesAt("DeploymentConfiguration.Alarms.AlarmNames[1]", "prod/services/Monitoring/Canary/Alarms/TargetErrors")
          .referencesAt("DeploymentConfiguration.Alarms.AlarmNames[2]", "prod/services/Monitoring/Canary/Alarms/Latency")
          .referencesAt("DeploymentConfiguration.Alarms.AlarmNames[3]", "prod/services/Monitoring/Canary/Alarms/UnhealthyHosts");
    }

    @Test
    void theDashboardGraphsBothGroups(SynthesizedApp app) {
      Resource dashboard = stack(app).resourcesOfType("AWS::CloudWatch::Dashboard").stream()
          .filter(d -> d.constructPath().orElseThrow().startsWith("prod/services/Monitoring/Canary/")).findFirst()
          .orElseThrow();
      assertThat(dashboard.references()).contains(named(app, "Canary/Tasks").logicalId(),
          named(app, "Canary/TasksAlternate").logicalId());
    }

    @Test
    void theLoadBalancerAlarmIsUnchanged(SynthesizedApp app) {
      assertThat(expressions(alarm(app, "Canary", "LoadBalancerErrors")))
          .containsExactly("IF(requests > 0, 100 * FILL(elb5xx, 0) / requests, 0)");
    }
  }

  @Nested
  class Rolling {
    /** The logical id of the ROLLING service's one target group (the HTTPS listener's {@code Tasks}). */
    private String rollingGroup(SynthesizedApp app) {
      return stack(app).resourcesOfType("AWS::ElasticLoadBalancingV2::TargetGroup").stream()
          .filter(g -> g.constructPath().orElseThrow().startsWith("prod/services/Rolling/"))
          .reduce((a, b) -> { throw new AssertionError("more than one target group: " + a + ", " + b); })
          .orElseThrow().logicalId();
    }

    @Test
    void latencyAndUnhealthyHostsAreSingleMetricsOfTheOneGroup(SynthesizedApp app) {
      assertThat(app).environment("prod").resourcesOfType("AWS::ElasticLoadBalancingV2::TargetGroup").hasSize(5);
      String tasks = rollingGroup(app);
      Resource latency = alarm(app, "Rolling", "Latency");
      assertThat(latency.property("MetricName").asText()).isEqualTo("TargetResponseTime");
      assertThat(latency.property("ExtendedStatistic").asText()).isEqualTo("p99");
      assertThat(latency.property("Metrics").isMissingNode()).isTrue();
      assertThat(latency.references()).contains(tasks);
      Resource unhealthy = alarm(app, "Rolling", "UnhealthyHosts");
      assertThat(unhealthy.property("MetricName").asText()).isEqualTo("UnHealthyHostCount");
      assertThat(unhealthy.property("Statistic").asText()).isEqualTo("Maximum");
      assertThat(unhealthy.references()).contains(tasks);
    }

    @Test
    void taskErrorsAreTheOneGroupsCountOverRequests(SynthesizedApp app) {
      Resource errors = alarm(app, "Rolling", "TargetErrors");
      assertThat(expressions(errors)).containsExactly("IF(requests > 0, 100 * FILL(target5xx, 0) / requests, 0)");
      assertThat(metricStat(errors, "target5xx").path("Metric").path("MetricName").asText())
          .isEqualTo("HTTPCode_Target_5XX_Count");
      assertThat(metricStat(errors, "target5xx").toString()).contains(rollingGroup(app));
    }
  }
}

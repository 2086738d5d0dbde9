package dev.groundwork.constructs.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.constructs.TestApps;
import dev.groundwork.constructs.compute.ContainerOptions;
import dev.groundwork.constructs.compute.ServiceCluster;
import dev.groundwork.constructs.compute.ServiceClusterProps;
import dev.groundwork.constructs.compute.TlsCertificate;
import dev.groundwork.constructs.compute.WebService;
import dev.groundwork.constructs.compute.WebServiceProps;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Region;
import dev.groundwork.core.Tier;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;

/** Every bad input the observability constructs refuse, each with its code and the property named. */
class ObservabilityInvalidInputTest {
  static final String RUNBOOK = "https://runbooks.example.com/x";

  static AbstractThrowableAssert<?, ?> rejected(ThrowingCallable call, String code) {
    return assertThatThrownBy(call)
        .isInstanceOf(GroundworkValidationException.class)
        .satisfies(e -> assertThat(((GroundworkValidationException) e).codes()).contains(code))
        .hasMessageContaining("[" + code + "]");
  }

  @Test
  void rejectsAZeroThreshold() {
    rejected(() -> WebServiceWatchOptions.builder().runbookUrl(RUNBOOK).latencyMillis(0.0).build(), "ALARM_THRESHOLD")
        .hasMessageContaining("WebServiceWatchOptions: latencyMillis must be above 0, got 0.0");
  }

  @Test
  void rejectsANegativeThreshold() {
    rejected(() -> QueueWorkerWatchOptions.builder().runbookUrl(RUNBOOK).backlogPerTask(-5.0).build(), "ALARM_THRESHOLD")
        .hasMessageContaining("backlogPerTask must be above 0, got -5.0");
    rejected(() -> CustomAlarm.builder().id("Mine")
        .metric(software.amazon.awscdk.services.cloudwatch.Metric.Builder.create().namespace("N").metricName("M").build())
        .threshold(-1).missingData(software.amazon.awscdk.services.cloudwatch.TreatMissingData.NOT_BREACHING)
        .summary("s").firstCheck("f").build(), "ALARM_THRESHOLD")
        .hasMessageContaining("CustomAlarm 'Mine': threshold must be above 0");
  }

  @Test
  void rejectsAPercentageAboveHundred() {
    rejected(() -> WebServiceWatchOptions.builder().runbookUrl(RUNBOOK).targetErrorPercent(150.0).build(), "ALARM_THRESHOLD")
        .hasMessageContaining("targetErrorPercent must be above 0 and at most 100 (percent), got 150.0");
  }

  @Test
  void rejectsAPercentileOutsideZeroToHundred() {
    rejected(() -> WebServiceWatchOptions.builder().runbookUrl(RUNBOOK).latencyPercentile(0).build(), "ALARM_PERCENTILE")
        .hasMessageContaining("latencyPercentile must be above 0 and at most 100, got 0.0");
    rejected(() -> WebServiceWatchOptions.builder().runbookUrl(RUNBOOK).latencyPercentile(100.5).build(), "ALARM_PERCENTILE")
        .hasMessageContaining("got 100.5");
    assertThat(WebServiceWatchOptions.builder().runbookUrl(RUNBOOK).latencyPercentile(100).build().latencyPercentile())
        .isEqualTo(100);
  }

  @Test
  void rejectsAnObjectiveWithoutBudgetOrBelowFifty() {
    rejected(() -> WebServiceWatchOptions.builder().runbookUrl(RUNBOOK).availabilityObjectivePercent(100.0).build(),
        "SLO_OBJECTIVE").hasMessageContaining("availabilityObjectivePercent must be at least 50 and below 100 (percent), got 100.0");
    rejected(() -> WebServiceWatchOptions.builder().runbookUrl(RUNBOOK).latencyObjectivePercent(40.0).build(),
        "SLO_OBJECTIVE").hasMessageContaining("latencyObjectivePercent").hasMessageContaining("got 40.0");
    assertThat(WebServiceWatchOptions.builder().runbookUrl(RUNBOOK).availabilityObjectivePercent(50.0).build()
        .availabilityObjectivePercent()).contains(50.0);
  }

  @Test
  void rejectsMOfNWithMAboveN() {
    rejected(() -> AlarmWindow.of(4, 3), "ALARM_WINDOW")
        .hasMessageContaining("AlarmWindow: datapointsToAlarm must be 1 to evaluationPeriods (3), got 4");
  }

  @Test
  void rejectsAMissingRunbookForEveryServiceType() {
    rejected(() -> WebServiceWatchOptions.builder().build(), "ALARM_RUNBOOK_REQUIRED")
        .hasMessageContaining("WebServiceWatchOptions: runbookUrl must be the https:// URL of the service's runbook, got nothing");
    rejected(() -> QueueWorkerWatchOptions.builder().build(), "ALARM_RUNBOOK_REQUIRED");
    rejected(() -> DatabaseWatchOptions.builder().maxConnections(100).build(), "ALARM_RUNBOOK_REQUIRED");
    rejected(() -> WebServiceWatchOptions.builder().runbookUrl("http://wiki/runbook").build(), "ALARM_RUNBOOK_URL")
        .hasMessageContaining("runbookUrl must be an https:// URL with a host, got http://wiki/runbook");
  }

  @Test
  void rejectsAnEmailAddressThatIsNotOne() {
    rejected(() -> Subscriber.email("oncall at example.com", Subscriber.Route.NOTIFY), "ALERT_SUBSCRIBER_EMAIL")
        .hasMessageContaining("Subscriber: email must be an e-mail address such as oncall@example.com, got oncall at example.com");
    rejected(() -> Subscriber.email("oncall@localhost", Subscriber.Route.NOTIFY), "ALERT_SUBSCRIBER_EMAIL");
  }

  @Test
  void rejectsAWebhookThatIsNotHttps() {
    rejected(() -> Subscriber.webhook("http://hooks.example.com/x", Subscriber.Route.PAGE), "ALERT_SUBSCRIBER_WEBHOOK")
        .hasMessageContaining("webhook must be an https:// URL with a host, got http://hooks.example.com/x");
    rejected(() -> Subscriber.webhook("hooks.example.com/x", Subscriber.Route.PAGE), "ALERT_SUBSCRIBER_WEBHOOK");
  }

  @Test
  void rejectsABudgetAmountThatIsNotPositive(@TempDir Path outdir) {
    Stack stack = TestApps.appWithEveryTier(outdir).environment("dev").addStack("budget");
    AlertTopic alerts = new AlertTopic(stack, "Alerts", AlertTopicProps.defaults());
    rejected(() -> EnvironmentBudgetProps.builder().monthlyAmountUsd(0).costCenter("cc-1").alerts(alerts).build(),
        "BUDGET_AMOUNT").hasMessageContaining("monthlyAmountUsd must be above 0 (US dollars a month), got 0.0");
    rejected(() -> EnvironmentBudgetProps.builder().monthlyAmountUsd(-10).costCenter("cc-1").alerts(alerts).build(),
        "BUDGET_AMOUNT");
  }

  @Test
  void aBudgetWithoutACostCenterNeedsAnEnvironmentThatNamesOne() {
    // A plain CDK stage adopted by hand: its context names no cost center, so there is no default.
    App app = new App();
    Stage stage = new Stage(app, "dev");
    new PlatformContext("orders", "dev", Tier.DEV, AccountId.of("111111111111"), Region.of("eu-west-1"))
        .attachTo(stage);
    Stack stack = new Stack(stage, "budget");
    AlertTopic alerts = new AlertTopic(stack, "Alerts", AlertTopicProps.defaults());
    rejected(() -> new EnvironmentBudget(stack, "Budget", EnvironmentBudgetProps.builder().monthlyAmountUsd(100)
        .alerts(alerts).build()), "BUDGET_COST_CENTER")
        .hasMessageContaining("costCenter must be the cost-center tag value whose costs count, got unset")
        .hasMessageContaining("pass costCenter(...)");
    rejected(() -> EnvironmentBudgetProps.builder().monthlyAmountUsd(100).costCenter(" ").alerts(alerts).build(),
        "BUDGET_COST_CENTER");
  }

  @Test
  void rejectsAMissingMaxConnections() {
    rejected(() -> DatabaseWatchOptions.builder().runbookUrl(RUNBOOK).build(), "DATABASE_MAX_CONNECTIONS_REQUIRED")
        .hasMessageContaining("maxConnections must be the engine's max_connections");
  }

  @Test
  void rejectsAnInternetFacingServiceWithoutAPublicUrl(@TempDir Path outdir) {
    Stack stack = TestApps.appWithEveryTier(outdir).environment("prod").addStack("services");
    ServiceCluster cluster = new ServiceCluster(stack, "Cluster", ServiceClusterProps.of(
        Vpc.fromVpcAttributes(stack, "Vpc", VpcAttributes.builder().vpcId("vpc-0123456789abcdef0")
            .availabilityZones(List.of("eu-west-1a", "eu-west-1b"))
            .publicSubnetIds(List.of("subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"))
            .privateSubnetIds(List.of("subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2"))
            .build())));
    WebService api = new WebService(stack, "Api", WebServiceProps.builder()
        .cluster(cluster)
        .container(ContainerOptions.builder().image("nginx:1.27.3").cpu(512).memoryMiB(1024).build())
        .certificate(TlsCertificate.fromArn("arn:aws:acm:eu-west-1:333333333333:certificate/abc-123"))
        .build());
    Monitoring monitoring = new Monitoring(stack, "Monitoring",
        MonitoringProps.of(new AlertTopic(stack, "Alerts", AlertTopicProps.defaults())));
    rejected(() -> monitoring.addWebService(api, WebServiceWatchOptions.builder().runbookUrl(RUNBOOK).build()),
        "UPTIME_URL_REQUIRED")
        .hasMessageContaining("WebServiceWatcher at 'prod/services/Monitoring/Api': publicUrl must be the https:// address");
  }
}

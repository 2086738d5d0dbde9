package dev.groundwork.constructs.observability;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.MonitoringMetadata;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.constructs.TestServices;
import dev.groundwork.constructs.compute.QueueWorkerService;
import dev.groundwork.constructs.compute.ServiceCluster;
import dev.groundwork.constructs.compute.TracingSidecar;
import dev.groundwork.constructs.compute.WebService;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.testing.SynthesisExtension;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.rds.AuroraPostgresClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.rds.ProvisionedClusterInstanceProps;

/** Monitoring a web service, a queue worker and a database in every tier: one synthesis. */
class MonitoringTest {
  static final String RUNBOOK = "https://runbooks.example.com/orders";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    for (PlatformEnvironment env : app.environments()) {
      Stack stack = env.addStack("services");
      ServiceCluster cluster = TestServices.cluster(stack);
      WebService api = new WebService(stack, "Api", TestServices.webService(cluster, env)
          .build());
      QueueWorkerService worker = new QueueWorkerService(stack, "Worker", TestServices.heartbeatWorker(cluster)
          .build());
      DatabaseCluster database = DatabaseCluster.Builder.create(stack, "Database")
          .engine(DatabaseClusterEngine.auroraPostgres(AuroraPostgresClusterEngineProps.builder()
              .version(AuroraPostgresEngineVersion.VER_16_4).build()))
          .writer(ClusterInstance.provisioned("Writer", ProvisionedClusterInstanceProps.builder().build()))
          .vpc(cluster.vpc())
          .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
          .build();
      AlertTopic alerts = new AlertTopic(stack, "Alerts", AlertTopicProps.builder()
          .addSubscribers(Subscriber.email("oncall@example.com", Subscriber.Route.NOTIFY))
          .addSubscribers(Subscriber.webhook("https://events.pagerduty.com/integration/abc/enqueue", Subscriber.Route.PAGE))
          .build());
      // PROD counts the app's cost center (cc-0001, TestApps), DEV one passed explicitly.
      EnvironmentBudgetProps.Builder budget = EnvironmentBudgetProps.builder().monthlyAmountUsd(500).alerts(alerts);
      if (env.name().equals("dev")) {
        budget.costCenter("cc-dev-lab");
      }
      new EnvironmentBudget(stack, "Budget", budget.build());
      Monitoring monitoring = new Monitoring(stack, "Monitoring", MonitoringProps.of(alerts));
      monitoring.addWebService(api, WebServiceWatchOptions.builder()
          .runbookUrl(RUNBOOK)
          .publicUrl("https://api.example.com")
          .addCustomAlarms(CustomAlarm.builder()
              .id("CheckoutFailures")
              .metric(Metric.Builder.create().namespace("Orders").metricName("CheckoutFailures").build())
              .threshold(5)
              .missingData(TreatMissingData.NOT_BREACHING)
              .summary("Checkout failures above normal")
              .firstCheck("The payment provider's status page")
              .pages(true)
              .build())
          .build());
      monitoring.addQueueWorker(worker, QueueWorkerWatchOptions.builder().runbookUrl(RUNBOOK).build());
      monitoring.addDatabase("Database", database, DatabaseWatchOptions.builder()
          .runbookUrl(RUNBOOK).maxConnections(1000).build());
    }
    return app;
  });

  private static StackTemplate stack(SynthesizedApp app, String env) {
    return app.stack("test-" + env + "-services");
  }

  private static Resource alarm(SynthesizedApp app, String env, String path) {
    String full = env + "/services/Monitoring/" + path;
    return stack(app, env).resources().stream().filter(r -> r.isNamed(full)).findFirst()
        .orElseThrow(() -> new AssertionError("no resource at " + full));
  }

  @ParameterizedTest(name = "{0}: {1} at {2}")
  @CsvSource({
      "dev, Api/Alarms/LoadBalancerErrors, 5", "staging, Api/Alarms/LoadBalancerErrors, 2", "prod, Api/Alarms/LoadBalancerErrors, 1",
      "dev, Api/Alarms/TargetErrors, 5", "prod, Api/Alarms/TargetErrors, 1",
      "dev, Api/Alarms/Latency, 3", "staging, Api/Alarms/Latency, 2", "prod, Api/Alarms/Latency, 1",
      "dev, Api/Alarms/Cpu, 90", "prod, Api/Alarms/Memory, 80",
      "dev, Api/Alarms/ErrorLines, 50", "prod, Api/Alarms/ErrorLines, 10",
      "prod, Api/Alarms/UnhealthyHosts, 1", "prod, Api/Alarms/RunningBelowDesired, 1",
      "prod, Api/Alarms/UptimeFailures, 100", "prod, Api/Alarms/CheckoutFailures, 5",
      "dev, Worker/Alarms/OldestMessageAge, 3600", "prod, Worker/Alarms/OldestMessageAge, 600",
      "staging, Worker/Alarms/BacklogPerTask, 500",
      "prod, Database/Alarms/Connections, 800", "dev, Database/Alarms/Connections, 900",
      "prod, Database/Alarms/ReplicaLag, 1000", "prod, Database/Alarms/Cpu, 80",
      "prod, Database/Alarms/FreeLocalStorage, 10737418240", "dev, Database/Alarms/FreeableMemory, 134217728"})
  void thresholdsFollowTheTier(String env, String path, double threshold, SynthesizedApp app) {
    Resource alarm = alarm(app, env, path);
    assertThat(alarm.property("Threshold").asDouble()).isEqualTo(threshold);
  }

  @ParameterizedTest
  @CsvSource({"dev, 5, 5", "staging, 3, 5", "prod, 2, 3"})
  void everyAlarmHasAnMofNWindowMissingDataTreatmentRunbookAndNotifies(String env, int m, int n, SynthesizedApp app) {
    StackTemplate stack = stack(app, env);
    String notifications = stack.resources().stream()
        .filter(r -> r.isNamed(env + "/services/Alerts/Notifications")).findFirst().orElseThrow().logicalId();
    // The worker's step-scaling alarms act on the scaling policy and are not Monitoring's.
    List<Resource> alarms = stack.resourcesOfType("AWS::CloudWatch::Alarm").stream()
        .filter(a -> a.constructPath().orElseThrow().contains("/Monitoring/") || a.isNamed(env + "/services/Worker/DeadLetterAlarm"))
        .toList();
    assertThat(alarms).hasSizeGreaterThan(20).allSatisfy(a -> {
      assertThat(a.property("TreatMissingData").asText()).as(a.describe()).isNotEmpty();
      assertThat(a.property("AlarmDescription").asText()).as(a.describe()).contains("Runbook: " + RUNBOOK)
          .contains("First check: ");
      assertThat(a.property("AlarmActions").toString()).as(a.describe()).contains(notifications);
    });
    // Burn-rate alarms read windows Application Signals already aggregates: one datapoint decides.
    assertThat(alarms).filteredOn(a -> !a.isNamed(env + "/services/Worker/DeadLetterAlarm")
            && !a.isNamed(env + "/services/Monitoring/Api/Alarms/UptimeFailures")
            && !a.constructPath().orElseThrow().contains("Burn") && !a.constructPath().orElseThrow().contains("BudgetTicket"))
        .allSatisfy(a -> {
          assertThat(a.property("DatapointsToAlarm").asInt()).as(a.describe()).isEqualTo(m);
          assertThat(a.property("EvaluationPeriods").asInt()).as(a.describe()).isEqualTo(n);
        });
  }

  @Test
  void errorRateIsMetricMathOverRequestsNotARawCount(SynthesizedApp app) {
    Resource alarm = alarm(app, "prod", "Api/Alarms/LoadBalancerErrors");
    JsonNode metrics = alarm.property("Metrics");
    assertThat(metrics.toString()).contains("IF(requests > 0, 100 * FILL(elb5xx, 0) / requests, 0)")
        .contains("HTTPCode_ELB_5XX_Count").contains("RequestCount");
    assertThat(alarm(app, "prod", "Api/Alarms/Latency").property("ExtendedStatistic").asText()).isEqualTo("p99");
  }

  @Test
  void oneCompositePerServicePagesAndHoldsOnlyTheSymptomAlarms(SynthesizedApp app) {
    StackTemplate prod = stack(app, "prod");
    assertThat(prod.resourcesOfType("AWS::CloudWatch::CompositeAlarm")).hasSize(3);
    Resource composite = alarm(app, "prod", "Api/Alarms/Paging");
    String rule = composite.property("AlarmRule").toString();
    for (String child : List.of("AvailabilityFastBurn", "AvailabilitySlowBurn", "LatencyFastBurn", "LatencySlowBurn",
        "UptimeFailures", "CheckoutFailures")) {
      assertThat(rule).contains(alarm(app, "prod", "Api/Alarms/" + child).logicalId());
    }
    // The static thresholds and the budget tickets notify; the burn rates page instead.
    for (String notifyOnly : List.of("LoadBalancerErrors", "TargetErrors", "Latency", "UnhealthyHosts",
        "RunningBelowDesired", "AvailabilityBudgetTicket", "LatencyBudgetTicket", "Cpu", "Memory", "ErrorLines")) {
      assertThat(rule).doesNotContain(alarm(app, "prod", "Api/Alarms/" + notifyOnly).logicalId());
    }
    String pages = prod.resources().stream().filter(r -> r.isNamed("prod/services/Alerts/Pages")).findFirst()
        .orElseThrow().logicalId();
    assertThat(composite.property("AlarmActions").toString()).contains(pages);
    assertThat(composite.metadata().path(MonitoringMetadata.WATCHES).toString())
        .contains(prod.resources().stream().filter(r -> r.isNamed("prod/services/Api/Service/Service"))
            .findFirst().orElseThrow().logicalId());
    String workerRule = alarm(app, "prod", "Worker/Alarms/Paging").property("AlarmRule").toString();
    assertThat(workerRule).contains(prod.resources().stream()
        .filter(r -> r.isNamed("prod/services/Worker/DeadLetterAlarm")).findFirst().orElseThrow().logicalId())
        .contains(alarm(app, "prod", "Worker/Alarms/OldestMessageAge").logicalId())
        .doesNotContain(alarm(app, "prod", "Worker/Alarms/RunningBelowDesired").logicalId());
  }

  @Test
  void devHasNoPagingTopicSoItsCompositesOnlyNotify(SynthesizedApp app) {
    StackTemplate dev = stack(app, "dev");
    assertThat(dev.resourcesOfType("AWS::SNS::Topic")).hasSize(1);
    assertThat(dev.resourcesOfType("AWS::SNS::Subscription")).hasSize(1)
        .allSatisfy(s -> assertThat(s.property("Protocol").asText()).isEqualTo("email"));
    assertThat(stack(app, "prod").resourcesOfType("AWS::SNS::Subscription"))
        .extracting(s -> s.property("Protocol").asText()).containsExactlyInAnyOrder("email", "https");
  }

  @Test
  void topicsAreEncryptedTlsOnlyAndLetAlarmsEventsAndBudgetsPublish(SynthesizedApp app) {
    StackTemplate prod = stack(app, "prod");
    assertThat(prod.resourcesOfType("AWS::SNS::Topic")).hasSize(2)
        .allSatisfy(t -> assertThat(t.property("KmsMasterKeyId").isMissingNode()).isFalse());
    String policies = prod.resourcesOfType("AWS::SNS::TopicPolicy").stream()
        .map(p -> p.property("PolicyDocument").toString()).collect(Collectors.joining());
    assertThat(policies).contains("aws:SecureTransport").contains("cloudwatch.amazonaws.com")
        .contains("events.amazonaws.com").contains("budgets.amazonaws.com");
  }

  /** AWS Control Tower's CT.KMS.PR.3 on the key AlertTopic creates. */
  @Test
  void theAlertTopicsKeyLetsOnlyAwsServicesCreateGrants(SynthesizedApp app) {
    // The stack's shared alerts key (an EncryptionKey), which the topic uses when given none.
    Resource key = stack(app, "prod").resourcesOfType("AWS::KMS::Key").stream()
        .filter(k -> k.constructPath().orElse("").endsWith("/AlertsKey/Key/Resource")).findFirst().orElseThrow();
    assertThat(key.property("KeyPolicy.Statement").toString())
        .contains("\"Action\":\"kms:CreateGrant\",\"Condition\":{\"BoolIfExists\":{\"aws:PrincipalIsAWSService\":\"false\","
            + "\"kms:GrantIsForAWSResource\":\"false\"}},\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"}");
  }

  @Test
  void topicsUseTheStacksAlertsKeyWhosePolicyGivesTheAccountRootNoKmsStar(SynthesizedApp app) {
    StackTemplate prod = stack(app, "prod");
    Resource key = prod.resources().stream().filter(r -> r.isNamed("prod/services/AlertsKey/Key")).findFirst()
        .orElseThrow();
    assertThat(prod.resourcesOfType("AWS::KMS::Alias")).extracting(a -> a.property("AliasName").asText())
        .contains("alias/test/prod/services/alerts");
    assertThat(prod.resourcesOfType("AWS::SNS::Topic"))
        .allSatisfy(t -> assertThat(t.property("KmsMasterKeyId").toString()).contains(key.logicalId()));
    String policy = key.property("KeyPolicy").toString();
    assertThat(policy).doesNotContain("\"kms:*\"").contains("\"kms:GrantIsForAWSResource\":\"true\"")
        .contains("cloudwatch.amazonaws.com").contains("budgets.amazonaws.com");
    assertThat(key.deletionPolicy()).contains("Retain");
    assertThat(key.property("EnableKeyRotation").asBoolean()).isTrue();
  }

  @Test
  void failedDeploymentsNotifyThroughAnEventBridgeRule(SynthesizedApp app) {
    Resource rule = alarm(app, "prod", "Api/Tasks/DeploymentFailures");
    assertThat(rule.property("EventPattern").toString()).contains("ECS Deployment State Change")
        .contains("SERVICE_DEPLOYMENT_FAILED");
    assertThat(rule.property("Targets").toString()).contains("Runbook: " + RUNBOOK);
  }

  @Test
  void errorLinesAreCountedFromStructuredLogs(SynthesizedApp app) {
    Resource filter = alarm(app, "prod", "Api/Tasks/ErrorLines");
    assertThat(filter.property("FilterPattern").asText()).isEqualTo("{ $.level = \"ERROR\" }");
  }

  @Test
  void internetFacingWebServiceHasAnHttpsCanaryWithRetainedEncryptedArtifacts(SynthesizedApp app) {
    StackTemplate prod = stack(app, "prod");
    Resource canary = prod.resourcesOfType("AWS::Synthetics::Canary").get(0);
    assertThat(canary.property("RuntimeVersion").asText()).isEqualTo("syn-nodejs-puppeteer-13.0");
    assertThat(canary.property("RunConfig.EnvironmentVariables.HEALTH_URL").asText()).isEqualTo("https://api.example.com/");
    assertThat(canary.property("ArtifactConfig.S3Encryption.EncryptionMode").asText()).isEqualTo("SSE_KMS");
    assertThat(prod.resources().stream().filter(r -> r.isNamed("prod/services/Monitoring/Api/Uptime/Artifacts/Bucket"))
        .findFirst().orElseThrow().deletionPolicy()).contains("Retain");
  }

  @Test
  void dashboardsPerServiceAndOneOverviewPerEnvironment(SynthesizedApp app) {
    StackTemplate prod = stack(app, "prod");
    assertThat(prod.resourcesOfType("AWS::CloudWatch::Dashboard"))
        .extracting(d -> d.property("DashboardName").asText())
        .containsExactlyInAnyOrder("test-prod-Api", "test-prod-Worker", "test-prod-Database", "test-prod-overview");
    String api = alarm(app, "prod", "Api/Dashboard/Dashboard").property("DashboardBody").toString();
    assertThat(api).contains("Requests per minute").contains("Errors (% of requests)").contains("p50")
        .contains("p95").contains("p99").contains("Saturation").contains("deployments").contains("Alarms");
  }

  @Test
  void theNewRulesFindNothing(PolicyReport report) {
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().value().startsWith("GW_MONITORING") || f.ruleId().value().startsWith("GW_CLOUDWATCH"))
        .isEmpty();
  }

  @Test
  void budgetCountsTheAppsCostCenterUnlessGivenOneAndAlertsAtEightyPercentActualAndFullForecast(SynthesizedApp app) {
    StackTemplate prod = stack(app, "prod");
    Resource budget = prod.resourcesOfType("AWS::Budgets::Budget").get(0);
    assertThat(budget.property("Budget.BudgetLimit.Amount").asDouble()).isEqualTo(500);
    assertThat(budget.property("Budget.TimeUnit").asText()).isEqualTo("MONTHLY");
    assertThat(budget.property("Budget.CostFilters.TagKeyValue").toString()).contains("user:cost-center$cc-0001");
    JsonNode notifications = budget.property("NotificationsWithSubscribers");
    assertThat(notifications.toString()).contains("ACTUAL").contains("FORECASTED");
    assertThat(notifications.get(0).path("Notification").path("Threshold").asDouble()).isEqualTo(80);
    assertThat(notifications.get(1).path("Notification").path("Threshold").asDouble()).isEqualTo(100);
    assertThat(stack(app, "dev").resourcesOfType("AWS::Budgets::Budget").get(0)
        .property("Budget.CostFilters.TagKeyValue").toString()).contains("user:cost-center$cc-dev-lab")
        .doesNotContain("cc-0001");
    String notificationsTopic = prod.resources().stream().filter(r -> r.isNamed("prod/services/Alerts/Notifications"))
        .findFirst().orElseThrow().logicalId();
    assertThat(notifications.toString()).contains(notificationsTopic);
  }

  @Test
  void webServicesTraceThroughAPinnedCollectorSidecarInStagingAndProdOnly(SynthesizedApp app) {
    for (String env : List.of("dev", "staging", "prod")) {
      Resource task = stack(app, env).resourcesOfType("AWS::ECS::TaskDefinition").stream()
          .filter(r -> r.isNamed(env + "/services/Api/TaskDefinition")).findFirst().orElseThrow();
      String containers = task.property("ContainerDefinitions").toString();
      int taskMemory = task.property("Memory").asInt();
      if (env.equals("dev")) {
        assertThat(containers).doesNotContain("aws-otel-collector");
        assertThat(task.property("ContainerDefinitions").get(0).path("Memory").asInt()).isEqualTo(taskMemory);
        continue;
      }
      // The collector's hard limit comes out of the application's: together they fill the task.
      assertThat(task.property("ContainerDefinitions").get(0).path("Memory").asInt())
          .isEqualTo(taskMemory - TracingSidecar.MEMORY_LIMIT_MIB);
      JsonNode collector = null;
      for (JsonNode c : task.property("ContainerDefinitions")) {
        if (c.path("Name").asText().equals(TracingSidecar.CONTAINER_NAME)) {
          collector = c;
        }
      }
      assertThat(collector).as(env).isNotNull();
      assertThat(collector.path("Image").asText()).isEqualTo(TracingSidecar.IMAGE);
      assertThat(collector.path("Essential").asBoolean()).isFalse();
      assertThat(collector.path("Memory").asInt()).isEqualTo(TracingSidecar.MEMORY_LIMIT_MIB);
      assertThat(collector.path("MemoryReservation").asInt()).isEqualTo(64);
      assertThat(collector.path("ReadonlyRootFilesystem").asBoolean()).isTrue();
      assertThat(collector.path("User").asText()).isEqualTo("10001");
      assertThat(containers).contains("OTEL_EXPORTER_OTLP_ENDPOINT");
    }
    String policies = stack(app, "prod").resourcesOfType("AWS::IAM::Policy").stream()
        .filter(p -> p.property("PolicyDocument").toString().contains("xray:"))
        .map(p -> p.property("PolicyDocument.Statement").toString()).collect(Collectors.joining());
    assertThat(policies).contains("xray:PutTraceSegments").contains("xray:GetSamplingRules")
        .doesNotContain("xray:*").doesNotContain("\"Action\":\"*\"");
  }
}

package dev.groundwork.constructs.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.ExperimentMetadata;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.constructs.TestServices;
import dev.groundwork.constructs.compute.ContainerOptions;
import dev.groundwork.constructs.compute.QueueWorkerService;
import dev.groundwork.constructs.compute.QueueWorkerServiceProps;
import dev.groundwork.constructs.compute.ServiceCluster;
import dev.groundwork.constructs.compute.ServiceClusterProps;
import dev.groundwork.constructs.compute.WebService;
import dev.groundwork.constructs.data.DatabaseCluster;
import dev.groundwork.constructs.data.DatabaseClusterProps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.constructs.observability.AlertTopic;
import dev.groundwork.constructs.observability.AlertTopicProps;
import dev.groundwork.constructs.observability.Monitoring;
import dev.groundwork.constructs.observability.MonitoringProps;
import dev.groundwork.constructs.observability.QueueWorkerWatchOptions;
import dev.groundwork.constructs.observability.QueueWorkerWatcher;
import dev.groundwork.constructs.observability.WebServiceWatchOptions;
import dev.groundwork.constructs.observability.WebServiceWatcher;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.testing.SynthesisExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.Metric;

/**
 * A web service and a queue worker rehearsed in every tier (the web service opted in for PROD,
 * with its database's failover), read from the templates: one synthesis.
 */
class FaultExperimentsTest {
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
      DatabaseCluster database = new DatabaseCluster(stack, "Database", DatabaseClusterProps.builder()
          .vpc(cluster.vpc()).build());
      Monitoring monitoring = new Monitoring(stack, "Monitoring",
          MonitoringProps.of(new AlertTopic(stack, "Alerts", AlertTopicProps.defaults())));
      WebServiceWatcher apiWatcher = monitoring.addWebService(api, WebServiceWatchOptions.builder()
          .runbookUrl(RUNBOOK).publicUrl("https://api.example.com").build());
      QueueWorkerWatcher workerWatcher = monitoring.addQueueWorker(worker,
          QueueWorkerWatchOptions.builder().runbookUrl(RUNBOOK).build());
      new FaultExperiments(stack, "ApiFaults", FaultExperimentsProps.builder()
          .service(api)
          .addAllStopConditions(apiWatcher.stopConditions())
          .database(database.cluster())
          .enabled(env.tier() != Tier.DEV)
          .build());
      new FaultExperiments(stack, "WorkerFaults", FaultExperimentsProps.builder()
          .service(worker)
          .addAllStopConditions(workerWatcher.stopConditions())
          .build());
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

  private static List<Resource> templates(SynthesizedApp app, String env) {
    return stack(app, env).resourcesOfType("AWS::FIS::ExperimentTemplate");
  }

  /** The statements of the role a template runs as. */
  private static List<JsonNode> statements(SynthesizedApp app, String env, String experiment) {
    Resource template = named(app, env, experiment);
    String role = Intrinsics.references(template.property("RoleArn")).iterator().next();
    List<JsonNode> found = new ArrayList<>();
    stack(app, env).resourcesOfType("AWS::IAM::Policy").stream()
        .filter(p -> Intrinsics.references(p.property("Roles")).contains(role))
        .forEach(p -> p.property("PolicyDocument.Statement").forEach(found::add));
    return found;
  }

  /** Every action the statements allow. */
  private static Set<String> actions(List<JsonNode> statements) {
    Set<String> found = new TreeSet<>();
    for (JsonNode statement : statements) {
      JsonNode action = statement.path("Action");
      if (action.isArray()) {
        action.forEach(a -> found.add(a.asText()));
      } else {
        found.add(action.asText());
      }
    }
    return found;
  }

  /** The statement with {@code sid}. */
  private static JsonNode statement(List<JsonNode> statements, String sid) {
    return statements.stream().filter(s -> s.path("Sid").asText().equals(sid)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement " + sid + " in " + statements));
  }

  @ParameterizedTest(name = "{0}: {1} templates")
  @CsvSource({"dev, 0", "staging, 5", "prod, 3"})
  void stagingRehearsesByDefaultProductionOptsInAndDevNever(String env, int count, SynthesizedApp app) {
    assertThat(templates(app, env)).hasSize(count);
  }

  @Test
  void everyExperimentStopsOnTheAlarmsTheServicesPagingCompositeIsMadeOf(SynthesizedApp app) {
    for (String service : List.of("Api", "Worker")) {
      String paging = named(app, "staging", "Monitoring/" + service + "/Alarms/Paging").property("AlarmRule").toString();
      List<Resource> experiments = templates(app, "staging").stream()
          .filter(t -> t.constructPath().orElseThrow().contains("/" + service + "Faults/")).toList();
      assertThat(experiments).as(service).isNotEmpty().allSatisfy(template -> {
        JsonNode conditions = template.property("StopConditions");
        assertThat(conditions.size()).isEqualTo(service.equals("Api") ? 5 : 2);
        for (JsonNode condition : conditions) {
          assertThat(condition.path("Source").asText()).isEqualTo("aws:cloudwatch:alarm");
          Set<String> alarm = Intrinsics.references(condition.path("Value"));
          assertThat(alarm).hasSize(1);
          assertThat(stack(app, "staging").resource(alarm.iterator().next()).orElseThrow().type())
              .isEqualTo("AWS::CloudWatch::Alarm");
          assertThat(paging).contains(alarm.iterator().next());
        }
      });
    }
  }

  @Test
  void stopTasksStopsHalfTheServicesTasksFoundByClusterAndServiceName(SynthesizedApp app) {
    Resource template = named(app, "staging", "ApiFaults/StopTasks");
    JsonNode target = template.property("Targets.Tasks");
    assertThat(target.path("ResourceType").asText()).isEqualTo("aws:ecs:task");
    assertThat(target.path("SelectionMode").asText()).isEqualTo("PERCENT(50)");
    String service = named(app, "staging", "Api/Service/Service").logicalId();
    assertThat(Intrinsics.references(target.path("Parameters").path("service"))).containsExactly(service);
    assertThat(Intrinsics.references(target.path("Parameters").path("cluster")))
        .containsExactly(named(app, "staging", "Cluster/Cluster").logicalId());
    assertThat(template.property("Actions.StopTasks.ActionId").asText()).isEqualTo("aws:ecs:stop-task");
    assertThat(template.metadata().path(ExperimentMetadata.EXERCISES).toString()).contains(service);
  }

  @Test
  void disruptZoneCutsTheServicesSubnetsInOneZoneOffForFiveMinutes(SynthesizedApp app) {
    Resource template = named(app, "staging", "ApiFaults/DisruptZone");
    JsonNode target = template.property("Targets.Subnets");
    assertThat(target.path("ResourceType").asText()).isEqualTo("aws:ec2:subnet");
    assertThat(target.path("Filters").get(0).path("Path").asText()).isEqualTo("AvailabilityZone");
    assertThat(target.path("Filters").get(0).path("Values").get(0).asText()).isEqualTo("eu-west-1a");
    List<String> privateSubnets = stack(app, "staging").resourcesOfType("AWS::EC2::Subnet").stream()
        .filter(s -> s.constructPath().orElseThrow().contains("/privateSubnet")).map(Resource::logicalId).toList();
    assertThat(privateSubnets).hasSize(2);
    assertThat(Intrinsics.references(target.path("ResourceArns"))).containsExactlyInAnyOrderElementsOf(privateSubnets);
    JsonNode action = template.property("Actions.DisruptZone");
    assertThat(action.path("ActionId").asText()).isEqualTo("aws:network:disrupt-connectivity");
    assertThat(action.path("Parameters").path("duration").asText()).isEqualTo("PT5M");
    assertThat(action.path("Parameters").path("scope").asText()).isEqualTo("all");
  }

  @Test
  void theDatabaseFailsOverOnlyWhereGivenAndOnlyThatCluster(SynthesizedApp app) {
    Resource template = named(app, "prod", "ApiFaults/FailOverDatabase");
    assertThat(template.property("Targets.Cluster.ResourceType").asText()).isEqualTo("aws:rds:cluster");
    String cluster = stack(app, "prod").resourcesOfType("AWS::RDS::DBCluster").get(0).logicalId();
    assertThat(Intrinsics.references(template.property("Targets.Cluster.ResourceArns"))).containsExactly(cluster);
    assertThat(template.property("Actions.FailOverDatabase.ActionId").asText()).isEqualTo("aws:rds:failover-db-cluster");
    assertThat(templates(app, "staging")).filteredOn(t -> t.constructPath().orElseThrow().contains("WorkerFaults"))
        .extracting(t -> t.constructPath().orElseThrow().replaceAll(".*WorkerFaults/", ""))
        .containsExactlyInAnyOrder("StopTasks", "DisruptZone");
  }

  @Test
  void eachRoleAllowsOnlyItsExperimentsActionsOnItsTargets(SynthesizedApp app) {
    List<String> logs = List.of("logs:CreateLogDelivery", "logs:DescribeLogGroups", "logs:DescribeResourcePolicies",
        "logs:PutResourcePolicy");
    List<JsonNode> stop = statements(app, "staging", "ApiFaults/StopTasks");
    assertThat(actions(stop)).containsExactlyInAnyOrderElementsOf(concat(List.of("ecs:DescribeTasks", "ecs:StopTask", "ecs:ListTasks"), logs));
    assertThat(statement(stop, "StopTheClustersTasks").path("Resource").toString()).contains(":task/")
        .contains(named(app, "staging", "Cluster/Cluster").logicalId()).doesNotContain("\"*\"");

    List<JsonNode> failover = statements(app, "staging", "ApiFaults/FailOverDatabase");
    assertThat(actions(failover)).containsExactlyInAnyOrderElementsOf(concat(List.of("rds:DescribeDBClusters", "rds:FailoverDBCluster",
        "tag:GetResources"), logs));
    assertThat(Intrinsics.references(statement(failover, "FailOverTheCluster").path("Resource")))
        .containsExactly(stack(app, "staging").resourcesOfType("AWS::RDS::DBCluster").get(0).logicalId());

    List<JsonNode> zone = statements(app, "staging", "ApiFaults/DisruptZone");
    assertThat(actions(zone)).containsExactlyInAnyOrderElementsOf(concat(List.of("ec2:CreateNetworkAcl", "ec2:CreateNetworkAclEntry",
        "ec2:CreateTags", "ec2:DeleteNetworkAcl", "ec2:DescribeManagedPrefixLists", "ec2:DescribeNetworkAcls",
        "ec2:DescribeSubnets", "ec2:DescribeVpcs", "ec2:GetManagedPrefixListEntries",
        "ec2:ReplaceNetworkAclAssociation"), logs));
    assertThat(statement(zone, "CreateOnlyTaggedAcls").path("Condition").toString()).contains("aws:RequestTag/managedByFIS");
    assertThat(statement(zone, "ChangeOnlyFisAcls").path("Condition").toString()).contains("ec2:ResourceTag/managedByFIS");
    assertThat(statement(zone, "TagTheNewAcl").path("Condition").toString()).contains("\"ec2:CreateAction\":\"CreateNetworkAcl\"");
    List<String> privateSubnets = stack(app, "staging").resourcesOfType("AWS::EC2::Subnet").stream()
        .filter(s -> s.constructPath().orElseThrow().contains("/privateSubnet")).map(Resource::logicalId).toList();
    assertThat(Intrinsics.references(statement(zone, "SwapTheServicesSubnets").path("Resource")))
        .containsExactlyInAnyOrderElementsOf(privateSubnets);
    assertThat(Intrinsics.references(statement(zone, "CreateAclInTheVpc").path("Resource")))
        .containsExactly(named(app, "staging", "Network/Vpc").logicalId());
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  @Test
  void onlyFisOfThisAccountAssumesTheRoles(SynthesizedApp app) {
    List<Resource> roles = stack(app, "staging").resourcesOfType("AWS::IAM::Role").stream()
        .filter(r -> r.constructPath().orElseThrow().contains("Faults/")).toList();
    assertThat(roles).hasSize(5).allSatisfy(role -> {
      String trust = role.property("AssumeRolePolicyDocument").toString();
      assertThat(trust).contains("fis.amazonaws.com").contains("aws:SourceAccount").contains("aws:SourceArn")
          .contains(":experiment/*");
    });
  }

  @Test
  void experimentsLogToAnEncryptedLogGroupKeptForTheTiersRetention(SynthesizedApp app) {
    Resource template = named(app, "staging", "ApiFaults/StopTasks");
    assertThat(template.property("LogConfiguration.LogSchemaVersion").asInt()).isEqualTo(2);
    Resource log = named(app, "staging", "ApiFaults/Log/LogGroup");
    assertThat(Intrinsics.references(template.property("LogConfiguration.CloudWatchLogsConfiguration.LogGroupArn")))
        .containsExactly(log.logicalId());
    assertThat(log.property("KmsKeyId").isMissingNode()).isFalse();
    assertThat(log.property("RetentionInDays").asInt()).isEqualTo(90);
    assertThat(template.tags()).containsEntry("Name", "test-staging-Api-StopTasks").containsKey("environment");
  }

  @Test
  void eachTemplateIdIsAnExportedOutputNamedAfterTheExperiment(SynthesizedApp app) {
    List<String> exports = new ArrayList<>();
    stack(app, "prod").outputs().forEach(o -> exports.add(o.path("Export").path("Name").asText()));
    assertThat(exports).contains("test-prod-Api-StopTasks", "test-prod-Api-DisruptZone", "test-prod-Api-FailOverDatabase");
  }

  @Test
  void theRuleReportsTheProductionServiceWithoutExperimentsAndNothingElseOfTheExperiments(PolicyReport report) {
    assertThat(report.findings()).filteredOn(f -> f.ruleId().value().equals("GW_FIS_PROD_SERVICE_HAS_EXPERIMENT"))
        .extracting(f -> f.environment() + " " + f.constructPath())
        .containsExactly("prod prod/services/Worker/Service/Service");
    assertThat(report.findings()).filteredOn(f -> f.constructPath().contains("Faults/")).isEmpty();
  }

  @Nested
  class InvalidInput {
    @Test
    void rejectsNoStopConditionAndMoreThanFisAllows() {
      Stack stack = new Stack(new App(), "S");
      List<IAlarm> six = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        six.add(Alarm.Builder.create(stack, "A" + i).threshold(1).evaluationPeriods(1)
            .metric(Metric.Builder.create().namespace("N").metricName("M" + i).build()).build());
      }
      assertThatThrownBy(() -> FaultExperimentsProps.builder().service(() -> null).addAllStopConditions(six)
          .stopTaskPercent(0).disruptionMinutes(90).build())
          .isInstanceOf(GroundworkValidationException.class)
          .satisfies(e -> assertThat(((GroundworkValidationException) e).codes())
              .contains("FAULT_STOP_CONDITIONS", "FAULT_STOP_TASK_PERCENT", "FAULT_DISRUPTION_MINUTES"))
          .hasMessageContaining("stopConditions must be 1 to 5 alarms (FIS's quota per experiment template), got 6 alarms");
      assertThatThrownBy(() -> FaultExperimentsProps.builder().service(() -> null).build())
          .hasMessageContaining("[FAULT_STOP_CONDITIONS]").hasMessageContaining("got 0 alarms");
    }

    @Test
    void rejectsAZoneTheServiceDoesNotRunInAndAServiceOfAnotherStack(@org.junit.jupiter.api.io.TempDir java.nio.file.Path outdir) {
      PlatformApp app = TestApps.appWithEveryTier(outdir);
      Stack services = app.environment("staging").addStack("services");
      SecureVpc network = new SecureVpc(services, "Network", SecureVpcProps.of(Cidr.of("10.0.0.0/16")));
      QueueWorkerService worker = new QueueWorkerService(services, "Worker", QueueWorkerServiceProps.builder()
          .cluster(new ServiceCluster(services, "Cluster", ServiceClusterProps.of(network.vpc())))
          .container(ContainerOptions.builder().image("public.ecr.aws/docker/library/busybox:1.37.0")
              .cpu(256).memoryMiB(512).livenessHeartbeat("/tmp/heartbeat", 120).build())
          .build());
      IAlarm alarm = worker.deadLetterAlarm();
      Stack other = app.environment("staging").addStack("other");
      assertThatThrownBy(() -> new FaultExperiments(other, "Faults", FaultExperimentsProps.builder().service(worker)
          .addStopConditions(alarm).availabilityZone("eu-west-1c").build()))
          .isInstanceOf(GroundworkValidationException.class)
          .satisfies(e -> assertThat(((GroundworkValidationException) e).codes())
              .containsExactlyInAnyOrder("FAULT_EXPERIMENTS_OTHER_STACK", "FAULT_AVAILABILITY_ZONE"))
          .hasMessageContaining("availabilityZone must be a zone of the service's subnets [eu-west-1a, eu-west-1b], "
              + "got eu-west-1c");
    }
  }
}

package dev.groundwork.constructs.compute;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.testing.SynthesisExtension;
import dev.groundwork.testing.TemplatesAssert;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecs.Capability;
import software.amazon.awscdk.services.sns.Topic;

class QueueWorkerServiceTest {
  private static final String DEV = "test-dev-workers";
  private static final String STAGING = "test-staging-workers";
  private static final String PROD = "test-prod-workers";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    for (PlatformEnvironment env : app.environments()) {
      Stack stack = env.addStack("workers");
      SecureVpc network = new SecureVpc(stack, "Network", SecureVpcProps.of(Cidr.of("10.0.0.0/16")));
      ServiceCluster cluster = new ServiceCluster(stack, "Cluster", ServiceClusterProps.of(network.vpc()));
      ContainerOptions.Builder container = ContainerOptions.builder()
          .cpu(256).memoryMiB(512)
          .command(List.of("sh", "-c", "while true; do touch /tmp/heartbeat; sleep 20; done"))
          .livenessHeartbeat("/tmp/heartbeat", 120);
      if (env.name().equals("dev")) {
        // A worker being profiled: the one capability Fargate lets a container add back.
        container.addCapabilities(Capability.SYS_PTRACE);
      }
      if (env.name().equals("staging")) {
        // A private ECR image: the execution role may pull from exactly this repository.
        container.image("222222222222.dkr.ecr.eu-west-1.amazonaws.com/orders/worker:1.4.2")
            .ecrRepository(Repository.fromRepositoryName(stack, "WorkerRepository", "orders/worker"));
      } else {
        container.image("public.ecr.aws/docker/library/busybox@sha256:"
            + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
      }
      QueueWorkerServiceProps.Builder props = QueueWorkerServiceProps.builder()
          .cluster(cluster)
          .container(container.build());
      if (env.name().equals("prod")) {
        props.alarmTopic(Topic.fromTopicArn(stack, "Alerts", "arn:aws:sns:eu-west-1:333333333333:alerts"));
      }
      new QueueWorkerService(stack, "Worker", props.build());
    }
    return app;
  });

  @Test
  void encryptsBothQueuesWithTheStacksDataKeyAndRequiresTls(SynthesizedApp app) {
    prod(app).resourcesOfType("AWS::SQS::Queue").hasSize(2).allSatisfy(queue -> queue
        .referencesAt("KmsMasterKeyId", "prod/workers/DataKey/Key")
        .hasDeletionPolicy("Retain"));
    prod(app).resourcesOfType("AWS::SQS::QueuePolicy").hasSize(2);
    app.stack(PROD).resourcesOfType("AWS::SQS::QueuePolicy").forEach(p ->
        assertThat(p.property("PolicyDocument").toString()).as(p.describe())
            .contains("aws:SecureTransport").contains("Deny"));
    prod(app).resource("prod/workers/Worker/Queue/Policy").references("prod/workers/Worker/Queue");
    prod(app).resource("prod/workers/Worker/DeadLetterQueue/Policy").references("prod/workers/Worker/DeadLetterQueue");
  }

  @Test
  void redrivesFailedMessagesToADeadLetterQueueKeptTwoWeeks(SynthesizedApp app) {
    prod(app).resource("WorkerQueue9380F652")
        .hasProperty("RedrivePolicy.maxReceiveCount", 5)
        .referencesAt("RedrivePolicy.deadLetterTargetArn", "prod/workers/Worker/DeadLetterQueue")
        .hasProperty("VisibilityTimeout", 300);
    prod(app).resource("WorkerDeadLetterQueue2879C389")
        .hasProperty("MessageRetentionPeriod", 14 * 24 * 3600);
  }

  @Test
  void deadLetterQueueAcceptsOnlyItsWorkQueue(SynthesizedApp app, PolicyReport report) {
    Resource work = app.stack(PROD).resource("WorkerQueue9380F652").orElseThrow();
    String name = work.property("QueueName").asText();
    assertThat(name).startsWith("test-prod-workers-Worker-").hasSizeLessThanOrEqualTo(80);
    prod(app).resource("WorkerDeadLetterQueue2879C389")
        .hasProperty("RedriveAllowPolicy.redrivePermission", "byQueue");
    JsonNode sources = app.stack(PROD).resource("WorkerDeadLetterQueue2879C389").orElseThrow()
        .property("RedriveAllowPolicy.sourceQueueArns");
    assertThat(sources).hasSize(1);
    assertThat(sources.get(0).toString()).contains(":sqs:eu-west-1:333333333333:" + name);
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().value().equals("GW_SQS_DLQ_SOURCES_RESTRICTED")
            || f.ruleId().value().equals("GW_ECS_CONTAINER_MEMORY_LIMIT"))
        .isEmpty();
  }

  @Test
  void limitsTheContainersMemoryToTheTasks(SynthesizedApp app) {
    WebServiceTest.task(app, DEV).hasProperty("Memory", "512")
        .hasProperty("ContainerDefinitions[0].Memory", 512)
        .doesNotHaveProperty("ContainerDefinitions[0].MemoryReservation");
    WebServiceTest.task(app, PROD).hasProperty("Memory", "512")
        .hasProperty("ContainerDefinitions[0].Memory", 512 - TracingSidecar.MEMORY_LIMIT_MIB)
        .doesNotHaveProperty("ContainerDefinitions[0].MemoryReservation")
        .hasProperty("ContainerDefinitions[1].Memory", TracingSidecar.MEMORY_LIMIT_MIB);
  }

  @Test
  void tracesThroughTheCollectorSidecarInStagingAndProdOnly(SynthesizedApp app) {
    assertThat(app.stack(DEV).resourcesOfType("AWS::ECS::TaskDefinition").get(0)
        .property("ContainerDefinitions")).hasSize(1);
    assertThat(app.stack(DEV).json().toString()).doesNotContain("xray:");
    for (String environment : List.of("staging", "prod")) {
      String stack = "test-" + environment + "-workers";
      WebServiceTest.task(app, stack)
          .hasProperty("ContainerDefinitions[1].Name", TracingSidecar.CONTAINER_NAME)
          .hasProperty("ContainerDefinitions[1].Image", TracingSidecar.IMAGE)
          .hasProperty("ContainerDefinitions[1].Essential", false)
          .hasProperty("ContainerDefinitions[1].User", "10001");
      assertThat(WebServiceTest.container(app.stack(stack)).path("Environment").toString())
          .contains("OTEL_EXPORTER_OTLP_ENDPOINT", "AWS_XRAY_DAEMON_ADDRESS");
      assertThat(app).stack(stack).iamStatements()
          .ofRole(environment + "/workers/Worker/TaskDefinition/TaskRole")
          .allowing("xray:PutTraceSegments").onResource("*");
    }
  }

  @Test
  void checksItsLivenessWithTheGivenCommandInEveryTier(SynthesizedApp app) {
    for (String stack : List.of(DEV, STAGING, PROD)) {
      WebServiceTest.task(app, stack)
          .hasProperty("ContainerDefinitions[0].HealthCheck.Command", List.of("CMD-SHELL",
              "test $(( $(date +%s) - $(stat -c %Y /tmp/heartbeat) )) -lt 120"))
          .hasProperty("ContainerDefinitions[0].HealthCheck.Interval", 30)
          .hasProperty("ContainerDefinitions[0].HealthCheck.Timeout", 5)
          .hasProperty("ContainerDefinitions[0].HealthCheck.Retries", 3)
          .hasProperty("ContainerDefinitions[0].HealthCheck.StartPeriod", 60);
    }
  }

  @Test
  void dropsEveryCapabilityOfEveryContainerAndAddsBackOnlyWhatItNames(SynthesizedApp app,
      PolicyReport report) {
    WebServiceTest.task(app, DEV)
        .hasProperty("ContainerDefinitions[0].LinuxParameters.Capabilities.Drop", List.of("ALL"))
        .hasProperty("ContainerDefinitions[0].LinuxParameters.Capabilities.Add", List.of("SYS_PTRACE"));
    for (String stack : List.of(STAGING, PROD)) {
      WebServiceTest.task(app, stack)
          .hasProperty("ContainerDefinitions[0].LinuxParameters.Capabilities.Drop", List.of("ALL"))
          .doesNotHaveProperty("ContainerDefinitions[0].LinuxParameters.Capabilities.Add")
          .hasProperty("ContainerDefinitions[1].LinuxParameters.Capabilities.Drop", List.of("ALL"))
          .doesNotHaveProperty("ContainerDefinitions[1].LinuxParameters.Capabilities.Add");
    }
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().value().equals("GW_ECS_CONTAINER_CAPABILITIES_DROPPED"))
        .isEmpty();
  }

  @Test
  void alarmsWhenAMessageIsDeadLettered(SynthesizedApp app) {
    prod(app).resource("prod/workers/Worker/DeadLetterAlarm")
        .hasType("AWS::CloudWatch::Alarm")
        .hasProperty("MetricName", "ApproximateNumberOfMessagesVisible")
        .hasProperty("Threshold", 1)
        .referencesAt("Dimensions", "prod/workers/Worker/DeadLetterQueue")
        .hasPropertySatisfying("AlarmActions", actions -> assertThat(WebServiceTest.list(actions))
            .contains("arn:aws:sns:eu-west-1:333333333333:alerts"));
  }

  @Test
  void scalesInStepsOnVisibleMessages(SynthesizedApp app) {
    prod(app).resourcesOfType("AWS::ApplicationAutoScaling::ScalableTarget").singleResource()
        .hasProperty("MinCapacity", 2)
        .hasProperty("MaxCapacity", 10);
    prod(app).resourcesOfType("AWS::ApplicationAutoScaling::ScalingPolicy").hasSize(2)
        .allHaveProperty("PolicyType", "StepScaling");
    assertThat(app.stack(PROD).json().toString()).contains("\"MetricName\":\"ApproximateNumberOfMessagesVisible\"");
  }

  @Test
  void letsTheTaskRoleConsumeFromItsQueueOnly(SynthesizedApp app) {
    String role = "prod/workers/Worker/TaskDefinition/TaskRole";
    prod(app).iamStatements().ofRole(role).allowing("sqs:ReceiveMessage")
        .onResourceReferencing("prod/workers/Worker/Queue");
    prod(app).iamStatements().ofRole(role).allowing("sqs:DeleteMessage")
        .onResourceReferencing("prod/workers/Worker/Queue");
    prod(app).iamStatements().ofRole(role).allowing("kms:Decrypt")
        .onResourceReferencing("prod/workers/DataKey/Key");
    prod(app).iamStatements().ofRole(role).doesNotAllow("sqs:SendMessage").haveNoWildcardActions();
    Resource taskPolicy = WebServiceTest.resource(app.stack(PROD),
        "prod/workers/Worker/TaskDefinition/TaskRole/DefaultPolicy");
    JsonNode statements = taskPolicy.property("PolicyDocument.Statement");
    assertThat(statements.toString()).contains("sqs:ReceiveMessage", "sqs:DeleteMessage", "kms:Decrypt")
        .doesNotContain("sqs:SendMessage");
    // The one statement on "*" is the collector's: X-Ray has no resource-level permissions.
    List<JsonNode> anyResource = new ArrayList<>();
    statements.forEach(statement -> {
      if (statement.path("Resource").asText().equals("*")) {
        anyResource.add(statement);
      }
    });
    assertThat(anyResource).singleElement().satisfies(statement -> {
      assertThat(statement.path("Sid").asText()).isEqualTo("SendTracesToXRay");
      List<String> actions = new ArrayList<>();
      statement.path("Action").forEach(action -> actions.add(action.asText()));
      assertThat(actions).containsExactlyInAnyOrder("xray:PutTraceSegments", "xray:PutTelemetryRecords",
          "xray:GetSamplingRules", "xray:GetSamplingTargets");
    });
  }

  @Test
  void hardensTheContainerLikeEveryService(SynthesizedApp app) {
    String container = "ContainerDefinitions[0].";
    WebServiceTest.task(app, PROD)
        .hasProperty(container + "ReadonlyRootFilesystem", true)
        .hasProperty(container + "User", "1000:1000")
        .hasProperty(container + "LogConfiguration.Options.mode", "non-blocking")
        .hasProperty(container + "HealthCheck.Command[0]", "CMD-SHELL");
    assertThat(WebServiceTest.container(app.stack(PROD)).path("Environment").toString()).contains("QUEUE_URL");
  }

  @Test
  void acceptsNoInboundTraffic(SynthesizedApp app) {
    prod(app).resource("prod/workers/Worker/ServiceSecurityGroup")
        .hasType("AWS::EC2::SecurityGroup")
        .doesNotHaveProperty("SecurityGroupIngress")
        .hasProperty("SecurityGroupEgress[0].FromPort", 443);
    assertThat(app.stack(PROD).resourcesOfType("AWS::EC2::SecurityGroupIngress"))
        .noneMatch(rule -> rule.references().contains("WorkerServiceSecurityGroup2599C4A1"));
  }

  @Test
  void keepsTheLogicalIdsOfItsStatefulResources(SynthesizedApp app) {
    assertThat(WebServiceTest.logicalIds(app.stack(PROD), "AWS::SQS::Queue"))
        .containsExactlyInAnyOrder("WorkerQueue9380F652", "WorkerDeadLetterQueue2879C389");
    assertThat(WebServiceTest.logicalIds(app.stack(PROD), "AWS::KMS::Key"))
        .containsExactlyInAnyOrder("DataKey2A0DE9E6", "LogsKeyFE4C4A83");
    assertThat(WebServiceTest.logicalIds(app.stack(PROD), "AWS::Logs::LogGroup"))
        .contains("WorkerLogsLogGroup119A23F7");
  }

  @Test
  void pullsPrivateImagesFromExactlyTheGivenRepository(SynthesizedApp app) {
    StackTemplate staging = app.stack(STAGING);
    assertThat(WebServiceTest.container(staging).path("Image").toString()).contains("orders/worker:1.4.2");
    Resource executionPolicy = WebServiceTest.resource(staging,
        "staging/workers/Worker/TaskDefinition/ExecutionRole/DefaultPolicy");
    List<String> wildcardActions = new ArrayList<>();
    executionPolicy.property("PolicyDocument.Statement").forEach(st -> {
      if (st.path("Resource").asText().equals("*")) {
        st.path("Action").forEach(a -> wildcardActions.add(a.asText()));
        if (st.path("Action").isTextual()) {
          wildcardActions.add(st.path("Action").asText());
        }
      }
    });
    assertThat(wildcardActions).containsExactly("ecr:GetAuthorizationToken");
    assertThat(executionPolicy.json().toString()).contains("ecr:BatchGetImage").contains("repository/orders/worker");
    assertThat(app).stack(STAGING).iamStatements()
        .ofRole("staging/workers/Worker/TaskDefinition/ExecutionRole").allowing("ecr:BatchGetImage");
  }

  @Test
  void keepsDevOnSpot(SynthesizedApp app) {
    JsonNode service = WebServiceTest.service(app.stack(DEV));
    assertThat(service.path("CapacityProviderStrategy").toString()).contains("FARGATE_SPOT");
  }

  private static TemplatesAssert prod(SynthesizedApp app) {
    return assertThat(app).stack(PROD);
  }
}

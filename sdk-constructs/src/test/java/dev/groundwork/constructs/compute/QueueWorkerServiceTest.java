package dev.groundwork.constructs.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.constructs.Templates;
import dev.groundwork.constructs.Templates.Template;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.core.PlatformApp;
import dev.groundwork.core.PlatformEnvironment;
import dev.groundwork.core.SynthResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.sns.Topic;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueWorkerServiceTest {
  Template dev;
  Template staging;
  Template prod;

  @BeforeAll
  void synthesizeOnce(@TempDir Path outdir) {
    PlatformApp app = Templates.appWithEveryTier(outdir);
    for (PlatformEnvironment env : app.environments()) {
      Stack stack = env.addStack("workers");
      SecureVpc network = new SecureVpc(stack, "Network", SecureVpcProps.of(Cidr.of("10.0.0.0/16")));
      ServiceCluster cluster = new ServiceCluster(stack, "Cluster", ServiceClusterProps.of(network.vpc()));
      ContainerOptions.Builder container = ContainerOptions.builder()
          .cpu(256).memoryMiB(512)
          .command(List.of("sh", "-c", "sleep infinity"));
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
    SynthResult result = app.synth();
    dev = Templates.of(result, "test-dev-workers");
    staging = Templates.of(result, "test-staging-workers");
    prod = Templates.of(result, "test-prod-workers");
  }

  @Test
  void encryptsBothQueuesWithTheirOwnKeyAndRequiresTls() {
    Map<String, JsonNode> queues = prod.resources("AWS::SQS::Queue");
    assertThat(queues).hasSize(2);
    queues.values().forEach(q -> {
      assertThat(q.path("Properties").path("KmsMasterKeyId").toString()).contains("WorkerQueueKey");
      assertThat(q.path("DeletionPolicy").asText()).isEqualTo("Retain");
    });
    prod.resources("AWS::SQS::QueuePolicy").values().forEach(p ->
        assertThat(p.path("Properties").path("PolicyDocument").toString())
            .contains("aws:SecureTransport").contains("Deny"));
    assertThat(prod.resources("AWS::SQS::QueuePolicy")).hasSize(2);
  }

  @Test
  void redrivesFailedMessagesToADeadLetterQueueKeptTwoWeeks() {
    JsonNode queue = prod.allResources().get("WorkerQueue9380F652").path("Properties");
    assertThat(queue.path("RedrivePolicy").path("maxReceiveCount").asInt()).isEqualTo(5);
    assertThat(queue.path("RedrivePolicy").path("deadLetterTargetArn").toString())
        .contains("WorkerDeadLetterQueue");
    assertThat(queue.path("VisibilityTimeout").asInt()).isEqualTo(300);
    JsonNode deadLetters = prod.allResources().get("WorkerDeadLetterQueue2879C389").path("Properties");
    assertThat(deadLetters.path("MessageRetentionPeriod").asInt()).isEqualTo(14 * 24 * 3600);
  }

  @Test
  void alarmsWhenAMessageIsDeadLettered() {
    JsonNode alarm = prod.resources("AWS::CloudWatch::Alarm").entrySet().stream()
        .filter(e -> e.getKey().startsWith("WorkerDeadLetterAlarm"))
        .map(e -> e.getValue().path("Properties")).findFirst().orElseThrow();
    assertThat(alarm.path("MetricName").asText()).isEqualTo("ApproximateNumberOfMessagesVisible");
    assertThat(alarm.path("Threshold").asInt()).isEqualTo(1);
    assertThat(alarm.path("Dimensions").toString()).contains("WorkerDeadLetterQueue");
    assertThat(alarm.path("AlarmActions").toString()).contains("arn:aws:sns:eu-west-1:333333333333:alerts");
  }

  @Test
  void scalesInStepsOnVisibleMessages() {
    JsonNode target = prod.properties("AWS::ApplicationAutoScaling::ScalableTarget");
    assertThat(target.path("MinCapacity").asInt()).isEqualTo(2);
    assertThat(target.path("MaxCapacity").asInt()).isEqualTo(10);
    List<JsonNode> policies = new ArrayList<>(prod.resources("AWS::ApplicationAutoScaling::ScalingPolicy").values());
    assertThat(policies).hasSize(2).allMatch(p ->
        p.path("Properties").path("PolicyType").asText().equals("StepScaling"));
    assertThat(prod.text()).contains("\"MetricName\":\"ApproximateNumberOfMessagesVisible\"");
  }

  @Test
  void letsTheTaskRoleConsumeFromItsQueueOnly() {
    JsonNode taskPolicy = prod.resources("AWS::IAM::Policy").entrySet().stream()
        .filter(e -> e.getKey().startsWith("WorkerTaskDefinitionTaskRoleDefaultPolicy"))
        .map(Map.Entry::getValue).findFirst().orElseThrow();
    String statements = taskPolicy.path("Properties").path("PolicyDocument").path("Statement").toString();
    assertThat(statements).contains("sqs:ReceiveMessage", "sqs:DeleteMessage", "kms:Decrypt")
        .doesNotContain("sqs:SendMessage").doesNotContain("\"Resource\":\"*\"");
  }

  @Test
  void hardensTheContainerLikeEveryService() {
    JsonNode container = WebServiceTest.container(prod);
    assertThat(container.path("ReadonlyRootFilesystem").asBoolean()).isTrue();
    assertThat(container.path("User").asText()).isEqualTo("1000:1000");
    assertThat(container.path("Environment").toString()).contains("QUEUE_URL");
    assertThat(container.path("LogConfiguration").path("Options").path("mode").asText())
        .isEqualTo("non-blocking");
    assertThat(container.path("HealthCheck").isMissingNode()).isTrue();
  }

  @Test
  void acceptsNoInboundTraffic() {
    JsonNode group = prod.resources("AWS::EC2::SecurityGroup").entrySet().stream()
        .filter(e -> e.getKey().startsWith("WorkerServiceSecurityGroup"))
        .map(e -> e.getValue().path("Properties")).findFirst().orElseThrow();
    assertThat(group.path("SecurityGroupIngress").isMissingNode()).isTrue();
    assertThat(group.path("SecurityGroupEgress").get(0).path("FromPort").asInt()).isEqualTo(443);
  }

  @Test
  void keepsTheLogicalIdsOfItsStatefulResources() {
    assertThat(prod.resources("AWS::SQS::Queue").keySet())
        .containsExactlyInAnyOrder("WorkerQueue9380F652", "WorkerDeadLetterQueue2879C389");
    assertThat(prod.resources("AWS::KMS::Key").keySet())
        .contains("WorkerQueueKeyED8D95BC", "WorkerLogsKeyA5BF15A7");
    assertThat(prod.resources("AWS::Logs::LogGroup").keySet()).contains("WorkerLogsLogGroup119A23F7");
  }

  @Test
  void pullsPrivateImagesFromExactlyTheGivenRepository() {
    JsonNode container = WebServiceTest.container(staging);
    assertThat(container.path("Image").toString()).contains("orders/worker:1.4.2");
    JsonNode executionPolicy = staging.resources("AWS::IAM::Policy").entrySet().stream()
        .filter(e -> e.getKey().startsWith("WorkerTaskDefinitionExecutionRoleDefaultPolicy"))
        .map(Map.Entry::getValue).findFirst().orElseThrow();
    List<String> wildcardActions = new ArrayList<>();
    executionPolicy.path("Properties").path("PolicyDocument").path("Statement").forEach(st -> {
      if (st.path("Resource").asText().equals("*")) {
        st.path("Action").forEach(a -> wildcardActions.add(a.asText()));
        if (st.path("Action").isTextual()) {
          wildcardActions.add(st.path("Action").asText());
        }
      }
    });
    assertThat(wildcardActions).containsExactly("ecr:GetAuthorizationToken");
    assertThat(executionPolicy.toString()).contains("ecr:BatchGetImage").contains("repository/orders/worker");
  }

  @Test
  void keepsDevOnSpot() {
    assertThat(WebServiceTest.service(dev).path("CapacityProviderStrategy").toString()).contains("FARGATE_SPOT");
  }
}

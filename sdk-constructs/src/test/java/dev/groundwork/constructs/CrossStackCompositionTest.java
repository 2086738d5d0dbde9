package dev.groundwork.constructs;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.MonitoringMetadata;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.assembly.Templates;
import dev.groundwork.constructs.compute.ContainerOptions;
import dev.groundwork.constructs.compute.QueueWorkerService;
import dev.groundwork.constructs.compute.QueueWorkerServiceProps;
import dev.groundwork.constructs.compute.ServiceCluster;
import dev.groundwork.constructs.compute.ServiceClusterProps;
import dev.groundwork.constructs.data.DatabaseAuthentication;
import dev.groundwork.constructs.data.DatabaseCluster;
import dev.groundwork.constructs.data.DatabaseClusterProps;
import dev.groundwork.constructs.data.DatabaseEngine;
import dev.groundwork.constructs.data.ManagedSecret;
import dev.groundwork.constructs.data.ManagedSecretProps;
import dev.groundwork.constructs.data.SecureBucket;
import dev.groundwork.constructs.data.SecureBucketProps;
import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.constructs.keys.EncryptionKeyProps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.constructs.observability.AlertTopic;
import dev.groundwork.constructs.observability.AlertTopicProps;
import dev.groundwork.constructs.observability.DatabaseWatchOptions;
import dev.groundwork.constructs.observability.Monitoring;
import dev.groundwork.constructs.observability.MonitoringProps;
import dev.groundwork.constructs.observability.QueueWorkerWatchOptions;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.testing.SynthesisExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;

/**
 * Every grant and connection between construct families, with the producer and the consumer in
 * two stacks of one environment ({@code data} and {@code services}) and in one stack ({@code all}):
 * database and service (IAM and a rotated secret), secret and service, key and role, bucket and
 * service, queue and sender, alert topic and monitoring, database and watcher. One synthesis holds
 * both layouts (an environment each); each test checks a pair in both: it synthesizes (no cycle),
 * the consumer's stack depends on the producer's and never the reverse, and the access is granted
 * in the consumer's own policies and security-group rules.
 */
class CrossStackCompositionTest {
  private static final String RUNBOOK = "https://runbooks.example.com/shop";

  /** Where producers and consumers go: two stacks, or one. */
  enum Layout {
    SPLIT("split", "data", "services"),
    SINGLE("single", "all", "all");

    final String environment;
    final String producer;
    final String consumer;

    Layout(String environment, String producer, String consumer) {
      this.environment = environment;
      this.producer = producer;
      this.consumer = consumer;
    }

    /** A producer construct's path, e.g. {@code split/data/Orders}. */
    String produced(String path) {
      return environment + "/" + producer + "/" + path;
    }

    /** A consumer construct's path, e.g. {@code split/services/Worker}. */
    String consumed(String path) {
      return environment + "/" + consumer + "/" + path;
    }

    String stackName(String purpose) {
      return "shop-" + environment + "-" + purpose;
    }
  }

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("shop").team("platform").costCenter("cc-0001").outdir(outdir)
        .addEnvironments(EnvironmentProps.of("split", "111111111111", "eu-west-1", Tier.DEV))
        .addEnvironments(EnvironmentProps.of("single", "222222222222", "eu-west-1", Tier.DEV))
        .build());
    for (Layout layout : Layout.values()) {
      build(app.environment(layout.environment), layout);
    }
    return app;
  });

  /** The producers in one stack, the consumers wired to them in the other (or the same). */
  private static void build(PlatformEnvironment env, Layout layout) {
    SecureVpc network = new SecureVpc(env.addStack("network"), "Network", SecureVpcProps.of(Cidr.of("10.10.0.0/16")));
    Stack producer = env.addStack(layout.producer);
    Stack consumer = layout.consumer.equals(layout.producer) ? producer : env.addStack(layout.consumer);

    DatabaseCluster orders = new DatabaseCluster(producer, "Orders", DatabaseClusterProps.builder()
        .vpc(network.vpc()).build());
    DatabaseCluster ledger = new DatabaseCluster(producer, "Ledger", DatabaseClusterProps.builder()
        .vpc(network.vpc()).engine(DatabaseEngine.MYSQL).authentication(DatabaseAuthentication.SECRET).build());
    ManagedSecret token = new ManagedSecret(producer, "PartnerToken", ManagedSecretProps.builder()
        .rotationFunction(Function.Builder.create(producer, "Rotator").runtime(Runtime.PYTHON_3_12)
            .handler("index.handler").code(Code.fromInline("def handler(event, context):\n    pass\n")).build())
        .build());
    EncryptionKey key = new EncryptionKey(producer, "SharedKey", EncryptionKeyProps.builder().purpose("shared").build());
    SecureBucket documents = new SecureBucket(producer, "Documents", SecureBucketProps.defaults());
    ServiceCluster producerCluster = new ServiceCluster(producer, "Cluster", ServiceClusterProps.of(network.vpc()));
    QueueWorkerService fulfilment = worker(producer, "Fulfilment", producerCluster, Map.of());
    AlertTopic alerts = new AlertTopic(producer, "Alerts", AlertTopicProps.defaults());

    ServiceCluster cluster = consumer == producer ? producerCluster
        : new ServiceCluster(consumer, "Cluster", ServiceClusterProps.of(network.vpc()));
    QueueWorkerService worker = worker(consumer, "Worker", cluster, Map.of("PARTNER_TOKEN", token.ecsSecret()));
    QueueWorkerService reporter = worker(consumer, "Reporter", cluster, Map.of());
    worker.connectTo(orders);
    reporter.connectTo(ledger);
    var taskRole = worker.taskDefinition().getTaskRole();
    token.grantRead(taskRole);
    key.grantEncryptDecrypt(taskRole);
    documents.bucket().grantRead(taskRole);
    fulfilment.grantSendMessages(taskRole);
    Monitoring monitoring = new Monitoring(consumer, "Monitoring", MonitoringProps.builder()
        .alerts(alerts).overviewName("shop-" + layout.environment + "-" + layout.consumer + "-overview").build());
    monitoring.addQueueWorker(worker, QueueWorkerWatchOptions.builder().runbookUrl(RUNBOOK).build());
    monitoring.addDatabase("Orders", orders.cluster(), DatabaseWatchOptions.builder()
        .runbookUrl(RUNBOOK).maxConnections(1000).build());
  }

  private static QueueWorkerService worker(Stack stack, String id, ServiceCluster cluster,
      Map<String, software.amazon.awscdk.services.ecs.Secret> secrets) {
    return new QueueWorkerService(stack, id, QueueWorkerServiceProps.builder()
        .cluster(cluster)
        .container(ContainerOptions.builder()
            .image("public.ecr.aws/nginx/nginx-unprivileged:1.27.3")
            .cpu(256).memoryMiB(512).user("101:101")
            .putAllSecrets(secrets)
            .livenessHeartbeat("/tmp/heartbeat", 330)
            .build())
        .build());
  }

  private static Templates environment(SynthesizedApp app, Layout layout) {
    return app.environment(layout.environment);
  }

  private static Resource resource(SynthesizedApp app, Layout layout, String path) {
    return environment(app, layout).resources().stream().filter(r -> r.isNamed(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no resource at " + path));
  }

  /** Where a resource was written: the consumer's stack, whichever stack it names. */
  private static void writtenInTheConsumersStack(Resource resource, Layout layout) {
    assertThat(resource.stack().stackName()).as(resource.describe()).isEqualTo(layout.stackName(layout.consumer));
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void theConsumersStackDependsOnTheProducersAndNeverTheReverse(Layout layout, SynthesizedApp app) {
    Map<String, Set<String>> dependencies = StackDependencies.of(app, layout.environment);
    String network = layout.stackName("network");
    if (layout == Layout.SPLIT) {
      assertThat(dependencies.get(layout.stackName("services"))).contains(layout.stackName("data"), network);
      assertThat(dependencies.get(layout.stackName("data"))).containsExactly(network);
    } else {
      assertThat(dependencies.get(layout.stackName("all"))).containsExactly(network);
    }
    assertThat(dependencies.get(network)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void databaseAdmitsTheServiceThroughRulesOfTheServicesStack(Layout layout, SynthesizedApp app) {
    for (String[] pair : List.of(new String[] {"Orders", "Worker", "5432"}, new String[] {"Ledger", "Reporter", "3306"})) {
      int port = Integer.parseInt(pair[2]);
      assertThat(environment(app, layout)).ingressRules().ofSecurityGroup(layout.produced(pair[0] + "/SecurityGroup"))
          .allowingPort(port).fromSecurityGroup(layout.consumed(pair[1] + "/ServiceSecurityGroup"))
          .noneOpenToTheWorld();
      Resource ingress = environment(app, layout).resourcesOfType("AWS::EC2::SecurityGroupIngress").stream()
          .filter(r -> r.property("FromPort").asInt() == port && environment(app, layout)
              .resolve(r.stack(), r.property("SourceSecurityGroupId"))
              .filter(g -> g.isNamed(layout.consumed(pair[1] + "/ServiceSecurityGroup"))).isPresent())
          .findFirst().orElseThrow();
      writtenInTheConsumersStack(ingress, layout);
    }
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void anIamServiceConnectsAsTheApplicationUserWithoutAPassword(Layout layout, SynthesizedApp app) {
    assertThat(environment(app, layout)).iamStatements().ofRole(layout.consumed("Worker/TaskDefinition/TaskRole"))
        .allowing("rds-db:connect").hasSize(1).onResourceReferencing(layout.produced("Orders/Cluster"));
    JsonNode policy = resource(app, layout, layout.consumed("Worker/TaskDefinition/TaskRole/DefaultPolicy"))
        .property("PolicyDocument.Statement");
    List<String> connect = new java.util.ArrayList<>();
    policy.forEach(statement -> {
      if (statement.path("Action").toString().contains("rds-db:connect")) {
        connect.add(statement.path("Resource").toString());
      }
    });
    assertThat(connect).singleElement().asString().contains(":dbuser:", "/app_user").doesNotContain("app_admin");
    JsonNode container = resource(app, layout, layout.consumed("Worker/TaskDefinition"))
        .property("ContainerDefinitions").get(0);
    assertThat(container.path("Environment").toString())
        .contains("{\"Name\":\"DB_USERNAME\",\"Value\":\"app_user\"}",
            "{\"Name\":\"DB_AUTHENTICATION\",\"Value\":\"iam\"}", "{\"Name\":\"DB_PORT\",\"Value\":\"5432\"}",
            "\"Name\":\"DB_HOST\"");
    assertThat(container.path("Secrets").toString()).doesNotContain("DB_PASSWORD", "DB_USERNAME");
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void aSecretServiceReadsTheApplicationSecretNeverTheMasterOne(Layout layout, SynthesizedApp app) {
    String role = layout.consumed("Reporter/TaskDefinition/ExecutionRole");
    assertThat(environment(app, layout)).iamStatements().ofRole(role)
        .allowing("secretsmanager:GetSecretValue")
        .onResourceReferencing(layout.produced("Ledger/ApplicationCredentialsSecret/Attachment"));
    assertThat(environment(app, layout)).iamStatements().ofRole(role)
        .allowing("kms:Decrypt").withCondition("StringEquals", "kms:ViaService", "secretsmanager.eu-west-1.amazonaws.com")
        .onResourceReferencing(layout.produced("SecretsKey/Key"));
    for (String database : List.of("Orders", "Ledger")) {
      for (String path : List.of(database + "/CredentialsSecret", database + "/CredentialsSecret/Attachment")) {
        assertThat(environment(app, layout)).iamStatements().noneOnResourceReferencing(layout.produced(path));
      }
    }
    assertThat(environment(app, layout)).iamStatements().ofRole(layout.consumed("Reporter/TaskDefinition/TaskRole"))
        .doesNotAllow("rds-db:connect");
    JsonNode secrets = resource(app, layout, layout.consumed("Reporter/TaskDefinition"))
        .property("ContainerDefinitions").get(0).path("Secrets");
    assertThat(secrets.findValuesAsText("Name")).containsExactly("DB_USERNAME", "DB_PASSWORD");
    assertThat(environment(app, layout).referencedBy(resource(app, layout, layout.consumed("Reporter/TaskDefinition")).stack(),
        secrets)).extracting(Resource::constructPath).map(p -> p.orElseThrow())
        .containsOnly(layout.produced("Ledger/ApplicationCredentialsSecret/Attachment/Resource"));
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void aManagedSecretIsReadThroughTheExecutionRolesOwnPolicyNotTheKeys(Layout layout, SynthesizedApp app) {
    assertThat(environment(app, layout)).iamStatements().ofRole(layout.consumed("Worker/TaskDefinition/ExecutionRole"))
        .allowing("secretsmanager:GetSecretValue").onResourceReferencing(layout.produced("PartnerToken/Secret"));
    assertThat(environment(app, layout)).iamStatements().ofRole(layout.consumed("Worker/TaskDefinition/TaskRole"))
        .allowing("secretsmanager:GetSecretValue").onResourceReferencing(layout.produced("PartnerToken/Secret"));
    Resource secretsKey = resource(app, layout, layout.produced("SecretsKey/Key"));
    assertThat(secretsKey.property("KeyPolicy").toString())
        .as("the secrets key's policy names no role of the services")
        .doesNotContain("Worker", "Reporter", "TaskRole", "ExecutionRole");
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void aKeyIsGrantedInTheRolesPolicyWithoutEditingTheKeyPolicy(Layout layout, SynthesizedApp app) {
    assertThat(environment(app, layout)).iamStatements().ofRole(layout.consumed("Worker/TaskDefinition/TaskRole"))
        .allowing("kms:Encrypt").onResourceReferencing(layout.produced("SharedKey/Key"));
    assertThat(environment(app, layout)).iamStatements().ofRole(layout.consumed("Worker/TaskDefinition/TaskRole"))
        .allowing("kms:Decrypt").onResourceReferencing(layout.produced("SharedKey/Key"));
    assertThat(resource(app, layout, layout.produced("SharedKey/Key")).property("KeyPolicy").toString())
        .doesNotContain("TaskRole");
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void aBucketIsReadableByTheServiceThroughItsOwnPolicy(Layout layout, SynthesizedApp app) {
    String role = layout.consumed("Worker/TaskDefinition/TaskRole");
    assertThat(environment(app, layout)).iamStatements().ofRole(role)
        .allowing("s3:GetObject").onResourceReferencing(layout.produced("Documents/Bucket"));
    assertThat(environment(app, layout)).iamStatements().ofRole(role)
        .allowing("kms:Decrypt").onResourceReferencing(layout.produced("DataKey/Key"));
    assertThat(resource(app, layout, layout.produced("Documents/Bucket/Policy")).property("PolicyDocument").toString())
        .doesNotContain("TaskRole");
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void aWorkersQueueTakesMessagesFromAServiceOfAnotherStack(Layout layout, SynthesizedApp app) {
    String role = layout.consumed("Worker/TaskDefinition/TaskRole");
    assertThat(environment(app, layout)).iamStatements().ofRole(role)
        .allowing("sqs:SendMessage").onResourceReferencing(layout.produced("Fulfilment/Queue"));
    assertThat(environment(app, layout)).iamStatements().ofRole(role)
        .allowing("kms:GenerateDataKey").onResourceReferencing(layout.produced("DataKey/Key"));
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void monitoringNotifiesTheAlertTopicOfAnotherStack(Layout layout, SynthesizedApp app) {
    Resource alarm = resource(app, layout, layout.consumed("Monitoring/Worker/Alarms/OldestMessageAge"));
    writtenInTheConsumersStack(alarm, layout);
    assertThat(environment(app, layout).referencedBy(alarm.stack(), alarm.property("AlarmActions")))
        .extracting(r -> r.constructPath().orElseThrow())
        .containsExactly(layout.produced("Alerts/Notifications/Resource"));
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void aDatabaseWatchedFromAnotherStackCountsAsWatched(Layout layout, SynthesizedApp app, PolicyReport report) {
    Resource cluster = resource(app, layout, layout.produced("Orders/Cluster"));
    Resource paging = resource(app, layout, layout.consumed("Monitoring/Orders/Alarms/Paging"));
    Resource connections = resource(app, layout, layout.consumed("Monitoring/Orders/Alarms/Connections"));
    assertThat(environment(app, layout).referencedBy(connections.stack(), connections.property("Dimensions")))
        .containsExactly(cluster);
    List<String> watches = textValues(paging.metadata().path(MonitoringMetadata.WATCHES));
    if (layout == Layout.SPLIT) {
      assertThat(watches).containsExactly(cluster.stack().stackName() + "/" + cluster.logicalId());
      assertThat(cluster.metadata().path(MonitoringMetadata.WATCHED_BY).toString())
          .contains("\"type\":\"AWS::CloudWatch::CompositeAlarm\"", "\"stack\":\"shop-split-services\"",
              "\"logicalId\":\"" + paging.logicalId() + "\"");
    } else {
      assertThat(watches).containsExactly(cluster.logicalId());
      assertThat(cluster.metadata().path(MonitoringMetadata.WATCHED_BY).isMissingNode()).isTrue();
    }
    assertThat(report.findings()).filteredOn(f -> f.ruleId().value().equals("GW_MONITORING_SERVICE_WATCHED")
        && f.environment().equals(layout.environment) && f.logicalId().equals(cluster.logicalId())).isEmpty();
    assertThat(report.findings()).filteredOn(f -> f.ruleId().value().equals("GW_MONITORING_SERVICE_WATCHED")
        && f.environment().equals(layout.environment))
        .as("the ledger is watched by nobody: the rule still reads these stacks")
        .anySatisfy(f -> assertThat(f.constructPath()).contains("Ledger"));
  }

  private static List<String> textValues(JsonNode array) {
    List<String> values = new java.util.ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

}

package dev.groundwork.constructs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.constructs.compute.ContainerOptions;
import dev.groundwork.constructs.compute.QueueWorkerService;
import dev.groundwork.constructs.compute.QueueWorkerServiceProps;
import dev.groundwork.constructs.compute.ServiceCluster;
import dev.groundwork.constructs.compute.ServiceClusterProps;
import dev.groundwork.constructs.compute.TlsCertificate;
import dev.groundwork.constructs.compute.TracingSidecarProps;
import dev.groundwork.constructs.compute.WebServiceProps;
import dev.groundwork.constructs.containers.ContainerRepositoryProps;
import dev.groundwork.constructs.containers.RegistryScanningProps;
import dev.groundwork.constructs.data.BackupPlanProps;
import dev.groundwork.constructs.data.DatabaseCapacity;
import dev.groundwork.constructs.data.DatabaseClusterProps;
import dev.groundwork.constructs.data.ManagedSecretProps;
import dev.groundwork.constructs.data.SecureBucketProps;
import dev.groundwork.constructs.governance.AccountBaselineProps;
import dev.groundwork.constructs.governance.OrganizationBaselineProps;
import dev.groundwork.constructs.keys.EncryptionKeyProps;
import dev.groundwork.constructs.kubernetes.KubernetesClusterProps;
import dev.groundwork.constructs.kubernetes.KubernetesVersion;
import dev.groundwork.constructs.logs.EncryptedLogGroupProps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.constructs.observability.AlarmWindow;
import dev.groundwork.constructs.observability.AlertTopic;
import dev.groundwork.constructs.observability.AlertTopicProps;
import dev.groundwork.constructs.observability.DatabaseWatchOptions;
import dev.groundwork.constructs.observability.EnvironmentBudgetProps;
import dev.groundwork.constructs.observability.KubernetesClusterWatchOptions;
import dev.groundwork.constructs.observability.MonitoringProps;
import dev.groundwork.constructs.observability.QueueWorkerWatchOptions;
import dev.groundwork.constructs.observability.UptimeCanaryProps;
import dev.groundwork.constructs.observability.WebServiceWatchOptions;
import dev.groundwork.constructs.recipe.DefaultsBlocks;
import dev.groundwork.constructs.recipe.DefaultsTables;
import dev.groundwork.constructs.recipe.DefaultsTables.Resolver;
import dev.groundwork.constructs.recipe.DefaultsTables.Sample;
import dev.groundwork.constructs.recipe.ValueFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;
import software.amazon.awscdk.services.lambda.Function;

/**
 * The defaults tables of this module's constructs in {@code docs/} are the ones their resolvers
 * produce: every {@code XDefaults} (every public construct that resolves defaults, and the
 * watchers {@code Monitoring} makes) has exactly one {@code <!-- defaults: X -->} block anywhere
 * under {@code docs/}, and its content is current. Rewrite stale blocks with {@link #REGENERATE}.
 *
 * <p>The resolvers run for DEV, STAGING and PROD on the minimal props below, which need a few CDK
 * objects (an imported VPC and cluster, an alert topic) but no synthesis.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConstructDefaultsDocTest {
  /** The command that rewrites stale blocks. */
  static final String REGENERATE = "mvn -pl sdk-constructs -am test -Dtest=ConstructDefaultsDocTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dgroundwork.writeDocs=true";
  static final Path DOCS = Path.of("..", "docs");
  static final String RUNBOOK = "https://runbooks.example.com/orders/api";

  /** Every value type the tables show beyond the standard ones, as the docs write it. */
  static final ValueFormat FORMAT = ValueFormat.standard()
      .with(Cidr.class, Cidr::toString)
      .with(AlarmWindow.class, window -> window.datapointsToAlarm() + " of " + window.evaluationPeriods())
      .with(DatabaseCapacity.class, ConstructDefaultsDocTest::capacity);

  private final Map<String, Sample> samples = new LinkedHashMap<>();

  private static String capacity(DatabaseCapacity capacity) {
    return capacity.instanceType().map(type -> "provisioned `" + type + "`")
        .orElseGet(() -> "Serverless v2, " + ValueFormat.standard().format(capacity.minAcu()) + " to "
            + ValueFormat.standard().format(capacity.maxAcu()) + " ACU");
  }

  @BeforeAll
  void minimalProps(@TempDir Path outdir) {
    Stack stack = TestApps.appWithEveryTier(outdir).environment("dev").addStack("docs");
    IVpc vpc = Vpc.fromVpcAttributes(stack, "Vpc", VpcAttributes.builder().vpcId("vpc-0123456789abcdef0")
        .availabilityZones(List.of("eu-west-1a", "eu-west-1b"))
        .publicSubnetIds(List.of("subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"))
        .privateSubnetIds(List.of("subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2"))
        .isolatedSubnetIds(List.of("subnet-0ccccccccccccccc1", "subnet-0ccccccccccccccc2"))
        .build());
    ServiceCluster cluster = new ServiceCluster(stack, "Cluster", ServiceClusterProps.of(vpc));
    ContainerOptions container = ContainerOptions.builder()
        .image("public.ecr.aws/nginx/nginx-unprivileged:1.27.3").cpu(256).memoryMiB(512).build();
    QueueWorkerServiceProps worker = QueueWorkerServiceProps.builder().cluster(cluster)
        .container(ContainerOptions.builder().image("public.ecr.aws/nginx/nginx-unprivileged:1.27.3").cpu(256)
            .memoryMiB(512).livenessHeartbeat("/tmp/heartbeat", 120).build())
        .build();
    AlertTopic alerts = new AlertTopic(stack, "Alerts", AlertTopicProps.defaults());

    sample("SecureVpc", SecureVpcProps.of(Cidr.of("10.20.0.0/16")), "`cidr` 10.20.0.0/16");
    sample("EncryptionKey", EncryptionKeyProps.of("payments"), "`purpose` payments");
    sample("EncryptedLogGroup", EncryptedLogGroupProps.defaults(), "");
    sample("SecureBucket", SecureBucketProps.defaults(), "");
    sample("BackupPlan", BackupPlanProps.defaults(), "");
    sample("DatabaseCluster", DatabaseClusterProps.builder().vpc(vpc).build(), "`vpc`");
    sample("ManagedSecret", ManagedSecretProps.builder().rotationFunction(Function.fromFunctionArn(stack, "Rotation",
        "arn:aws:lambda:eu-west-1:111111111111:function:rotate")).build(), "`rotationFunction`");
    sample("ServiceCluster", ServiceClusterProps.of(vpc), "`vpc`");
    sample("WebService", WebServiceProps.builder().cluster(cluster).container(container)
        .certificate(TlsCertificate.fromArn("arn:aws:acm:eu-west-1:111111111111:certificate/abc")).build(),
        "`cluster`, `container` (256 CPU units, 512 MiB) and `certificate`");
    sample("QueueWorkerService", worker, "`cluster` and `container` (256 CPU units, 512 MiB, a heartbeat liveness command)");
    sample("TracingSidecar", TracingSidecarProps.of(new QueueWorkerService(stack, "Worker", worker).taskDefinition()),
        "`taskDefinition`");
    sample("ContainerRepository", ContainerRepositoryProps.of("orders/fulfilment"), "`repositoryName` orders/fulfilment");
    sample("RegistryScanning", RegistryScanningProps.defaults(), "");
    sample("KubernetesCluster", KubernetesClusterProps.of(vpc, KubernetesVersion.V1_33), "`vpc` and `version` 1.33");
    sample("AlertTopic", AlertTopicProps.defaults(), "");
    sample("Monitoring", MonitoringProps.of(alerts), "`alerts`");
    sample("UptimeCanary", UptimeCanaryProps.of("https://api.example.com/health"),
        "`url` https://api.example.com/health");
    sample("EnvironmentBudget", EnvironmentBudgetProps.builder().monthlyAmountUsd(500).costCenter("cc-1234")
        .alerts(alerts).build(), "`monthlyAmountUsd` 500, `costCenter` cc-1234 and `alerts`");
    sample("WebServiceWatcher", WebServiceWatchOptions.builder().runbookUrl(RUNBOOK)
        .publicUrl("https://api.example.com").build(), "`runbookUrl` and `publicUrl`");
    sample("QueueWorkerWatcher", QueueWorkerWatchOptions.builder().runbookUrl(RUNBOOK).build(), "`runbookUrl`");
    sample("DatabaseWatcher", DatabaseWatchOptions.builder().runbookUrl(RUNBOOK).maxConnections(1000).build(),
        "`runbookUrl` and `maxConnections` 1000");
    sample("KubernetesClusterWatcher", KubernetesClusterWatchOptions.of(RUNBOOK), "`runbookUrl`");
    sample("AccountBaseline", AccountBaselineProps.defaults(), "");
    sample("OrganizationBaseline", OrganizationBaselineProps.builder().addOrganizationalUnitIds("ou-ab12-cd34ef56")
        .addRegions("eu-west-1").build(), "`organizationalUnitIds` and `regions` eu-west-1");
  }

  private void sample(String name, Object props, String description) {
    samples.put(name, new Sample(props, description));
  }

  /** Every table of the module, rendered from its resolver. */
  static Map<String, String> render(DefaultsTables tables, Map<String, Sample> samples) {
    Map<String, String> rendered = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (Resolver resolver : tables.resolvers().values()) {
      Sample sample = samples.get(resolver.name());
      if (sample == null) {
        missing.add(resolver.name());
      } else {
        rendered.put(resolver.name(), tables.render(resolver, sample));
      }
    }
    assertThat(missing).as("resolvers without minimal props in the defaults doc test: add a sample(...) for each")
        .isEmpty();
    return rendered;
  }

  @Test
  void everyResolverHasOneCurrentTableUnderDocs() {
    Map<String, String> rendered = render(DefaultsTables.ofThisModule(FORMAT), samples);
    List<String> problems = DefaultsBlocks.check(DOCS, rendered, Boolean.getBoolean("groundwork.writeDocs"), REGENERATE);
    assertThat(problems).as("defaults tables under docs/:%n%s", String.join("\n", problems)).isEmpty();
  }

  @Test
  void tablesCoverEveryConstructThatResolvesDefaults() {
    assertThat(DefaultsTables.ofThisModule(FORMAT).resolvers()).containsKeys(samples.keySet().toArray(String[]::new))
        .hasSameSizeAs(samples);
  }

  @Test
  void aTableShowsEachSettingWithItsMeaningAndTheValueOfEveryTier() {
    DefaultsTables tables = DefaultsTables.ofThisModule(FORMAT);
    String vpc = tables.render(tables.resolvers().get("SecureVpc"), samples.get("SecureVpc"));
    assertThat(vpc).startsWith("Resolved by `SecureVpcDefaults` for `SecureVpcProps` with only `cidr` 10.20.0.0/16")
        .contains("| setting | meaning | DEV | STAGING | PROD |",
            "| `natGateways` | number of NAT gateways | 1 | 2 | 3 |",
            "| `interfaceEndpoints` | interface endpoints to create | none | `CLOUDWATCH_LOGS`, `ECR_API`",
            "| `flowLogRetentionDays` | retention of the flow log group | 30 | 90 | 365 |");
    String web = tables.render(tables.resolvers().get("WebService"), samples.get("WebService"));
    assertThat(web).contains("| `service.minTasks` | fewest running tasks | 1 | 2 | 3 |",
        "| `ingressCidrs` | client networks allowed to reach the load balancer | 0.0.0.0/0 |",
        "| `deployment.strategy` |");
    assertThat(tables.render(tables.resolvers().get("DatabaseCluster"), samples.get("DatabaseCluster")))
        .contains("| Serverless v2, 0.5 to 2 ACU | Serverless v2, 0.5 to 4 ACU | Serverless v2, 1 to 16 ACU |");
  }
}

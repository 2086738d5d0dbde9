package dev.groundwork.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.constructs.data.DatabaseCluster;
import dev.groundwork.constructs.data.DatabaseClusterProps;
import dev.groundwork.constructs.recipe.DefaultsBlocks;
import dev.groundwork.constructs.recipe.DefaultsTables;
import dev.groundwork.constructs.recipe.DefaultsTables.Resolver;
import dev.groundwork.constructs.recipe.DefaultsTables.Sample;
import dev.groundwork.constructs.recipe.ValueFormat;
import dev.groundwork.constructs.kubernetes.KubernetesCluster;
import dev.groundwork.constructs.kubernetes.KubernetesClusterProps;
import dev.groundwork.constructs.kubernetes.KubernetesVersion;
import dev.groundwork.constructs.kubernetes.KubernetesWorkload;
import dev.groundwork.core.AccountId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;
import software.amazon.awscdk.services.iam.AccountRootPrincipal;

/**
 * The defaults tables of this module's constructs in {@code docs/} are the ones their resolvers
 * produce (see {@code ConstructDefaultsDocTest} in sdk-constructs, which the same generator
 * serves): one current {@code <!-- defaults: X -->} block per resolver anywhere under
 * {@code docs/}. Rewrite stale blocks with {@link #REGENERATE}. This module sees both modules'
 * classes, so it also refuses blocks that name no resolver of either.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineDefaultsDocTest {
  /** The command that rewrites stale blocks. */
  static final String REGENERATE = "mvn -pl sdk-pipelines -am test -Dtest=PipelineDefaultsDocTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dgroundwork.writeDocs=true";
  static final Path DOCS = Path.of("..", "docs");
  static final ValueFormat FORMAT = ValueFormat.standard()
      .with(DeploymentWindow.class, window -> "`" + window.cron() + "`");

  private final Map<String, Sample> samples = new LinkedHashMap<>();

  @BeforeAll
  void minimalProps(@TempDir Path outdir) {
    PlatformApp app = TestDeliveryApps.app(outdir);
    Stack pipeline = app.environment("delivery").addStack("pipeline");
    Stack data = app.environment("dev").addStack("database");
    IVpc vpc = Vpc.fromVpcAttributes(data, "Vpc", VpcAttributes.builder().vpcId("vpc-0123456789abcdef0")
        .availabilityZones(List.of("eu-west-1a", "eu-west-1b"))
        .privateSubnetIds(List.of("subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2"))
        .isolatedSubnetIds(List.of("subnet-0ccccccccccccccc1", "subnet-0ccccccccccccccc2"))
        .build());
    samples.put("DeliveryPipeline", new Sample(DeliveryPipelineProps.builder()
        .source(RepositorySource.of(TestDeliveryApps.CONNECTION, "example/shop"))
        .addEnvironments(EnvironmentDelivery.of(app.environment("dev")))
        .alertTopic(TestDeliveryApps.alerts(pipeline))
        .build(), "`source`, `environments` and `alertTopic`"));
    samples.put("FeatureFlags", new Sample(FeatureFlagsProps.builder()
        .service("orders").putFlags("new-pricing", false).reader(new AccountRootPrincipal()).build(),
        "`service` orders, one flag and `reader`"));
    samples.put("MigrationRunner", new Sample(MigrationRunnerProps.builder()
        .database(new DatabaseCluster(data, "Database", DatabaseClusterProps.builder().vpc(vpc).build()))
        .vpc(vpc)
        .pipelineAccount(AccountId.of("444444444444"))
        .build(), "`database` (PostgreSQL), `vpc` and `pipelineAccount`"));
    Stack platform = app.environment("dev").addStack("kubernetes");
    IVpc clusterVpc = Vpc.fromVpcAttributes(platform, "Vpc", VpcAttributes.builder().vpcId("vpc-0123456789abcdef1")
        .availabilityZones(List.of("eu-west-1a", "eu-west-1b"))
        .privateSubnetIds(List.of("subnet-0ddddddddddddddd1", "subnet-0ddddddddddddddd2"))
        .build());
    samples.put("KubernetesDeployer", new Sample(KubernetesDeployerProps.builder()
        .cluster(new KubernetesCluster(platform, "Cluster", KubernetesClusterProps.of(clusterVpc, KubernetesVersion.V1_33)))
        .pipelineAccount(AccountId.of("444444444444"))
        .addWorkloads(KubernetesWorkload.manifests("orders", "k8s/orders"))
        .build(), "`cluster` (a DEV cluster on Auto Mode), `pipelineAccount` and one workload"));
  }

  @Test
  void everyResolverHasOneCurrentTableUnderDocs() {
    DefaultsTables tables = DefaultsTables.ofThisModule(FORMAT);
    Map<String, String> rendered = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (Resolver resolver : tables.resolvers().values()) {
      if (samples.containsKey(resolver.name())) {
        rendered.put(resolver.name(), tables.render(resolver, samples.get(resolver.name())));
      } else {
        missing.add(resolver.name());
      }
    }
    assertThat(missing).as("resolvers without minimal props in PipelineDefaultsDocTest: add a sample for each")
        .isEmpty();
    List<String> problems = DefaultsBlocks.check(DOCS, rendered, Boolean.getBoolean("groundwork.writeDocs"), REGENERATE);
    assertThat(problems).as("defaults tables under docs/:%n%s", String.join("\n", problems)).isEmpty();
  }

  @Test
  void theGatesAreTablesByWave() {
    DefaultsTables tables = DefaultsTables.ofThisModule(FORMAT);
    assertThat(tables.render(tables.resolvers().get("DeliveryPipeline"), samples.get("DeliveryPipeline")))
        .contains("| `approvalBeforeWave` | whether a person approves before the wave of each tier deploys | PROD | PROD | PROD |",
            "| `deploymentWindow` | when the wave of each tier may be entered; none: at any time | "
                + "DEV: none; STAGING: none; PROD: `* * 9-15 ? * MON-THU *` |");
  }

  @Test
  void everyBlockUnderDocsNamesAResolverOfConstructsOrPipelines() {
    Set<String> known = new TreeSet<>(DefaultsTables.ofThisModule(FORMAT).resolvers().keySet());
    known.addAll(DefaultsTables.of(Path.of("..", "sdk-constructs", "target", "classes"),
        Path.of("..", "sdk-constructs", "src", "main", "java"), FORMAT).resolvers().keySet());
    assertThat(DefaultsBlocks.find(DOCS)).extracting(DefaultsBlocks.Block::name)
        .as("defaults blocks under docs/ whose name no resolver has (a renamed or deleted construct): "
            + "remove them or rename them")
        .allMatch(known::contains);
  }
}

package dev.groundwork.samples.kitchensink;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.app.SynthCommand;
import dev.groundwork.constructs.compute.WebService;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.observability.AlertTopic;
import dev.groundwork.core.Tier;
import dev.groundwork.pipelines.KubernetesDeployer;
import dev.groundwork.pipelines.MigrationRunner;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awscdk.Stack;

/**
 * Every public construct of groundwork-constructs and groundwork-pipelines, each with every
 * option it has (two of a kind where options exclude each other), in one app: the subject of the
 * cross-JVM determinism test, which synthesizes it here and in a JVM that iterates {@code Set.of}
 * and {@code Map.of} the other way round and compares the two outputs byte for byte, so an
 * option whose code lets a per-JVM order reach a template or report fails the build.
 * {@code KitchenSinkAppTest} also fails when a public construct or an option is missing here.
 *
 * <p>Environments: {@code dev} (DEV, where the options only non-production tiers take are used),
 * {@code prod} (PROD, with a recovery region), {@code delivery} (the pipeline that deploys both).
 * It passes the baseline policy pack, options that weaken a default acknowledged by suppressions
 * with their reasons, like any app's.
 */
public final class KitchenSinkApp {
  /** The delivery account, which the migration runners trust. */
  static final String DELIVERY_ACCOUNT = "444444444444";

  private KitchenSinkApp() {}

  /** Synthesizes into {@code cdk.out} (or {@code $CDK_OUTDIR}) and exits non-zero on failure. */
  public static void main(String[] args) {
    SynthCommand.run(() -> create(Optional.empty()));
  }

  /** The app, writing its assembly to {@code outdir} if given. */
  public static PlatformApp create(Optional<Path> outdir) {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("sink")
        .team("platform")
        .costCenter("cc-4242")
        .service("kitchen-sink")
        .owner("platform-oncall")
        .repository("github.com/example/kitchen-sink")
        .putTags("data-classification", "internal")
        .putContext("groundwork:kitchen-sink", true)
        .addEnvironments(EnvironmentProps.builder().name("dev").account("111111111111").region("eu-west-1")
            .tier(Tier.DEV).putTags("lifecycle", "ephemeral").build())
        .addEnvironments(EnvironmentProps.builder().name("prod").account("333333333333").region("eu-west-1")
            .recoveryRegion("eu-central-1").tier(Tier.PROD).build())
        .addEnvironments(EnvironmentProps.of("delivery", DELIVERY_ACCOUNT, "eu-west-1", Tier.PROD))
        .outdir(outdir)
        .build());
    SinkEnvironment dev = environment(app.environment("dev"));
    SinkEnvironment prod = environment(app.environment("prod"));
    SinkGovernance.addOrganizationBaseline(app.environment("delivery").addStack("governance"));
    SinkDelivery.addPipeline(app.environment("delivery").addStack("pipeline"), dev, prod);
    return app;
  }

  /** One deployed environment's stacks, in the order they deploy. */
  private static SinkEnvironment environment(PlatformEnvironment env) {
    env.recoveryRegion().ifPresent(region -> env.addRecoveryStack());
    Stack network = env.addStack("network");
    SecureVpc vpc = SinkNetworkAndData.addNetworks(network, env);
    Stack data = env.addStack("data");
    SinkNetworkAndData.Data stored = SinkNetworkAndData.addData(data, env, vpc);
    Stack services = env.addStack("services");
    AlertTopic alerts = SinkObservability.addAlerts(services, env);
    SinkCompute.Services running = SinkCompute.addServices(services, env, vpc, stored, alerts);
    SinkObservability.addMonitoring(services, env, alerts, running, stored);
    MigrationRunner migrations = SinkDelivery.addMigrationsAndFlags(data, services, env, stored, running);
    Stack platform = env.addStack("platform");
    SinkCompute.Platform cluster = SinkCompute.addPlatform(platform, env);
    SinkObservability.addPlatformMonitoring(platform, env, cluster.cluster());
    SinkGovernance.addAccountBaseline(env.addStack("audit"), stored);
    return new SinkEnvironment(env, migrations, services, running.api(), cluster.workloads());
  }

  /** What the pipeline needs of a deployed environment. */
  record SinkEnvironment(PlatformEnvironment environment, MigrationRunner migrations, Stack services, WebService api,
      KubernetesDeployer workloads) {}
}

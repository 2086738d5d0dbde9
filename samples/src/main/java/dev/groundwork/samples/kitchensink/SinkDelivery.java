package dev.groundwork.samples.kitchensink;

import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.constructs.data.DatabaseEngine;
import dev.groundwork.constructs.observability.AlertTopic;
import dev.groundwork.constructs.observability.AlertTopicProps;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.Tier;
import dev.groundwork.pipelines.BuildCommands;
import dev.groundwork.pipelines.DeliveryPipeline;
import dev.groundwork.pipelines.DeliveryPipelineProps;
import dev.groundwork.pipelines.DeploymentWindow;
import dev.groundwork.pipelines.EnvironmentDelivery;
import dev.groundwork.pipelines.FeatureFlags;
import dev.groundwork.pipelines.FeatureFlagsProps;
import dev.groundwork.pipelines.MigrationRunner;
import dev.groundwork.pipelines.MigrationRunnerProps;
import dev.groundwork.pipelines.RepositorySource;
import java.time.ZoneId;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;

/** The kitchen sink's delivery: migrations, feature flags and the pipeline, every option. */
final class SinkDelivery {
  private static final String CONNECTION =
      "arn:aws:codeconnections:eu-west-1:444444444444:connection/0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";

  private SinkDelivery() {}

  /**
   * The database migrations beside the database (DEV from a directory of the repository, with
   * its own image and time limit; PROD with commands of its own, which exclude a directory) and
   * the API's feature flags.
   */
  static MigrationRunner addMigrationsAndFlags(Stack data, Stack services, PlatformEnvironment env,
      SinkNetworkAndData.Data stored, SinkCompute.Services running) {
    MigrationRunnerProps.Builder migrations = MigrationRunnerProps.builder()
        .database(stored.database())
        .vpc(stored.vpc().vpc())
        .pipelineAccount(AccountId.of(KitchenSinkApp.DELIVERY_ACCOUNT))
        .image("flyway/flyway:11.14.1")
        .timeoutMinutes(45);
    if (env.tier() == Tier.PROD) {
      migrations.addAllCommands(MigrationRunner.flywayCommands(DatabaseEngine.POSTGRESQL,
          stored.database().authentication(), "db/ledger"));
    } else {
      migrations.migrationsDirectory("db/ledger");
    }
    MigrationRunner runner = new MigrationRunner(data, "Migrations", migrations.build());
    FeatureFlags flags = new FeatureFlags(services, "api-flags", FeatureFlagsProps.builder()
        .service("api")
        .putFlags("new-checkout", false)
        .putFlags("dark-mode", true)
        .reader(running.api().service().getTaskDefinition().getTaskRole())
        .addAllRollbackAlarms(running.api().rollbackAlarms())
        .build());
    flags.grantRead(Role.Builder.create(services, "FlagAuditor")
        .assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build());
    return runner;
  }

  /** The pipeline deploying dev and prod: every option of the pipeline and of each environment's delivery. */
  static DeliveryPipeline addPipeline(Stack pipeline, KitchenSinkApp.SinkEnvironment dev,
      KitchenSinkApp.SinkEnvironment prod) {
    return new DeliveryPipeline(pipeline, "Delivery", DeliveryPipelineProps.builder()
        .source(RepositorySource.builder().connectionArn(CONNECTION).repository("example/kitchen-sink")
            .branch("release").build())
        .addEnvironments(delivery(dev), delivery(prod))
        .alertTopic(new AlertTopic(pipeline, "Alerts", AlertTopicProps.defaults()).notificationTopic())
        .commands(BuildCommands.builder()
            .lint("mvn -B -ntp -Pstrict validate")
            // The score shapes the default scan command; the command given here replaces it whole.
            .dependencyScanFailOnCvss(5)
            .dependencyScan("mvn -B -ntp org.owasp:dependency-check-maven:12.1.0:check -DfailBuildOnCVSS=5"
                + " -DdataDirectory=" + BuildCommands.VULNERABILITY_DATABASE)
            .test("mvn -B -ntp verify -Dgroundwork.synth.skip=true")
            .build("mvn -B -ntp package -DskipTests -Dgroundwork.synth.skip=true")
            .synth("mvn -B -ntp compile groundwork:synth -Dgroundwork.jvmArgs=-Xmx2g")
            .build())
        .prodDeploymentWindow(DeploymentWindow.of("* * 9-15 ? * MON-THU *"))
        .prodApproval(false)
        .prodApprovalWaiverReason("every production change is approved in the change board before it merges")
        // Its support stacks in other regions predate Object Lock on their buckets, which would replace them.
        .crossRegionObjectLock(false)
        .build());
  }

  /** DEV smoke-tests the API's endpoint, PROD a URL given, which exclude each other. */
  private static EnvironmentDelivery delivery(KitchenSinkApp.SinkEnvironment sink) {
    PlatformEnvironment env = sink.environment();
    EnvironmentDelivery.Builder delivery = EnvironmentDelivery.builder()
        .environment(env)
        .timeZone(ZoneId.of("Europe/Dublin"))
        .migrations(sink.migrations())
        .migrateBefore(sink.services())
        .addKubernetesDeployers(sink.workloads());
    if (env.tier() == Tier.PROD) {
      delivery.healthCheckUrl("https://api." + env.name() + ".sink.example.com/healthz");
    } else {
      delivery.smokeTestOf(sink.api());
    }
    return delivery.build();
  }
}

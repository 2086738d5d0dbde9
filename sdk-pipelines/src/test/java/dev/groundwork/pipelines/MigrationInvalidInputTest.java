package dev.groundwork.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.constructs.data.DatabaseCluster;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.GroundworkValidationException;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;
import software.amazon.awscdk.services.sns.ITopic;

/**
 * Bad input to {@link MigrationRunner} and to a pipeline's migration step fails at construction
 * with a coded message naming the property and the value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationInvalidInputTest {
  PlatformApp app;
  Stack pipelineStack;
  ITopic alerts;
  MigrationRunner otherAccount;
  int ids;

  @BeforeAll
  void createApp(@TempDir Path outdir) {
    app = DeliveryPipelineMigrationTest.app(outdir);
    pipelineStack = app.environment("delivery").addStack("pipeline");
    alerts = TestDeliveryApps.alerts(pipelineStack);
    // Created before any test synthesizes dev (CDK refuses a tree changed after its synthesis).
    otherAccount = new MigrationRunner(stack("dev", "data"), "Other",
        runnerOf(database("dev"), vpc("dev"), "999999999999").build());
  }

  Stack stack(String environment, String purpose) {
    PlatformEnvironment env = app.environment(environment);
    return env.stacks().stream().filter(s -> s.getStackName().equals(env.stackName(purpose)))
        .findFirst().orElseThrow();
  }

  DatabaseCluster database(String environment) {
    return (DatabaseCluster) stack(environment, "data").getNode().findChild("Database");
  }

  IVpc vpc(String environment) {
    return ((SecureVpc) stack(environment, "network").getNode().findChild("Network")).vpc();
  }

  MigrationRunner runner(String environment) {
    return (MigrationRunner) stack(environment, "data").getNode().findChild("Migrations");
  }

  /** Runners that fail go to prod, which no test synthesizes. */
  MigrationRunnerProps.Builder prodRunner() {
    return runnerOf(database("prod"), vpc("prod"), DeliveryPipelineMigrationTest.DELIVERY_ACCOUNT);
  }

  MigrationRunnerProps.Builder runnerOf(DatabaseCluster database, IVpc vpc, String pipelineAccount) {
    return MigrationRunnerProps.builder().database(database).vpc(vpc)
        .pipelineAccount(AccountId.of(pipelineAccount));
  }

  @Test
  void rejectsARunnerWithoutADatabaseOrAVpc() {
    assertThatThrownBy(() -> MigrationRunnerProps.builder()
        .pipelineAccount(AccountId.of(DeliveryPipelineMigrationTest.DELIVERY_ACCOUNT)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MigrationRunnerProps")
        .hasMessageContaining("database")
        .hasMessageContaining("vpc");
  }

  @Test
  void rejectsTheDatabaseOfAnotherEnvironment() {
    assertRunnerRejected(runnerOf(database("dev"), vpc("prod"), DeliveryPipelineMigrationTest.DELIVERY_ACCOUNT), "MIGRATION_DATABASE_ENVIRONMENT")
        .hasMessageContaining("database must be a database of this runner's environment, got 'dev/data/Database'");
  }

  @Test
  void rejectsAVpcWithoutPrivateSubnets() {
    IVpc publicOnly = Vpc.fromVpcAttributes(stack("prod", "data"), "PublicOnly" + ids++, VpcAttributes.builder()
        .vpcId("vpc-0123456789abcdef0")
        .availabilityZones(List.of("eu-west-1a"))
        .publicSubnetIds(List.of("subnet-0aaaaaaaaaaaaaaa1"))
        .build());
    assertRunnerRejected(runnerOf(database("prod"), publicOnly, DeliveryPipelineMigrationTest.DELIVERY_ACCOUNT), "MIGRATION_SUBNETS")
        .hasMessageContaining("vpc must be the database's VPC, with private subnets");
  }

  @Test
  void rejectsAnUnpinnedImage() {
    for (String image : List.of("flyway/flyway", "flyway/flyway:latest", "registry.example.com:5000/flyway")) {
      assertRunnerRejected(prodRunner().image(image), "MIGRATION_IMAGE_PINNED")
          .hasMessageContaining("image must be an image with a version tag or a digest, got '" + image + "'");
    }
  }

  @Test
  void rejectsATimeoutOutsideFiveMinutesToEightHours() {
    for (int minutes : new int[] {4, 481}) {
      assertRunnerRejected(prodRunner().timeoutMinutes(minutes), "MIGRATION_TIMEOUT")
          .hasMessageContaining("timeoutMinutes must be 5 to 480, got " + minutes);
    }
  }

  @Test
  void rejectsMigrationsWithoutTheStackTheyPrecede() {
    assertPipelineRejected(EnvironmentDelivery.builder().environment(app.environment("dev"))
        .migrations(runner("dev")).build(), "PIPELINE_MIGRATION_STACK")
        .hasMessageContaining("migrateBefore must be set together with migrations, got unset for 'dev'");
  }

  @Test
  void rejectsMigrationsBeforeTheRunnersOwnStack() {
    assertPipelineRejected(migrated("dev", runner("dev"), stack("dev", "data")), "PIPELINE_MIGRATION_ORDER")
        .hasMessageContaining("migrateBefore must be a stack deployed after the runner's, "
            + "got 'shop-dev-data', the runner's own stack");
  }

  @Test
  void rejectsMigrationsBeforeAStackThatDoesNotWaitForTheRunner() {
    assertPipelineRejected(migrated("dev", runner("dev"), stack("dev", "network")), "PIPELINE_MIGRATION_ORDER")
        .hasMessageContaining("got 'shop-dev-network', which does not depend on the runner's stack 'shop-dev-data'");
  }

  @Test
  void rejectsARunnerOfAnotherEnvironment() {
    assertPipelineRejected(migrated("dev", runner("prod"), stack("dev", "services")), "PIPELINE_MIGRATION_ENVIRONMENT")
        .hasMessageContaining("migrations must be a construct of environment 'dev', got 'prod/data/Migrations'");
  }

  @Test
  void rejectsARunnerTrustingAnotherAccount() {
    assertPipelineRejected(migrated("dev", otherAccount, stack("dev", "services")), "PIPELINE_MIGRATION_ACCOUNT")
        .hasMessageContaining("migrations must be a runner trusting the pipeline's account 444444444444, "
            + "got a runner trusting account 999999999999");
  }

  private EnvironmentDelivery migrated(String environment, MigrationRunner runner, Stack before) {
    return EnvironmentDelivery.builder().environment(app.environment(environment))
        .migrations(runner).migrateBefore(before).build();
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertRunnerRejected(
      MigrationRunnerProps.Builder props, String code) {
    String id = "Runner" + ids++;
    MigrationRunnerProps built = props.build();
    return assertThatThrownBy(() -> new MigrationRunner(stack("prod", "data"), id, built))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly(code));
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertPipelineRejected(
      EnvironmentDelivery delivery, String code) {
    String id = "Pipeline" + ids++;
    DeliveryPipelineProps props = DeliveryPipelineProps.builder()
        .source(RepositorySource.of(TestDeliveryApps.CONNECTION, "example/shop"))
        .alertTopic(alerts)
        .addEnvironments(delivery)
        .build();
    return assertThatThrownBy(() -> new DeliveryPipeline(pipelineStack, id, props))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly(code));
  }
}

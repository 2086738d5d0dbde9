package dev.groundwork.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.core.GroundworkValidationException;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.sns.ITopic;

/**
 * Bad input to {@link DeliveryPipeline} fails at construction with a coded message naming the
 * property and the value, before CDK Pipelines synthesizes any stage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryPipelineInvalidInputTest {
  PlatformApp app;
  Stack stack;
  ITopic alerts;
  int pipelines;

  @BeforeAll
  void createApp(@TempDir Path outdir) {
    app = TestDeliveryApps.app(outdir);
    TestDeliveryApps.api(app, "dev");
    TestDeliveryApps.api(app, "staging");
    stack = app.environment("delivery").addStack("pipeline");
    alerts = TestDeliveryApps.alerts(stack);
  }

  DeliveryPipelineProps.Builder inOrder() {
    return DeliveryPipelineProps.builder()
        .source(RepositorySource.of(TestDeliveryApps.CONNECTION, "example/shop"))
        .alertTopic(alerts)
        .addEnvironments(TestDeliveryApps.delivery(app, "dev"))
        .addEnvironments(TestDeliveryApps.delivery(app, "staging"))
        .addEnvironments(TestDeliveryApps.delivery(app, "prod"));
  }

  @Test
  void rejectsProductionWithoutApprovalAndWithoutAReason() {
    assertRejected(inOrder().prodApproval(false), "PIPELINE_PROD_APPROVAL_REQUIRED")
        .hasMessageContaining("prodApproval must be true, or false with prodApprovalWaiverReason")
        .hasMessageContaining("got false without a reason");
  }

  /** A weekend window with the reason it is covered: built, and the reason kept in the metadata. */
  @Test
  void acceptsAWeekendWindowWithAReason() {
    DeliveryPipeline pipeline = new DeliveryPipeline(stack, "Weekends", inOrder().prodDeploymentWindow(
        DeploymentWindow.includingWeekends("* * 9-15 ? * MON-SAT *", "Saturday on-call rota")).build());
    assertThat(pipeline.getNode().getMetadata()).anyMatch(m -> m.getType().equals("groundwork:prod-weekend-deploys")
        && m.getData().equals("Saturday on-call rota"));
  }

  /** A valid pipeline: nothing is synthesized, the built pipeline is read. */
  @Test
  void acceptsProductionWithoutApprovalWhenTheWaiverHasAReason() {
    DeliveryPipeline pipeline = new DeliveryPipeline(stack, "Waived", inOrder().prodApproval(false)
        .prodApprovalWaiverReason("hotfix train: approvals happen in the change ticket").build());
    software.amazon.awscdk.services.codepipeline.IStage prod = pipeline.pipeline().getPipeline().getStages()
        .stream().filter(s -> s.getStageName().equals("prod")).findFirst().orElseThrow();
    assertThat(prod.getActions()).noneMatch(a -> a.getActionProperties().getActionName().equals("PromoteToProd"));
    assertThat(pipeline.getNode().getMetadata()).anyMatch(m -> m.getType().equals("groundwork:prod-approval-waived")
        && m.getData().equals("hotfix train: approvals happen in the change ticket"));
  }

  @Test
  void rejectsABlankWaiverReason() {
    assertRejected(inOrder().prodApproval(false).prodApprovalWaiverReason(" "),
        "PIPELINE_PROD_APPROVAL_REQUIRED");
  }

  @Test
  void rejectsADeploymentWindowCronThatDoesNotParse() {
    assertRejected(inOrder().prodDeploymentWindow(DeploymentWindow.of("0 9-17 * * MON-FRI")),
        "PIPELINE_WINDOW_CRON")
        .hasMessageContaining("prodDeploymentWindow must be a DeploymentWindow cron")
        .hasMessageContaining("'0 9-17 * * MON-FRI', which has 5 fields");
  }

  @Test
  void rejectsAnHourOutsideTheDay() {
    assertRejected(inOrder().prodDeploymentWindow(DeploymentWindow.of("* * 8-25 ? * MON-FRI *")),
        "PIPELINE_WINDOW_CRON")
        .hasMessageContaining("has hours '25' outside 0-23");
  }

  @Test
  void rejectsBothDayFieldsSet() {
    assertRejected(inOrder().prodDeploymentWindow(DeploymentWindow.of("* * 8-14 1 * MON-FRI")),
        "PIPELINE_WINDOW_CRON")
        .hasMessageContaining("needs '?' in exactly one of day-of-month and day-of-week");
  }

  @Test
  void rejectsSecondsOtherThanAny() {
    assertRejected(inOrder().prodDeploymentWindow(DeploymentWindow.of("0 * 8-14 ? * MON-FRI")),
        "PIPELINE_WINDOW_CRON")
        .hasMessageContaining("seconds must be '*'");
  }

  @Test
  void rejectsAWindowThatOpensOnAWeekendWithoutAReason() {
    assertRejected(inOrder().prodDeploymentWindow(DeploymentWindow.of("* * 9-15 ? * MON-SAT *")),
        "PIPELINE_WINDOW_WEEKEND")
        .hasMessageContaining("'* * 9-15 ? * MON-SAT *', which opens on Saturday")
        .hasMessageContaining("DeploymentWindow.includingWeekends(cron, reason)");
  }

  @Test
  void rejectsDaysOfTheMonthThatFallOnWeekends() {
    assertRejected(inOrder().prodDeploymentWindow(DeploymentWindow.of("* * 9-15 1-7 * ? *")),
        "PIPELINE_WINDOW_WEEKEND").hasMessageContaining("opens on Saturday and Sunday");
  }

  @Test
  void rejectsASmokeTestOfAServiceWithoutAnEndpointOrGivenTwice() {
    assertThatThrownBy(() -> EnvironmentDelivery.builder().environment(app.environment("dev"))
        .healthCheckUrl("https://api.dev.shop.example.com/health")
        .smokeTestOf(TestDeliveryApps.api(app, "dev")).build())
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("PIPELINE_SMOKE_TEST_TWICE"));
  }

  @Test
  void rejectsASmokeTestOfAnotherEnvironmentsService() {
    assertRejected(DeliveryPipelineProps.builder()
            .source(RepositorySource.of(TestDeliveryApps.CONNECTION, "example/shop"))
            .alertTopic(alerts)
            .addEnvironments(EnvironmentDelivery.of(app.environment("dev"), TestDeliveryApps.api(app, "staging"))),
        "PIPELINE_SMOKE_TEST_ENVIRONMENT")
        .hasMessageContaining("smokeTestOf must be a service of environment 'dev'");
  }

  @Test
  void rejectsProductionBeforeStaging() {
    assertRejected(DeliveryPipelineProps.builder()
            .source(RepositorySource.of(TestDeliveryApps.CONNECTION, "example/shop"))
            .alertTopic(alerts)
            .addEnvironments(TestDeliveryApps.delivery(app, "dev"))
            .addEnvironments(TestDeliveryApps.delivery(app, "prod"))
            .addEnvironments(TestDeliveryApps.delivery(app, "staging")),
        "PIPELINE_TIER_ORDER")
        .hasMessageContaining("environments must be in tier order DEV, STAGING, PROD")
        .hasMessageContaining("got 'staging' (STAGING) after 'prod' (PROD)");
  }

  @Test
  void rejectsDeployingThePipelinesOwnEnvironment() {
    assertRejected(inOrder().addEnvironments(EnvironmentDelivery.of(app.environment("delivery"))),
        "PIPELINE_DEPLOYS_ITSELF");
  }

  @Test
  void rejectsAPlainHttpHealthCheck() {
    assertRejected(DeliveryPipelineProps.builder()
            .source(RepositorySource.of(TestDeliveryApps.CONNECTION, "example/shop"))
            .alertTopic(alerts)
            .addEnvironments(EnvironmentDelivery.of(app.environment("dev"), "http://api.dev/health")),
        "PIPELINE_HEALTH_URL")
        .hasMessageContaining("healthCheckUrl must be an https:// URL, got http://api.dev/health");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertRejected(DeliveryPipelineProps.builder()
            .source(RepositorySource.of(TestDeliveryApps.CONNECTION, "example/shop"))
            .alertTopic(alerts)
            .prodApproval(false)
            .prodDeploymentWindow(DeploymentWindow.of("never"))
            .addEnvironments(TestDeliveryApps.delivery(app, "prod"))
            .addEnvironments(TestDeliveryApps.delivery(app, "dev")),
        "PIPELINE_TIER_ORDER", "PIPELINE_WINDOW_CRON", "PIPELINE_PROD_APPROVAL_REQUIRED");
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertRejected(
      DeliveryPipelineProps.Builder builder, String... codes) {
    DeliveryPipelineProps props = builder.build();
    String id = "Delivery" + pipelines++;
    return assertThatThrownBy(() -> new DeliveryPipeline(stack, id, props))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly(codes))
        .hasMessageContaining("DeliveryPipeline at 'delivery/pipeline/" + id + "'");
  }
}

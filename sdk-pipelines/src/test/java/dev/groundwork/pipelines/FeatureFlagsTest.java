package dev.groundwork.pipelines;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.testing.SynthesisExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;

class FeatureFlagsTest {
  private static final String STACK = "shop-prod-flags";

  static Role taskRole(Stack stack) {
    return Role.Builder.create(stack, "TaskRole")
        .assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com")).build();
  }

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestDeliveryApps.app(outdir);
    Stack stack = app.environment("prod").addStack("flags");
    new FeatureFlags(stack, "Flags", FeatureFlagsProps.builder()
        .service("checkout")
        .putFlags("new-checkout", false)
        .putFlags("express-shipping", true)
        .reader(taskRole(stack))
        .addRollbackAlarms(Alarm.fromAlarmArn(stack, "Errors",
            "arn:aws:cloudwatch:eu-west-1:333333333333:alarm:checkout-5xx"))
        .build());
    return app;
  });

  @Test
  void definesAFeatureFlagProfileWithTheInitialValues(SynthesizedApp app) {
    assertThat(app).stack(STACK).resourcesOfType("AWS::AppConfig::ConfigurationProfile").singleResource()
        .hasProperty("Type", "AWS.AppConfig.FeatureFlags")
        .hasProperty("Name", "checkout-flags");
    String content = app.stack(STACK).resourcesOfType("AWS::AppConfig::HostedConfigurationVersion").get(0)
        .property("Content").asText();
    assertThat(content).isEqualTo("{\"version\":\"1\",\"flags\":{\"express-shipping\":{\"name\":\"express-shipping\"},"
        + "\"new-checkout\":{\"name\":\"new-checkout\"}},\"values\":{\"express-shipping\":{\"enabled\":true},"
        + "\"new-checkout\":{\"enabled\":false}}}");
  }

  @Test
  void rollsABadFlagBackWhenTheServiceAlarmFires(SynthesizedApp app) {
    assertThat(app).stack(STACK).resourcesOfType("AWS::AppConfig::Environment").singleResource()
        .hasProperty("Name", "prod")
        .hasProperty("Monitors[0].AlarmArn", "arn:aws:cloudwatch:eu-west-1:333333333333:alarm:checkout-5xx");
  }

  @Test
  void deploysGradually(SynthesizedApp app) {
    assertThat(app).stack(STACK).resourcesOfType("AWS::AppConfig::DeploymentStrategy").singleResource()
        .hasProperty("GrowthType", "LINEAR")
        .hasProperty("GrowthFactor", 20)
        .hasProperty("DeploymentDurationInMinutes", 10)
        .hasProperty("FinalBakeTimeInMinutes", 10);
    assertThat(app).stack(STACK).hasResource("AWS::AppConfig::Deployment");
  }

  @Test
  void taskRoleMayReadOnlyItsOwnProfile(SynthesizedApp app) {
    List<Resource> policies = app.stack(STACK).resourcesOfType("AWS::IAM::Policy");
    assertThat(policies).hasSize(1);
    String statement = policies.get(0).property("PolicyDocument.Statement").toString();
    assertThat(statement).contains("appconfig:GetLatestConfiguration").contains("appconfig:StartConfigurationSession")
        .contains("/configuration/").doesNotContain("*\"");
  }

  @Test
  void passesTheBaselinePackWithNoFindings(PolicyReport report) {
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void rejectsFlagsWithoutRollbackAlarmsOutsideDevAndBadNames(@org.junit.jupiter.api.io.TempDir java.nio.file.Path outdir) {
    PlatformApp app = TestDeliveryApps.app(outdir);
    Stack stack = app.environment("staging").addStack("flags");
    FeatureFlagsProps props = FeatureFlagsProps.builder()
        .service("Checkout")
        .putAllFlags(Map.of("9lives", true))
        .reader(taskRole(stack))
        .build();
    assertThatThrownBy(() -> new FeatureFlags(stack, "Flags", props))
        .isInstanceOfSatisfying(GroundworkValidationException.class, e -> assertThat(e.codes())
            .containsExactly("FLAGS_SERVICE_NAME", "FLAGS_FLAG_NAME", "FLAGS_ALARMS_REQUIRED"))
        .hasMessageContaining("FeatureFlags at 'staging/flags/Flags'")
        .hasMessageContaining("rollbackAlarms must be at least one alarm outside DEV, got none in STAGING");
  }
}

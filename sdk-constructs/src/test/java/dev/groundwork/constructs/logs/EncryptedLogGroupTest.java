package dev.groundwork.constructs.logs;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.testing.SynthesisExtension;
import dev.groundwork.testing.TemplatesAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awscdk.Stack;

class EncryptedLogGroupTest {
  private static final String STACK = "test-staging-logs";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    Stack stack = app.environment("staging").addStack("logs");
    new EncryptedLogGroup(stack, "Standard", EncryptedLogGroupProps.defaults());
    new EncryptedLogGroup(stack, "Named", EncryptedLogGroupProps.builder()
        .logGroupName("aws-waf-logs-example").retentionDays(7).build());
    assertThatThrownBy(() -> new EncryptedLogGroup(stack, "Invalid",
        EncryptedLogGroupProps.builder().retentionDays(42).build()))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("LOG_RETENTION_DAYS"))
        .hasMessageContaining("retentionDays must be one of [1, 3, 5, 7, 14, 30, 60, 90")
        .hasMessageContaining("got 42");
    stack.getNode().tryRemoveChild("Invalid");
    return app;
  });

  @Test
  void usesTheTiersRetentionUnlessGivenOne(SynthesizedApp app) {
    staging(app).resource("staging/logs/Standard/LogGroup").hasProperty("RetentionInDays", 90);
    staging(app).resource("staging/logs/Named/LogGroup")
        .hasProperty("RetentionInDays", 7)
        .hasProperty("LogGroupName", "aws-waf-logs-example");
  }

  @Test
  void encryptsWithTheStacksSharedRotatingRetainedLogsKey(SynthesizedApp app) {
    staging(app).resource("staging/logs/Standard/LogGroup")
        .referencesAt("KmsKeyId", "staging/logs/LogsKey/Key");
    staging(app).resource("staging/logs/Named/LogGroup")
        .referencesAt("KmsKeyId", "staging/logs/LogsKey/Key");
    staging(app).resourcesOfType("AWS::KMS::Key").hasSize(1)
        .allHaveProperty("EnableKeyRotation", true)
        .allHaveDeletionPolicy("Retain");
    staging(app).resourcesOfType("AWS::Logs::LogGroup").hasSize(2)
        .allHaveDeletionPolicy("Retain");
  }

  @Test
  void scopesTheKeyToLogGroupsOfThisAccountAndRegion(SynthesizedApp app) {
    assertThat(keyPolicy(app, "staging/logs/LogsKey/Key")).contains("logs.eu-west-1.amazonaws.com")
        .contains("kms:EncryptionContext:aws:logs:arn")
        .contains(":logs:eu-west-1:222222222222:log-group:*");
  }

  private static TemplatesAssert staging(SynthesizedApp app) {
    return assertThat(app).stack(STACK);
  }

  /** The key policy as compact JSON text, for "contains" checks across its intrinsic functions. */
  private static String keyPolicy(SynthesizedApp app, String keyPath) {
    StackTemplate stack = app.stack(STACK);
    return stack.resources().stream().filter(r -> r.isNamed(keyPath)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + keyPath + " in " + stack))
        .property("KeyPolicy").toString();
  }
}

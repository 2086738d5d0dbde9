package dev.groundwork.constructs.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.constructs.Templates;
import dev.groundwork.constructs.Templates.Template;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.PlatformApp;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EncryptedLogGroupTest {
  Template staging;

  @BeforeAll
  void synthesizeOnce(@TempDir Path outdir) {
    PlatformApp app = Templates.appWithEveryTier(outdir);
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
    staging = Templates.of(app.synth(), "test-staging-logs");
  }

  @Test
  void usesTheTiersRetentionUnlessGivenOne() {
    assertThat(logGroup("StandardLogGroup").path("RetentionInDays").asInt()).isEqualTo(90);
    assertThat(logGroup("NamedLogGroup").path("RetentionInDays").asInt()).isEqualTo(7);
    assertThat(logGroup("NamedLogGroup").path("LogGroupName").asText()).isEqualTo("aws-waf-logs-example");
  }

  @Test
  void encryptsWithItsOwnRotatingRetainedKey() {
    assertThat(logGroup("StandardLogGroup").path("KmsKeyId").toString()).contains("StandardKey");
    staging.resources("AWS::KMS::Key").values().forEach(key -> {
      assertThat(key.path("Properties").path("EnableKeyRotation").asBoolean()).isTrue();
      assertThat(key.path("DeletionPolicy").asText()).isEqualTo("Retain");
    });
    staging.resources("AWS::Logs::LogGroup").values().forEach(group ->
        assertThat(group.path("DeletionPolicy").asText()).isEqualTo("Retain"));
  }

  @Test
  void scopesTheKeyToLogGroupsOfThisAccountAndRegionOrToTheNamedGroup() {
    String anyGroup = keyPolicy("StandardKey");
    assertThat(anyGroup).contains("logs.eu-west-1.amazonaws.com")
        .contains(":logs:eu-west-1:222222222222:log-group:*");
    assertThat(keyPolicy("NamedKey")).contains(":log-group:aws-waf-logs-example\"")
        .doesNotContain("log-group:*");
  }

  private JsonNode logGroup(String idPrefix) {
    return staging.resources("AWS::Logs::LogGroup").entrySet().stream()
        .filter(e -> e.getKey().startsWith(idPrefix)).findFirst().orElseThrow().getValue()
        .path("Properties");
  }

  private String keyPolicy(String idPrefix) {
    return staging.resources("AWS::KMS::Key").entrySet().stream()
        .filter(e -> e.getKey().startsWith(idPrefix)).findFirst().orElseThrow().getValue()
        .path("Properties").path("KeyPolicy").toString();
  }
}

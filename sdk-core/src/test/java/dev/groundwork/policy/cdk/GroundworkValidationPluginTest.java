package dev.groundwork.policy.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.groundwork.core.Tier;
import dev.groundwork.policy.PolicyOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Validations;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.amazon.awscdk.services.sqs.QueueProps;

/** One real synthesis of a tiny app with the plugin registered and a non-compliant queue. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroundworkValidationPluginTest {

  GroundworkValidationPlugin plugin;
  Path out;
  Throwable synthError;

  @BeforeAll
  void synthesize() throws Exception {
    out = Files.createTempDirectory("plugin");
    App app = new App(AppProps.builder().outdir(out.toString())
        .context(Map.of("@aws-cdk/core:validationReportJson", true, "aws:cdk:enable-path-metadata", true)).build());
    plugin = GroundworkValidationPlugin.create(PolicyOptions.defaults(), environment -> Tier.DEV);
    Validations.of(app).addPlugins(plugin);
    Stack stack = new Stack(app, "Tiny");
    new Queue(stack, "Plain", QueueProps.builder().encryption(QueueEncryption.UNENCRYPTED).build());
    synthError = catchThrowable(app::synth);
  }

  @Test
  void failsSynthesisOnErrors() {
    assertThat(synthError).isNotNull().hasMessageContaining("Validation failed");
  }

  @Test
  void reportsFindingsInCdksValidationReport() throws Exception {
    String report = Files.readString(out.resolve("policy-validation-report.json"));
    assertThat(report).contains("groundwork-policy", "GW_SQS_QUEUE_ENCRYPTED",
        "Tiny/Plain/Resource", "Properties.SqsManagedSseEnabled", "QueueEncryption.KMS");
  }

  @Test
  void writesTheRuleCatalogItsDocumentationLinksPointTo() throws Exception {
    String report = Files.readString(out.resolve("policy-validation-report.json"));
    assertThat(report).contains("groundwork-rules.md#gw_sqs_queue_encrypted");
    assertThat(out.resolve("groundwork-rules.md")).content()
        .contains("<a id=\"gw_sqs_queue_encrypted\"></a>");
  }

  @Test
  void keepsTheEngineReport() {
    assertThat(plugin.lastReport().findings())
        .anySatisfy(f -> assertThat(f.ruleId().value()).isEqualTo("GW_SQS_QUEUE_ENCRYPTED"));
    assertThat(plugin.lastReport().stacks()).singleElement()
        .satisfies(s -> assertThat(s.stack()).isEqualTo("Tiny"));
  }
}

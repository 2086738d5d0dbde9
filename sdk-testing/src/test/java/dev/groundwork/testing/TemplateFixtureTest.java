package dev.groundwork.testing;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule tested on templates written by hand, as docs/policy.md shows, in a tier by default. */
class TemplateFixtureTest {
  /** Stricter in production: versioning is required there only. */
  static final Rule VERSIONED_IN_PROD = Rule.of(
      RuleInfo.builder("ACME_S3_VERSIONED_IN_PROD").title("Production buckets are versioned")
          .severity(Severity.ERROR).resourceTypes("AWS::S3::Bucket")
          .rationale("Versions undo an overwrite.").remediation("Turn versioning on.").build(),
      ctx -> Evaluation.failIf(ctx.tier() == Tier.PROD
              && !"Enabled".equals(ctx.resource().property("VersioningConfiguration.Status").asText()),
          "Properties.VersioningConfiguration.Status", "versioning is off in production"));

  static final String TEMPLATE = "{'Resources': {'Uploads': {'Type': 'AWS::S3::Bucket', 'Properties': {}}}}";

  @Test
  void aHandWrittenTemplateIsInADevStackUnlessToldOtherwise() {
    assertCompliant(TemplateFixture.fromJson(TEMPLATE).evaluate(VERSIONED_IN_PROD, "Uploads"));
    assertViolation(TemplateFixture.fromJson(TEMPLATE).inTier(Tier.PROD).evaluate(VERSIONED_IN_PROD, "Uploads"),
        "Properties.VersioningConfiguration.Status", "versioning is off in production");
    StackTemplate stack = TemplateFixture.fromJson(TEMPLATE).inTier(Tier.STAGING).stack();
    assertThat(stack.tier()).contains(Tier.STAGING);
    assertThat(stack.environment()).contains("staging");
  }

  @Test
  void aYamlFileIsReadWithCloudFormationsShortForms(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bucket.yaml");
    Files.writeString(file, """
        Resources:
          Uploads:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: !Sub '${AWS::StackName}-uploads'
              VersioningConfiguration:
                Status: Enabled
        """);
    assertCompliant(TemplateFixture.fromFile(file).inTier(Tier.PROD).evaluate(VERSIONED_IN_PROD, "Uploads"));
  }

  @Test
  void theEngineRunsOverItWithTheOptionsGiven() {
    PolicyReport report = TemplateFixture.fromJson(TEMPLATE).inTier(Tier.PROD)
        .report(PolicyOptions.builder().packs().addRules(VERSIONED_IN_PROD).build());
    assertThat(report.errors()).extracting(f -> f.ruleId().value() + " " + f.stack())
        .containsExactly("ACME_S3_VERSIONED_IN_PROD Stack");
  }

  @Test
  void aMissingResourceIsNamedWithTheOnesThereAre() {
    assertThatThrownBy(() -> TemplateFixture.fromJson(TEMPLATE).evaluate(VERSIONED_IN_PROD, "Downloads"))
        .hasMessageContaining("no resource 'Downloads'").hasMessageContaining("[Uploads]");
  }

  @Test
  void aTemplateWithoutATierIsRejectedNamingTheFixture() {
    StackTemplate untiered = StackTemplate.fromJson("Stack", TEMPLATE.replace('\'', '"'));
    assertThatThrownBy(() -> RuleContext.of(untiered.resources().get(0)))
        .hasMessageContaining("has no tier").hasMessageContaining("TemplateFixture")
        .hasMessageContaining("inTier(...)");
  }
}

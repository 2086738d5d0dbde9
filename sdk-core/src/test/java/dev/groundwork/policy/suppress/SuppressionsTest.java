package dev.groundwork.policy.suppress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyEngine;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.rules.BaselineRules;
import dev.groundwork.policy.rules.controltower.ControlTowerRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.BucketProps;
import software.constructs.Construct;

/** Synthesizes one app with suppressions inside a Stage, once, and checks exact scoping. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuppressionsTest {

  static final String ENCRYPTION = "GW_S3_BUCKET_ENCRYPTION_REQUIRED";
  static final String VERSIONING = "GW_S3_BUCKET_VERSIONING_ENABLED";

  /** A rule the library knows that the default packs leave off: the Control Tower pack's. */
  static final String OFF_BY_DEFAULT = "GW_CT_S3_BUCKET_OBJECT_LOCK_ENABLED";

  PolicyReport report;
  /** The same templates with the Control Tower pack on. */
  PolicyReport withControlTower;

  @BeforeAll
  void synthesize() throws Exception {
    Path out = Files.createTempDirectory("suppressions");
    App app = new App(AppProps.builder().outdir(out.toString())
        .context(Map.of("aws:cdk:enable-path-metadata", true)).build());
    Stage dev = new Stage(app, "dev");
    Stack stack = new Stack(dev, "Data");
    Construct website = new Construct(stack, "Website");
    new Bucket(website, "Site");
    new Bucket(stack, "Sibling");
    Suppressions.of(website).add(ENCRYPTION, "public website content, reviewed in SEC-142");
    Bucket encrypted = new Bucket(stack, "Encrypted",
        BucketProps.builder().encryption(BucketEncryption.KMS_MANAGED).build());
    Suppressions.of(encrypted).add(ENCRYPTION, "left over from before encryption");
    Bucket old = new Bucket(stack, "Old");
    Suppressions.of(old).add(VERSIONING, "migration bucket", LocalDate.of(2020, 1, 31));
    Suppressions.of(new Bucket(stack, "Waiting")).add(OFF_BY_DEFAULT, "logs of logs, reviewed in SEC-150");
    Suppressions.of(new Bucket(stack, "Typo")).add("GW_NOT_A_RULE", "nobody checked the id");
    app.synth();
    report = PolicyEngine.create(BaselineRules.library(), PolicyOptions.defaults())
        .evaluate(SynthesizedApp.read(out, environment -> Tier.DEV));
    withControlTower = PolicyEngine.create(BaselineRules.library(),
            PolicyOptions.builder().addPack(ControlTowerRules.pack()).build())
        .evaluate(SynthesizedApp.read(out, environment -> Tier.DEV));
  }

  List<Finding> findings(String rule) {
    return report.findings().stream().filter(f -> f.ruleId().value().equals(rule)).toList();
  }

  @Nested
  class Scope {
    @Test
    void suppressesTheConstructsSubtree() {
      assertThat(report.suppressed()).filteredOn(s -> s.finding().ruleId().value().equals(ENCRYPTION))
          .singleElement().satisfies(s -> {
            assertThat(s.finding().constructPath()).isEqualTo("dev/Data/Website/Site/Resource");
            assertThat(s.suppression().scope()).isEqualTo("dev/Data/Website");
            assertThat(s.suppression().reason()).contains("SEC-142");
          });
    }

    @Test
    void siblingIsStillReported() {
      assertThat(findings(ENCRYPTION)).extracting(Finding::constructPath)
          .contains("dev/Data/Sibling/Resource").doesNotContain("dev/Data/Website/Site/Resource");
    }

    @Test
    void otherRulesOnTheSuppressedConstructStillReported() {
      assertThat(findings(VERSIONING)).extracting(Finding::constructPath).contains("dev/Data/Website/Site/Resource");
    }
  }

  @Nested
  class Lifecycle {
    @Test
    void expiredSuppressionIsAnErrorNamingIt() {
      assertThat(findings("GW_POLICY_SUPPRESSION_EXPIRED")).singleElement().satisfies(f -> {
        assertThat(f.message()).contains(VERSIONING, "dev/Data/Old", "2020-01-31", "migration bucket");
        assertThat(f.severity().name()).isEqualTo("ERROR");
      });
      assertThat(findings(VERSIONING)).extracting(Finding::constructPath).contains("dev/Data/Old/Resource");
    }

    @Test
    void suppressionMatchingNothingIsInfo() {
      // Also of an id no rule has; not of a known rule that is off (the next test).
      assertThat(findings("GW_POLICY_SUPPRESSION_UNUSED")).hasSize(2)
          .anySatisfy(f -> assertThat(f.message()).contains(ENCRYPTION, "dev/Data/Encrypted"))
          .anySatisfy(f -> assertThat(f.message()).contains("GW_NOT_A_RULE", "dev/Data/Typo"))
          .noneSatisfy(f -> assertThat(f.message()).contains(OFF_BY_DEFAULT));
    }

    @Test
    void suppressionOfAKnownRuleThatIsOffWaitsForIt() {
      assertThat(report.suppressed()).noneMatch(s -> s.finding().ruleId().value().equals(OFF_BY_DEFAULT));
      assertThat(withControlTower.suppressed()).filteredOn(s -> s.finding().ruleId().value().equals(OFF_BY_DEFAULT))
          .singleElement().satisfies(s -> {
            assertThat(s.finding().constructPath()).isEqualTo("dev/Data/Waiting/Resource");
            assertThat(s.suppression().reason()).contains("SEC-150");
          });
      assertThat(withControlTower.findings()).filteredOn(f -> f.ruleId().value().equals("GW_POLICY_SUPPRESSION_UNUSED"))
          .noneSatisfy(f -> assertThat(f.message()).contains(OFF_BY_DEFAULT));
    }
  }

  @Nested
  class InvalidInput {
    @Test
    void blankReasonIsRejectedWhenAdded() {
      Stack stack = new Stack(new App(), "S");
      assertThatThrownBy(() -> Suppressions.of(stack).add(ENCRYPTION, " "))
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("SUPPRESSION_REASON_REQUIRED"))
          .hasMessageContaining("reason").hasMessageContaining("'S'");
    }
  }
}

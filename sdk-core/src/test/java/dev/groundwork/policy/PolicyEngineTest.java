package dev.groundwork.policy;

import static dev.groundwork.testing.TemplateFixture.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.core.Tier;
import dev.groundwork.policy.rules.BaselineRules;
import dev.groundwork.testing.TemplateFixture;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyEngineTest {

  static final String UNVERSIONED_BUCKET = "{}";
  static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  static PolicyReport evaluate(PolicyOptions options, TemplateFixture fixture, Tier tier) {
    return PolicyEngine.create(BaselineRules.library(), options, TODAY).evaluate(List.of(fixture.stack("app-" + tier, tier)));
  }

  static List<String> ids(PolicyReport report) {
    return report.findings().stream().map(f -> f.ruleId().value()).toList();
  }

  @Nested
  class Baseline {
    @Test
    void hasAtLeastFortyRulesWithUniqueIds() {
      assertThat(BaselineRules.all()).hasSizeGreaterThanOrEqualTo(40);
      assertThat(BaselineRules.all().stream().map(r -> r.info().id()).distinct()).hasSameSizeAs(BaselineRules.all());
    }

    @Test
    void builtInIdsFollowTheConvention() {
      assertThat(BaselineRules.all()).allSatisfy(r -> assertThat(r.info().id().value()).startsWith("GW_"));
    }

    @Test
    void cdkMetadataAndBootstrapParameterProduceNoFindings() {
      TemplateFixture cdkOnly = template()
          .resource("CDKMetadata", "AWS::CDK::Metadata", "{'Analytics': 'v2:deflate64:H4sI'}",
              "{'Metadata': {'aws:cdk:path': 'app/CDKMetadata/Default'}}")
          .parameter("BootstrapVersion", "{'Type': 'AWS::SSM::Parameter::Value<String>', "
              + "'Default': '/cdk-bootstrap/hnb659fds/version'}");
      assertThat(evaluate(PolicyOptions.defaults(), cdkOnly, Tier.PROD).findings()).isEmpty();
    }
  }

  @Nested
  class Findings {
    @Test
    void carryConstructPathFromCdkMetadata() {
      PolicyReport report = evaluate(PolicyOptions.defaults(), template().resource("Q", "AWS::SQS::Queue",
          "{'SqsManagedSseEnabled': false}", "{'Metadata': {'aws:cdk:path': 'app-dev/Data/Queue/Resource'}}"), Tier.DEV);
      Finding finding = report.findings().stream()
          .filter(f -> f.ruleId().value().equals("GW_SQS_QUEUE_ENCRYPTED")).findFirst().orElseThrow();
      assertThat(finding.constructPath()).isEqualTo("app-dev/Data/Queue/Resource");
      assertThat(finding.logicalId()).isEqualTo("Q");
      assertThat(finding.environment()).isEqualTo("dev");
      assertThat(finding.propertyPath()).isEqualTo("Properties.SqsManagedSseEnabled");
      assertThat(finding.message()).contains("false");
    }

    @Test
    void fallBackToStackAndLogicalIdWithoutMetadata() {
      PolicyReport report = evaluate(PolicyOptions.defaults(), template().resource("Q", "AWS::SQS::Queue", "{}"), Tier.DEV);
      assertThat(report.findings()).allSatisfy(f -> assertThat(f.constructPath()).isEqualTo("app-DEV/Q"));
    }

    @Test
    void unknownOutcomesAreReportedNotFailed() {
      PolicyReport report = evaluate(PolicyOptions.defaults(),
          template().resource("K", "AWS::KMS::Key", "{'EnableKeyRotation': {'Ref': 'Rotate'}}"), Tier.DEV);
      assertThat(report.unknowns()).extracting(u -> u.rule().value()).contains("GW_KMS_KEY_ROTATION_ENABLED");
      assertThat(ids(report)).doesNotContain("GW_KMS_KEY_ROTATION_ENABLED");
    }

    @Test
    void exitStatusIsNonZeroOnlyWithErrors() {
      PolicyOptions onlyVersioning = PolicyOptions.builder()
          .packs(RulePack.builder("v").add("GW_S3_BUCKET_VERSIONING_ENABLED").build()).build();
      assertThat(evaluate(onlyVersioning, template().resource("B", "AWS::S3::Bucket", UNVERSIONED_BUCKET), Tier.DEV)
          .exitStatus()).isZero();
      assertThat(evaluate(PolicyOptions.defaults(), template().resource("B", "AWS::S3::Bucket", "{}"), Tier.DEV)
          .exitStatus()).isEqualTo(1);
    }
  }

  @Nested
  class Severities {
    final TemplateFixture bucket = template().resource("B", "AWS::S3::Bucket", UNVERSIONED_BUCKET);

    Severity severityOf(PolicyReport report, String id) {
      return report.findings().stream().filter(f -> f.ruleId().value().equals(id)).findFirst()
          .orElseThrow().severity();
    }

    @Test
    void escalatingWarningBecomesErrorInProd() {
      assertThat(severityOf(evaluate(PolicyOptions.defaults(), bucket, Tier.DEV), "GW_S3_BUCKET_VERSIONING_ENABLED"))
          .isEqualTo(Severity.WARNING);
      assertThat(severityOf(evaluate(PolicyOptions.defaults(), bucket, Tier.PROD), "GW_S3_BUCKET_VERSIONING_ENABLED"))
          .isEqualTo(Severity.ERROR);
    }

    @Test
    void nonEscalatingWarningStaysWarningInProd() {
      TemplateFixture logs = template().resource("L", "AWS::Logs::LogGroup", "{'RetentionInDays': 30}");
      assertThat(severityOf(evaluate(PolicyOptions.defaults(), logs, Tier.PROD), "GW_LOGS_KMS_ENCRYPTED"))
          .isEqualTo(Severity.WARNING);
    }

    @Test
    void optionsRegradeWinsOverPack() {
      PolicyOptions options = PolicyOptions.builder().regrade("GW_S3_BUCKET_ENCRYPTION_REQUIRED", Severity.INFO).build();
      assertThat(severityOf(evaluate(options, bucket, Tier.DEV), "GW_S3_BUCKET_ENCRYPTION_REQUIRED"))
          .isEqualTo(Severity.INFO);
    }

    @Test
    void packRegradeApplies() {
      RulePack strict = RulePack.basedOn("strict", BaselineRules.pack())
          .regrade("GW_S3_BUCKET_ACCESS_LOGS_ENABLED", Severity.ERROR).build();
      assertThat(severityOf(evaluate(PolicyOptions.builder().packs(strict).build(), bucket, Tier.DEV),
          "GW_S3_BUCKET_ACCESS_LOGS_ENABLED")).isEqualTo(Severity.ERROR);
    }

    @Test
    void disabledRuleDoesNotRun() {
      PolicyOptions options = PolicyOptions.builder().disable("GW_S3_BUCKET_ENCRYPTION_REQUIRED").build();
      assertThat(ids(evaluate(options, bucket, Tier.DEV))).doesNotContain("GW_S3_BUCKET_ENCRYPTION_REQUIRED");
    }

    @Test
    void packWithoutRuleRemovesIt() {
      RulePack pack = RulePack.basedOn("mine", BaselineRules.pack()).remove("GW_TAGS_REQUIRED").build();
      assertThat(ids(evaluate(PolicyOptions.builder().packs(pack).build(), bucket, Tier.DEV)))
          .doesNotContain("GW_TAGS_REQUIRED").contains("GW_S3_BUCKET_ENCRYPTION_REQUIRED");
    }
  }

  @Nested
  class InvalidConfiguration {
    @Test
    void packNamingUnknownRuleIsRejected() {
      PolicyOptions options = PolicyOptions.builder().addPack(RulePack.builder("p").add("ACME_NOT_THERE").build()).build();
      assertThatThrownBy(() -> PolicyEngine.create(BaselineRules.library(), options))
          .hasMessageContaining("ACME_NOT_THERE").hasMessageContaining("addRules");
    }

    @Test
    void twoUserRulesWithOneIdAreRejected() {
      RuleInfo info = RuleInfo.builder("ACME_X_Y").title("t").severity(Severity.INFO)
          .resourceTypes("AWS::S3::Bucket").rationale("r").remediation("m").build();
      PolicyOptions options = PolicyOptions.builder()
          .addRules(Rule.of(info, ctx -> Evaluation.compliant()), Rule.of(info, ctx -> Evaluation.compliant())).build();
      assertThatThrownBy(() -> PolicyEngine.create(BaselineRules.library(), options)).hasMessageContaining("ACME_X_Y");
    }

  }

  @Nested
  class RuleFailures {
    final RuleInfo broken = RuleInfo.builder("ACME_BROKEN_RULE").title("t").severity(Severity.INFO)
        .resourceTypes("AWS::S3::Bucket").rationale("r").remediation("m").build();
    final RuleInfo fine = RuleInfo.builder("ACME_FINE_RULE").title("t").severity(Severity.WARNING)
        .resourceTypes("AWS::S3::Bucket").rationale("r").remediation("m").build();

    PolicyReport withBrokenRule(Rule.Check check, TemplateFixture fixture) {
      PolicyOptions options = PolicyOptions.builder().packs()
          .addRules(Rule.of(broken, check), Rule.of(fine, ctx -> Evaluation.nonCompliant("Properties", "checked"))).build();
      return evaluate(options, fixture, Tier.DEV);
    }

    @Test
    void aThrowingRuleBecomesAnErrorFindingOnThatResourceNamingTheRule() {
      PolicyReport report = withBrokenRule(ctx -> { throw new IllegalStateException("boom"); },
          template().resource("B", "AWS::S3::Bucket", "{}"));
      assertThat(report.findings()).filteredOn(f -> f.ruleId().value().equals("GW_POLICY_RULE_FAILED"))
          .singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.logicalId()).isEqualTo("B");
            assertThat(f.message()).startsWith("rule ACME_BROKEN_RULE failed on this resource and did not check it: "
                + "java.lang.IllegalStateException: boom (at ");
          });
      assertThat(report.rules()).extracting(r -> r.id().value()).contains("GW_POLICY_RULE_FAILED");
      assertThat(report.exitStatus()).isEqualTo(1);
    }

    @Test
    void theOtherRulesAndResourcesAreStillEvaluated() {
      PolicyReport report = withBrokenRule(ctx -> {
        if (ctx.resource().logicalId().equals("A")) {
          throw new NullPointerException();
        }
        return Evaluation.compliant();
      }, template().resource("A", "AWS::S3::Bucket", "{}").resource("B", "AWS::S3::Bucket", "{}"));
      assertThat(report.findings()).extracting(f -> f.ruleId().value() + "@" + f.logicalId())
          .containsExactlyInAnyOrder("GW_POLICY_RULE_FAILED@A", "ACME_FINE_RULE@A", "ACME_FINE_RULE@B");
    }

    @Test
    void aRuleReturningNullIsAFailureToo() {
      PolicyReport report = withBrokenRule(ctx -> null, template().resource("B", "AWS::S3::Bucket", "{}"));
      assertThat(report.findings()).filteredOn(f -> f.ruleId().value().equals("GW_POLICY_RULE_FAILED"))
          .singleElement().satisfies(f -> assertThat(f.message()).contains("returned null"));
    }

    @Test
    void aFailureIsSuppressedLikeAnyFinding() {
      PolicyReport report = withBrokenRule(ctx -> { throw new IllegalStateException("boom"); },
          template().resource("B", "AWS::S3::Bucket", "{}", "{'Metadata': {'groundwork:suppressions': [{'rule': "
              + "'GW_POLICY_RULE_FAILED', 'reason': 'ACME-12 fixes the rule'}]}}"));
      assertThat(ids(report)).doesNotContain("GW_POLICY_RULE_FAILED");
      assertThat(report.suppressed()).extracting(s -> s.finding().ruleId().value()).containsExactly("GW_POLICY_RULE_FAILED");
    }

    @Test
    void noFailureMeansTheRuleIsNotListed() {
      PolicyReport report = withBrokenRule(ctx -> Evaluation.compliant(), template().resource("B", "AWS::S3::Bucket", "{}"));
      assertThat(report.rules()).extracting(r -> r.id().value()).doesNotContain("GW_POLICY_RULE_FAILED");
    }
  }

  @Nested
  class SuppressionMetadata {
    static final String SUPPRESS_ENCRYPTION = "{'Metadata': {'groundwork:suppressions': [{'rule': "
        + "'GW_S3_BUCKET_ENCRYPTION_REQUIRED', 'reason': 'public dataset', %s 'scope': 'app/Data'}]}}";

    PolicyReport withSuppression(String until) {
      return evaluate(PolicyOptions.defaults(), template().resource("B", "AWS::S3::Bucket", "{}",
          String.format(SUPPRESS_ENCRYPTION, until)), Tier.DEV);
    }

    @Test
    void liveSuppressionMovesFindingToSuppressed() {
      PolicyReport report = withSuppression("'until': '2026-06-01',");
      assertThat(ids(report)).doesNotContain("GW_S3_BUCKET_ENCRYPTION_REQUIRED");
      assertThat(report.suppressed()).singleElement().satisfies(s -> {
        assertThat(s.finding().ruleId().value()).isEqualTo("GW_S3_BUCKET_ENCRYPTION_REQUIRED");
        assertThat(s.suppression().reason()).isEqualTo("public dataset");
      });
    }

    @Test
    void expiredSuppressionIsAnErrorNamingIt() {
      PolicyReport report = withSuppression("'until': '2026-05-31',");
      assertThat(ids(report)).contains("GW_S3_BUCKET_ENCRYPTION_REQUIRED", "GW_POLICY_SUPPRESSION_EXPIRED");
      Finding expired = report.findings().stream()
          .filter(f -> f.ruleId().value().equals("GW_POLICY_SUPPRESSION_EXPIRED")).findFirst().orElseThrow();
      assertThat(expired.severity()).isEqualTo(Severity.ERROR);
      assertThat(expired.message()).contains("GW_S3_BUCKET_ENCRYPTION_REQUIRED at 'app/Data'", "2026-05-31");
    }

    @Test
    void unusedSuppressionIsInfo() {
      PolicyReport report = evaluate(PolicyOptions.defaults(), template().resource("B", "AWS::S3::Bucket",
          "{'BucketEncryption': {'ServerSideEncryptionConfiguration': [{}]}}", String.format(SUPPRESS_ENCRYPTION, "")), Tier.DEV);
      assertThat(report.findings()).filteredOn(f -> f.ruleId().value().equals("GW_POLICY_SUPPRESSION_UNUSED"))
          .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void handWrittenSuppressionWithoutReasonIsInvalid() {
      PolicyReport report = evaluate(PolicyOptions.defaults(), template().resource("B", "AWS::S3::Bucket", "{}",
          "{'Metadata': {'groundwork:suppressions': [{'rule': 'GW_S3_BUCKET_ENCRYPTION_REQUIRED', 'reason': ' '}]}}"), Tier.DEV);
      assertThat(ids(report)).contains("GW_POLICY_SUPPRESSION_INVALID", "GW_S3_BUCKET_ENCRYPTION_REQUIRED");
    }
  }

  @Nested
  class SuppressionsByPath {
    final TemplateFixture buckets = template()
        .resource("A", "AWS::S3::Bucket", "{}", "{'Metadata': {'aws:cdk:path': 'prod/data/Vendor/Bucket/Resource'}}")
        .resource("B", "AWS::S3::Bucket", "{}", "{'Metadata': {'aws:cdk:path': 'prod/data/VendorTwo/Bucket/Resource'}}");

    @Test
    void suppressExactlyTheSubtreeOfThePath() {
      PolicyOptions options = PolicyOptions.builder()
          .suppress("prod/data/Vendor", "GW_S3_BUCKET_ENCRYPTION_REQUIRED", "vendor-managed bucket").build();
      PolicyReport report = evaluate(options, buckets, Tier.PROD);
      assertThat(report.suppressed()).extracting(s -> s.finding().constructPath())
          .containsExactly("prod/data/Vendor/Bucket/Resource");
      assertThat(report.findings()).filteredOn(f -> f.ruleId().value().equals("GW_S3_BUCKET_ENCRYPTION_REQUIRED"))
          .extracting(Finding::constructPath).containsExactly("prod/data/VendorTwo/Bucket/Resource");
    }

    @Test
    void pathMatchingNothingIsReportedAsUnused() {
      PolicyOptions options = PolicyOptions.builder()
          .suppress("prod/gone", "GW_S3_BUCKET_ENCRYPTION_REQUIRED", "removed long ago").build();
      assertThat(evaluate(options, buckets, Tier.PROD).findings())
          .filteredOn(f -> f.ruleId().value().equals("GW_POLICY_SUPPRESSION_UNUSED"))
          .singleElement().satisfies(f -> assertThat(f.constructPath()).isEqualTo("prod/gone"));
    }
  }
}

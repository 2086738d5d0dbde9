package dev.groundwork.testing;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.formats.JsonReport;
import dev.groundwork.policy.formats.PolicyReports;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyReportAssertTest {
  private static final SynthesizedApp APP = Fixtures.assembly();
  private static final PolicyReport REPORT = JsonReport.read(APP.assemblyDirectory().resolve(PolicyReports.JSON_FILE));
  private static final PolicyReport CLEAN = JsonReport.parse("{\"findings\":[],\"suppressed\":[],\"unknown\":[]}");

  @Nested
  class Errors {
    @Test
    void cleanReportHasNoErrorsFindingsOrSuppressions() {
      assertThat(CLEAN).hasNoErrors().hasNoFindings().hasNoSuppressions().hasNoUnknownResults();
    }

    @Test
    void failsListingEachErrorWithRulePathAndMessage() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(REPORT).hasNoErrors())
          .withMessageContaining("Expected no policy errors but the report")
          .withMessageContaining("has 1:")
          .withMessageContaining("ERROR GW_KMS_KEY_ROTATION_ENABLED at 'prod/data/Documents/Key/Resource' "
              + "(orders-prod-data DocumentsKeyFF02C3B3 Properties.EnableKeyRotation): key rotation is off");
    }

    @Test
    void warningsAreFindingsButNotErrors() {
      assertThat(REPORT.errors()).hasSize(1);
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(REPORT).hasNoFindings())
          .withMessageContaining("has 2:");
    }
  }

  @Nested
  class Findings {
    @Test
    void findingMatchesOnTheConstructOrItsResource() {
      assertThat(REPORT)
          .hasFinding("GW_KMS_KEY_ROTATION_ENABLED", "prod/data/Documents/Key")
          .hasFinding("GW_KMS_KEY_ROTATION_ENABLED", "/prod/data", "ERROR")
          .hasFinding("GW_S3_BUCKET_ACCESS_LOGS_ENABLED", "dev/data/Documents/Bucket/Resource")
          .doesNotHaveFinding("GW_KMS_KEY_ROTATION_ENABLED", "dev")
          .doesNotHaveFinding("GW_S3_BUCKET_TLS_REQUIRED");
    }

    @Test
    void pathPrefixMustEndAtASegment() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(REPORT).hasFinding("GW_KMS_KEY_ROTATION_ENABLED", "prod/data/Doc"))
          .withMessageContaining("Expected a finding GW_KMS_KEY_ROTATION_ENABLED at 'prod/data/Doc'");
    }

    @Test
    void failsShowingSeverityFound() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(REPORT).hasFinding("GW_S3_BUCKET_ACCESS_LOGS_ENABLED", "dev", "ERROR"))
          .withMessageContaining("to be ERROR but found:")
          .withMessageContaining("WARNING GW_S3_BUCKET_ACCESS_LOGS_ENABLED");
    }

    @Test
    void unexpectedFindingFailsNamingIt() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(REPORT).doesNotHaveFinding("GW_KMS_KEY_ROTATION_ENABLED"))
          .withMessageContaining("Expected no finding GW_KMS_KEY_ROTATION_ENABLED but found 1");
    }
  }

  @Nested
  class Suppressions {
    @Test
    void usedSuppressionIsFoundWithItsReason() {
      assertThat(REPORT).hasSuppressed("GW_S3_BUCKET_VERSIONING_ENABLED", "dev/data/Documents/Bucket");
      assertThat(REPORT.suppressed().get(0).suppression().reason()).isEqualTo("scratch data, rebuilt nightly");
      assertThat(REPORT.suppressed().get(0).suppression().until()).contains(LocalDate.of(2027, 6, 30));
      assertThat(REPORT.suppressed().get(0).suppression().scope()).isEqualTo("dev/data/Documents");
    }

    @Test
    void failsListingTheSuppressionsThatWereUsed() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(REPORT).hasSuppressed("GW_S3_BUCKET_VERSIONING_ENABLED", "prod"))
          .withMessageContaining("GW_S3_BUCKET_VERSIONING_ENABLED at 'dev/data/Documents/Bucket/Resource' suppressed: \"scratch data, rebuilt nightly\" until 2027-06-30");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(REPORT).hasNoSuppressions())
          .withMessageContaining("Expected no suppressed findings but found 1");
    }
  }

  @Test
  void appAssertionReachesTheReportOrSaysThereIsNone() {
    assertThat(APP).report().hasFinding("GW_KMS_KEY_ROTATION_ENABLED", "prod");
    SynthesizedApp withoutReport = SynthesizedApp.read(Fixtures.path("assembly/assembly-dev"));
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(withoutReport).report())
        .withMessageContaining("Expected a policy report (groundwork-report.json)");
  }

  @Test
  void unknownResultsAreListedWithTheirReason() {
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(REPORT).hasNoUnknownResults())
        .withMessageContaining("but 1 results are unknown")
        .withMessageContaining("GW_S3_BUCKET_TLS_REQUIRED at 'prod/data/Documents/Bucket/Resource': the bucket policy is built with Fn::If");
  }
}

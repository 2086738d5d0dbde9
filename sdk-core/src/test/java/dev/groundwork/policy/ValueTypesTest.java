package dev.groundwork.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.policy.Suppression;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

  @Nested
  class RuleIds {
    @Test
    void acceptsPrefixedUpperSnakeCase() {
      assertThat(RuleId.of("GW_S3_BUCKET_TLS_REQUIRED").anchor()).isEqualTo("gw_s3_bucket_tls_required");
    }

    @Test
    void rejectsLowerCaseNamingTheValue() {
      assertThatThrownBy(() -> RuleId.of("gw_s3")).hasMessageContaining("'gw_s3'");
    }

    @Test
    void rejectsSinglePart() {
      assertThatThrownBy(() -> RuleId.of("S3TLS")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Suppressions {
    @Test
    void blankReasonIsRejectedWithCodeAndFix() {
      assertThatThrownBy(() -> new Suppression(RuleId.of("GW_A_B"), "  ", Optional.empty(), "app/X"))
          .hasMessageContaining("[SUPPRESSION_REASON_REQUIRED]").hasMessageContaining("app/X")
          .hasMessageContaining("reason");
    }
  }

  @Nested
  class RuleInfos {
    @Test
    void requiresRemediation() {
      assertThatThrownBy(() -> RuleInfo.builder("ACME_A_B").title("t").severity(Severity.INFO)
          .resourceTypes("AWS::S3::Bucket").rationale("r").build()).hasMessageContaining("remediation");
    }

    @Test
    void linksToItsCatalogSection() {
      RuleInfo info = RuleInfo.builder("ACME_A_B").title("t").severity(Severity.INFO)
          .allResourceTypes().rationale("r").remediation("m").build();
      assertThat(info.documentation()).isEqualTo("groundwork-rules.md#acme_a_b");
    }
  }
}

package dev.groundwork.policy.formats;

import static dev.groundwork.testing.TemplateFixture.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.core.Tier;
import dev.groundwork.policy.PolicyEngine;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.rules.BaselineRules;
import dev.groundwork.testing.TemplateFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** groundwork-report.json is the whole report: reading it back gives the report that was written. */
class JsonReportRoundTripTest {

  @Test
  void parsingWhatWasRenderedGivesAnEqualReport() {
    PolicyReport report = PolicyEngine.create(BaselineRules.library(), PolicyOptions.builder()
            .suppress("Stack/Open", "GW_S3_BUCKET_VERSIONING_ENABLED", "scratch", LocalDate.of(2099, 1, 1))
            .build())
        .evaluate(List.of(template()
            .resource("Open", "AWS::S3::Bucket", "{}", "{'Metadata': {'aws:cdk:path': 'Stack/Open'}}")
            .resource("Q", "AWS::SQS::Queue", "{'Tags': {'Fn::If': ['C', [], []]}}")
            .parameter("ApiSecret", "{'Type': 'String', 'Default': 'x'}")
            .stack("Stack", Tier.PROD)));
    assertThat(report.findings()).isNotEmpty();
    assertThat(report.suppressed()).hasSize(1);
    assertThat(report.unknowns()).isNotEmpty();

    PolicyReport read = JsonReport.parse(JsonReport.render(report));

    assertThat(read).isEqualTo(report);
    assertThat(JsonReport.render(read)).isEqualTo(JsonReport.render(report));
  }

  @Test
  void aFindingOfARuleTheReportDoesNotListIsRejected() {
    assertThatThrownBy(() -> JsonReport.parse("{\"findings\": [{\"rule\": \"ACME_X\", \"severity\": \"ERROR\"}]}"))
        .hasMessageContaining("ACME_X");
  }
}

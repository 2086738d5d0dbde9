package dev.groundwork.policy.formats;

import static dev.groundwork.testing.TemplateFixture.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.PolicyEngine;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.UnknownResult;
import dev.groundwork.policy.rules.BaselineRules;
import dev.groundwork.testing.TemplateFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

  static PolicyReport report() {
    TemplateFixture data = template()
        .resource("Queue", "AWS::SQS::Queue", "{'SqsManagedSseEnabled': false}",
            "{'Metadata': {'aws:cdk:path': 'dev/Data/Queue/Resource'}}")
        .resource("Bucket", "AWS::S3::Bucket", "{}", "{'Metadata': {'aws:cdk:path': 'dev/Data/Bucket/Resource', "
            + "'groundwork:suppressions': [{'rule': 'GW_TAGS_REQUIRED', 'reason': 'tagged by <org> policy', 'scope': 'dev/Data'}]}}");
    TemplateFixture web = template().resource("Topic", "AWS::SNS::Topic", "{}");
    return PolicyEngine.create(BaselineRules.library(), PolicyOptions.defaults())
        .evaluate(List.of(web.stack("app-prod-web", Tier.PROD), data.stack("app-dev-data", Tier.DEV)));
  }

  @Nested
  class Console {
    final String text = ConsoleReport.render(report(), false);

    @Test
    void groupsByEnvironmentStackAndSeverity() {
      assertThat(text.indexOf("dev / app-dev-data")).isLessThan(text.indexOf("prod / app-prod-web"));
      assertThat(text).contains("  ERROR (", "  WARNING (");
    }

    @Test
    void showsRuleIdPathMessageAndFix() {
      assertThat(text).contains("GW_SQS_QUEUE_ENCRYPTED  dev/Data/Queue/Resource  [Properties.SqsManagedSseEnabled]",
          "fix: Use encryption(QueueEncryption.KMS)", "groundwork-rules.md#gw_sqs_queue_encrypted");
    }

    @Test
    void endsWithOneLineTotalAndNoColour() {
      assertThat(text.strip().lines().reduce((a, b) -> b).orElseThrow())
          .startsWith("policy: ").contains("errors", "suppressed", "FAILED");
      assertThat(text).doesNotContain("\u001b[");
    }

    @Test
    void namesEveryUnknownResultWithItsRuleResourceAndReason() {
      TemplateFixture computed = template().resource("Bucket", "AWS::S3::Bucket",
          "{'VersioningConfiguration': {'Status': {'Ref': 'Versioning'}}}",
          "{'Metadata': {'aws:cdk:path': 'dev/Data/Bucket/Resource'}}");
      PolicyReport report = computed.report(PolicyOptions.defaults());
      assertThat(report.unknowns()).isNotEmpty();
      String console = ConsoleReport.render(report, false);
      assertThat(console).contains("unknown (" + report.unknowns().size() + "): not checked");
      for (UnknownResult unknown : report.unknowns()) {
        assertThat(console).contains("    " + unknown.rule() + "  dev/Data/Bucket/Resource  (dev / Stack)  because: "
            + unknown.reason());
      }
      assertThat(console).contains("GW_S3_BUCKET_VERSIONING_ENABLED  dev/Data/Bucket/Resource",
          "VersioningConfiguration.Status is not resolvable at synthesis");
    }

    @Test
    void colourOnlyWhenAsked() {
      assertThat(ConsoleReport.render(report(), true)).contains("\u001b[31m");
    }
  }

  @Nested
  class MachineFormats {
    @Test
    void areDeterministic(@TempDir Path one, @TempDir Path two) throws Exception {
      PolicyReports.write(report(), one);
      PolicyReports.write(report(), two);
      for (String file : List.of(PolicyReports.JSON_FILE, PolicyReports.SARIF_FILE, PolicyReports.JUNIT_FILE)) {
        assertThat(Files.readString(one.resolve(file))).isEqualTo(Files.readString(two.resolve(file)));
      }
    }

    @Test
    void everyDocumentationLinkResolvesInTheCatalogWrittenBesideTheReports(@TempDir Path dir) throws Exception {
      PolicyReports.write(report(), dir);
      String catalog = Files.readString(dir.resolve(RuleInfo.DOCS_PAGE));
      JsonNode json = TemplateFixture.json(Files.readString(dir.resolve(PolicyReports.JSON_FILE)));
      List<String> links = json.findValuesAsText("documentation");
      assertThat(links).isNotEmpty();
      for (String link : links) {
        assertThat(link).startsWith(RuleInfo.DOCS_PAGE + "#");
        assertThat(catalog).contains("<a id=\"" + link.substring(link.indexOf('#') + 1) + "\"></a>");
      }
    }

    @Test
    void jsonHasSummaryFindingsAndSuppressions() {
      JsonNode json = TemplateFixture.json(JsonReport.render(report()));
      assertThat(json.path("summary").path("passed").asBoolean()).isFalse();
      assertThat(json.path("findings").get(0).path("environment").asText()).isEqualTo("dev");
      assertThat(json.path("suppressed").get(0).path("reason").asText()).isEqualTo("tagged by <org> policy");
    }

    @Test
    void sarifCarriesRuleMetadataAndIndexedResults() {
      JsonNode sarif = TemplateFixture.json(SarifReport.render(report()));
      assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
      JsonNode run = sarif.path("runs").get(0);
      JsonNode rules = run.path("tool").path("driver").path("rules");
      assertThat(rules.size()).isGreaterThan(40);
      JsonNode result = run.path("results").get(0);
      assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(result.path("ruleId").asText());
      assertThat(rules.get(0).path("properties").path("documentation").asText()).startsWith("groundwork-rules.md#");
      assertThat(rules.get(0).path("help").path("text").asText()).isNotBlank();
      assertThat(run.path("results").findValues("suppressions")).isNotEmpty();
    }

    @Test
    void sarifTagsEachRuleWithTheControlsItEvidences() {
      JsonNode rules = TemplateFixture.json(SarifReport.render(report()))
          .path("runs").get(0).path("tool").path("driver").path("rules");
      JsonNode tls = null;
      for (JsonNode rule : rules) {
        if (rule.path("id").asText().equals("GW_S3_BUCKET_TLS_REQUIRED")) {
          tls = rule;
        }
      }
      assertThat(tls).isNotNull();
      assertThat(tls.path("properties").path("tags")).extracting(JsonNode::asText)
          .contains("nist-800-53-r5/SC-8", "pci-dss-4.0/4.2.1", "cis-aws-foundations-1.4.0/2.1.2");
    }

    @Test
    void jsonCarriesEachRulesControlsSourceOrReasonForNone() {
      JsonNode rules = TemplateFixture.json(JsonReport.render(report())).path("rules");
      assertThat(rules).anySatisfy(rule -> {
        assertThat(rule.path("id").asText()).isEqualTo("GW_KMS_KEY_ROTATION_ENABLED");
        assertThat(rule.path("compliance").path("controls")).anySatisfy(c -> {
          assertThat(c.path("framework").asText()).isEqualTo("PCI_DSS_4_0");
          assertThat(c.path("id").asText()).isEqualTo("3.7.4");
        });
        assertThat(rule.path("compliance").path("source").asText()).contains("KMS.4");
      });
      assertThat(rules).anySatisfy(rule -> {
        assertThat(rule.path("id").asText()).isEqualTo("GW_TAGS_REQUIRED");
        assertThat(rule.path("compliance").path("controls")).isEmpty();
        assertThat(rule.path("compliance").path("unmappedReason").asText()).isNotBlank();
      });
    }

    @Test
    void junitHasOneCasePerRuleAndStack() {
      PolicyReport report = report();
      String xml = JunitReport.render(report);
      assertThat(xml).contains("tests=\"" + report.rules().size() * 2 + "\"")
          .contains("<testcase classname=\"dev.app-dev-data\" name=\"GW_SQS_QUEUE_ENCRYPTED\">\n      <failure type=\"ERROR\"")
          .contains("<skipped message=\"not applicable to any resource\"/>");
    }
  }
}

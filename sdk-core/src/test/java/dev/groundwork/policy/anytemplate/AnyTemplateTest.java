package dev.groundwork.policy.anytemplate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.assembly.Parameter;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Outcome;
import dev.groundwork.policy.PolicyEngine;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.formats.ConsoleReport;
import dev.groundwork.policy.formats.JsonReport;
import dev.groundwork.policy.formats.JunitReport;
import dev.groundwork.policy.formats.SarifReport;
import dev.groundwork.policy.rules.BaselineRules;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * Property-based: for generated templates of any shape ({@link ArbitraryTemplates}), the engine
 * never throws, every rule returns one of its four outcomes, and the JSON, SARIF and JUnit XML
 * reports stay valid (parsed back here). A failing case names its seed; the generator gives the
 * same template for it every time. Timing is checked in {@code benchmarks/}, not here.
 */
class AnyTemplateTest {
  private static final int TRIALS = 200;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PolicyEngine ENGINE = PolicyEngine.create(BaselineRules.library(), PolicyOptions.defaults());

  static LongStream seeds() {
    return LongStream.range(0, TRIALS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theEngineAndEveryReportSurviveAnyTemplate(long seed) throws Exception {
    JsonNode json = new ArbitraryTemplates(seed).template(30);
    Tier tier = Tier.values()[(int) (seed % Tier.values().length)];
    StackTemplate stack = StackTemplate.of("generated-" + seed, "env", tier, "generated.template.json", json);

    everyRuleReturnsOneOfItsFourOutcomes(stack);
    PolicyReport report = ENGINE.evaluate(List.of(stack));
    reportsStayValid(report);
  }

  @Test
  void tenThousandResourcesInOneStack() throws Exception {
    JsonNode json = new ArbitraryTemplates(42).largeTemplate(10_000);
    StackTemplate stack = StackTemplate.of("large", "env", Tier.PROD, "large.template.json", json);
    assertThat(stack.resources()).hasSize(10_000);
    PolicyReport report = ENGINE.evaluate(List.of(stack));
    assertThat(report.stacks()).singleElement().satisfies(s -> assertThat(s.stack()).isEqualTo("large"));
    reportsStayValid(report);
  }

  @Test
  void aHugeStringQuotedByFindings() throws Exception {
    String huge = "p".repeat(5_000_000);
    JsonNode json = JSON.readTree("""
        {"Resources": {"Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"ContainerDefinitions": [
          {"Name": "app", "Image": "nginx:latest", "Environment": [{"Name": "DB_PASSWORD", "Value": "%s"}]}]}}}}
        """.formatted(huge));
    StackTemplate stack = StackTemplate.of("huge", "env", Tier.DEV, "huge.template.json", json);
    PolicyReport report = ENGINE.evaluate(List.of(stack));
    assertThat(report.findings()).isNotEmpty();
    reportsStayValid(report);
  }

  private static void everyRuleReturnsOneOfItsFourOutcomes(StackTemplate stack) {
    for (Rule rule : BaselineRules.all()) {
      RuleInfo info = rule.info();
      if (info.appliesToParameters()) {
        for (Parameter parameter : stack.parameters()) {
          checkOutcome(rule, rule.evaluate(RuleContext.of(parameter)));
        }
        continue;
      }
      for (Resource resource : stack.resources()) {
        if (info.appliesToAllTypes() || info.resourceTypes().contains(resource.type())) {
          checkOutcome(rule, rule.evaluate(RuleContext.of(resource)));
        }
      }
    }
  }

  private static void checkOutcome(Rule rule, Evaluation evaluation) {
    assertThat(evaluation).as(rule.info().id().value()).isNotNull();
    assertThat(evaluation.outcome()).isIn((Object[]) Outcome.values());
    evaluation.violations().forEach(v -> {
      assertThat(v.propertyPath()).as(rule.info().id().value()).isNotNull();
      assertThat(v.message()).as(rule.info().id().value()).isNotBlank();
    });
    if (evaluation.outcome() == Outcome.UNKNOWN) {
      assertThat(evaluation.unknownReason()).as(rule.info().id().value()).isNotBlank();
    }
  }

  private static void reportsStayValid(PolicyReport report) throws Exception {
    String json = JsonReport.render(report);
    assertThat(JSON.readTree(json).isObject()).isTrue();
    PolicyReport parsed = JsonReport.parse(json);
    assertThat(parsed.findings()).isEqualTo(report.findings());
    assertThat(parsed.unknowns()).isEqualTo(report.unknowns());

    JsonNode sarif = JSON.readTree(SarifReport.render(report));
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.path("runs").get(0).path("results").size())
        .isEqualTo(report.findings().size() + report.suppressed().size());

    Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(JunitReport.render(report).getBytes(StandardCharsets.UTF_8)));
    assertThat(junit.getDocumentElement().getTagName()).isEqualTo("testsuites");

    assertThat(ConsoleReport.render(report, false)).isNotNull();
  }
}

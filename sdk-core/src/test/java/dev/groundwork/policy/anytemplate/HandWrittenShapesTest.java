package dev.groundwork.policy.anytemplate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.TemplateReader;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyEngine;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.formats.JsonReport;
import dev.groundwork.policy.formats.SarifReport;
import dev.groundwork.policy.rules.BaselineRules;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property-based, over templates in the shapes people write by hand ({@link CloudFormationShapes}:
 * lists given as one object, parameters with and without defaults, conditions, every intrinsic),
 * each also written as YAML with short-form tags ({@link YamlWriter}). For every seed:
 * <ul>
 *   <li>the YAML reads back to the same tree as the JSON;</li>
 *   <li>the engine never throws, and no rule fails on any resource ({@code GW_POLICY_RULE_FAILED});</li>
 *   <li>the JSON and the YAML template get the same report;</li>
 *   <li>a property given as one object gets the same findings as the list of that one object.</li>
 * </ul>
 * Seeded JUnit rather than jqwik, like {@link AnyTemplateTest}: the generator is shaped by the
 * rules' properties, a failure names its seed, and the build needs no other engine.
 */
class HandWrittenShapesTest {
  private static final int TRIALS = 200;
  private static final PolicyEngine ENGINE = PolicyEngine.create(BaselineRules.library(), PolicyOptions.defaults());
  private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
      ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

  static LongStream seeds() {
    return LongStream.range(0, TRIALS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rulesDecideOnEveryHandWrittenShapeInJsonAndYamlAlike(long seed) throws Exception {
    JsonNode json = new CloudFormationShapes(seed).template(25);
    Tier tier = Tier.values()[(int) (seed % Tier.values().length)];
    String yaml = YamlWriter.write(json, seed);
    JsonNode fromYaml = TemplateReader.parse("generated-" + seed + ".yaml", yaml);
    assertThat(difference(fromYaml, json, "")).as("seed %d: YAML%n%s", seed, yaml).isEmpty();

    PolicyReport fromJsonReport = evaluate(json, tier);
    PolicyReport fromYamlReport = evaluate(fromYaml, tier);
    assertThat(fromJsonReport.findings()).as("seed %d", seed)
        .noneMatch(f -> f.ruleId().value().equals("GW_POLICY_RULE_FAILED"));
    assertThat(keys(fromYamlReport.findings())).as("seed %d: YAML and JSON reports", seed)
        .isEqualTo(keys(fromJsonReport.findings()));
    assertThat(fromYamlReport.unknowns()).as("seed %d", seed).isEqualTo(fromJsonReport.unknowns());

    JsonNode unwrapped = json.deepCopy();
    unwrapSingletons(unwrapped.path("Resources"));
    assertThat(keys(evaluate(unwrapped, tier).findings())).as("seed %d: one object instead of a list of one", seed)
        .isEqualTo(keys(fromJsonReport.findings()));

    assertThat(JsonReport.parse(JsonReport.render(fromJsonReport)).findings()).isEqualTo(fromJsonReport.findings());
    assertThat(SarifReport.render(fromJsonReport)).contains("\"version\" : \"2.1.0\"");
  }

  /** Where {@code actual} first differs from {@code expected} (numbers by value), or empty. */
  private static String difference(JsonNode actual, JsonNode expected, String path) {
    if (actual.isContainerNode() && expected.isContainerNode() && actual.getNodeType() == expected.getNodeType()
        && actual.size() == expected.size()) {
      Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String found = difference(actual.path(field.getKey()), field.getValue(), path + "." + field.getKey());
        if (!found.isEmpty()) {
          return found;
        }
      }
      for (int i = 0; expected.isArray() && i < expected.size(); i++) {
        String found = difference(actual.get(i), expected.get(i), path + "[" + i + "]");
        if (!found.isEmpty()) {
          return found;
        }
      }
      return "";
    }
    return SAME_VALUE.compare(actual, expected) == 0 ? "" : path + ": " + actual + " instead of " + expected;
  }

  private static PolicyReport evaluate(JsonNode template, Tier tier) {
    return ENGINE.evaluate(List.of(StackTemplate.of("generated", "env", tier, "generated.template", template)));
  }

  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId() + " " + f.logicalId() + " " + f.propertyPath() + " " + f.message()).toList();
  }

  /** Every list of exactly one plain object (not an intrinsic, not tags) becomes that object. */
  private static void unwrapSingletons(JsonNode node) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode value = field.getValue();
        if (!field.getKey().equals("Tags") && value.isArray() && value.size() == 1 && value.get(0).isObject()
            && !Intrinsics.isIntrinsic(value.get(0))) {
          ((ObjectNode) node).set(field.getKey(), value.get(0));
          unwrapSingletons(value.get(0));
        } else {
          unwrapSingletons(value);
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(HandWrittenShapesTest::unwrapSingletons);
    }
  }
}

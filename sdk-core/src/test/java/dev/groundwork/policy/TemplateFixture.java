package dev.groundwork.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.groundwork.assembly.Parameter;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.rules.BaselineRules;
import java.io.UncheckedIOException;

/**
 * Builds template JSON in Java for rule tests, so most tests need no synthesis. JSON snippets
 * may use single quotes: {@code "{'BucketName': 'x'}"}.
 */
public final class TemplateFixture {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);

  private final ObjectNode root = JSON.createObjectNode();

  private TemplateFixture() {
    root.putObject("Resources");
  }

  public static TemplateFixture template() {
    return new TemplateFixture();
  }

  /** Parses a single-quoted JSON snippet. */
  public static JsonNode json(String snippet) {
    try {
      return JSON.readTree(snippet);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds a resource with {@code properties}. */
  public TemplateFixture resource(String logicalId, String type, String properties) {
    return resource(logicalId, type, properties, "{}");
  }

  /** Adds a resource with {@code properties} and other attributes (DeletionPolicy, Metadata). */
  public TemplateFixture resource(String logicalId, String type, String properties, String attributes) {
    ObjectNode body = ((ObjectNode) root.get("Resources")).putObject(logicalId);
    body.put("Type", type);
    body.set("Properties", json(properties));
    body.setAll((ObjectNode) json(attributes));
    return this;
  }

  /** Adds a template parameter. */
  public TemplateFixture parameter(String name, String definition) {
    if (!root.has("Parameters")) {
      root.putObject("Parameters");
    }
    ((ObjectNode) root.get("Parameters")).set(name, json(definition));
    return this;
  }

  /** The template as a stack of an environment named after {@code tier}, in that tier. */
  public StackTemplate stack(String name, Tier tier) {
    return StackTemplate.of(name, tier.name().toLowerCase(java.util.Locale.ROOT), tier,
        name + ".template.json", root.deepCopy());
  }

  /** Evaluates {@code rule} on resource {@code logicalId} in a DEV stack. */
  public Evaluation evaluate(Rule rule, String logicalId) {
    return evaluate(rule, logicalId, Tier.DEV);
  }

  /** Evaluates {@code rule} on resource {@code logicalId} in a stack of {@code tier}. */
  public Evaluation evaluate(Rule rule, String logicalId, Tier tier) {
    StackTemplate stack = stack("Stack", tier);
    Resource resource = stack.resource(logicalId).orElseThrow();
    return rule.evaluate(RuleContext.of(resource));
  }

  /** Evaluates {@code rule} on parameter {@code name} (as the engine presents parameters). */
  public Evaluation evaluateParameter(Rule rule, String name) {
    StackTemplate stack = stack("Stack", Tier.DEV);
    Parameter parameter = stack.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    return rule.evaluate(RuleContext.of(parameter));
  }

  /** Evaluates {@code rule} on a lone resource {@code R} of {@code type}. */
  public static Evaluation evaluate(Rule rule, String type, String properties) {
    return template().resource("R", type, properties).evaluate(rule, "R");
  }

  /**
   * How many resources of the template the engine applies {@code rule} to (compliant, failing
   * or unknown); 0 means not applicable to any, whether by type or by the rule's own decision.
   */
  public int applicableCount(Rule rule, Tier tier) {
    PolicyEngine engine = PolicyEngine.create(BaselineRules.library(), PolicyOptions.builder().packs().addRules(rule).build());
    PolicyReport report = engine.evaluate(java.util.List.of(stack("Stack", tier)));
    return report.stacks().get(0).applicable().get(rule.info().id());
  }

  /** Asserts the engine applies {@code rule} to no resource of a lone {@code type} resource. */
  public static void assertNotApplicableTo(Rule rule, String type, String properties) {
    assertThat(template().resource("R", type, properties).applicableCount(rule, Tier.PROD))
        .as("resources %s applies to", rule.info().id()).isZero();
  }

  public static void assertCompliant(Evaluation evaluation) {
    assertThat(evaluation.outcome()).as("%s", evaluation).isEqualTo(Outcome.COMPLIANT);
  }

  public static void assertNotApplicable(Evaluation evaluation) {
    assertThat(evaluation.outcome()).as("%s", evaluation).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  /** Unknown, with a reason that names one unresolved property path, said once. */
  public static void assertUnknown(Evaluation evaluation) {
    assertThat(evaluation.outcome()).as("%s", evaluation).isEqualTo(Outcome.UNKNOWN);
    assertThat(evaluation.unknownReason()).as("reason of %s", evaluation)
        .matches("[A-Za-z][^ ]* is not resolvable at synthesis");
  }

  /** Unknown because the value at {@code propertyPath} is unresolved. */
  public static void assertUnknown(Evaluation evaluation, String propertyPath) {
    assertUnknown(evaluation);
    assertThat(evaluation.unknownReason()).isEqualTo(propertyPath + " is not resolvable at synthesis");
  }

  /** Non-compliant with a violation at {@code path} whose message contains {@code text}. */
  public static void assertViolation(Evaluation evaluation, String path, String text) {
    assertThat(evaluation.outcome()).as("%s", evaluation).isEqualTo(Outcome.NON_COMPLIANT);
    assertThat(evaluation.violations()).as("%s", evaluation)
        .anySatisfy(v -> {
          assertThat(v.propertyPath()).isEqualTo(path);
          assertThat(v.message()).contains(text);
        });
  }
}

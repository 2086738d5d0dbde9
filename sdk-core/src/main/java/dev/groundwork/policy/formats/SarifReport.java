package dev.groundwork.policy.formats;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.RuleId;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.SuppressedFinding;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code groundwork-report.sarif}: SARIF 2.1.0 with rule metadata in {@code tool.driver.rules}. */
public final class SarifReport {

  private SarifReport() {}

  public static String render(PolicyReport report) {
    ObjectNode root = JsonReport.JSON.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "groundwork-policy");
    ArrayNode rules = driver.putArray("rules");
    Map<RuleId, Integer> index = new LinkedHashMap<>();
    for (RuleInfo rule : report.rules()) {
      index.put(rule.id(), index.size());
      ObjectNode node = rules.addObject();
      node.put("id", rule.id().value());
      node.putObject("shortDescription").put("text", rule.title());
      node.putObject("fullDescription").put("text", rule.rationale());
      // helpUri must be an absolute URI; the catalog link is relative to the repository.
      node.putObject("help").put("text", rule.remediation())
          .put("markdown", rule.remediation() + " See [" + rule.id() + "](" + rule.documentation() + ").");
      node.putObject("defaultConfiguration").put("level", level(rule.severity()));
      ObjectNode properties = node.putObject("properties");
      rule.resourceTypes().forEach(properties.putArray("resourceTypes")::add);
      properties.put("escalates", rule.escalates());
      properties.put("documentation", rule.documentation());
      // SARIF's own place for classification: one tag per control the rule evidences.
      ArrayNode tags = properties.putArray("tags");
      rule.compliance().controls().forEach(c -> tags.add(c.tag()));
    }
    ArrayNode results = run.putArray("results");
    report.findings().forEach(f -> result(results.addObject(), f, index));
    for (SuppressedFinding s : report.suppressed()) {
      ObjectNode result = result(results.addObject(), s.finding(), index);
      result.putArray("suppressions").addObject().put("kind", "inSource")
          .put("justification", s.suppression().reason());
    }
    return root.toPrettyString() + "\n";
  }

  private static ObjectNode result(ObjectNode result, Finding f, Map<RuleId, Integer> index) {
    result.put("ruleId", f.ruleId().value());
    result.put("ruleIndex", index.get(f.ruleId()));
    result.put("level", level(f.severity()));
    result.putObject("message").put("text", f.message());
    ObjectNode location = result.putArray("locations").addObject();
    location.putObject("physicalLocation").putObject("artifactLocation").put("uri", f.templateFile());
    location.putArray("logicalLocations").addObject().put("name", f.logicalId())
        .put("fullyQualifiedName", f.constructPath()).put("kind", "resource");
    result.putObject("properties").put("environment", f.environment()).put("stack", f.stack())
        .put("propertyPath", f.propertyPath());
    return result;
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}

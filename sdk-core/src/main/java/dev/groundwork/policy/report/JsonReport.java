package dev.groundwork.policy.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.SuppressedFinding;
import dev.groundwork.policy.UnknownResult;

/** {@code groundwork-report.json}: the whole report, sorted, without timestamps. */
public final class JsonReport {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  public static String render(PolicyReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("tool", "groundwork-policy");
    ObjectNode summary = root.putObject("summary");
    summary.put("passed", !report.hasErrors());
    summary.put("errors", report.count(Severity.ERROR));
    summary.put("warnings", report.count(Severity.WARNING));
    summary.put("info", report.count(Severity.INFO));
    summary.put("suppressed", report.suppressed().size());
    summary.put("unknown", report.unknowns().size());
    summary.put("stacks", report.stacks().size());
    summary.put("resources", report.resources());
    ArrayNode findings = root.putArray("findings");
    report.findings().forEach(f -> finding(findings.addObject(), f));
    ArrayNode suppressed = root.putArray("suppressed");
    for (SuppressedFinding s : report.suppressed()) {
      ObjectNode node = finding(suppressed.addObject(), s.finding());
      node.put("reason", s.suppression().reason());
      node.put("scope", s.suppression().scope());
      s.suppression().until().ifPresent(d -> node.put("until", d.toString()));
    }
    ArrayNode unknowns = root.putArray("unknown");
    for (UnknownResult u : report.unknowns()) {
      unknowns.addObject().put("rule", u.rule().value()).put("environment", u.environment())
          .put("stack", u.stack()).put("logicalId", u.logicalId())
          .put("constructPath", u.constructPath()).put("reason", u.reason());
    }
    ArrayNode rules = root.putArray("rules");
    for (RuleInfo rule : report.rules()) {
      ObjectNode node = rules.addObject().put("id", rule.id().value()).put("title", rule.title())
          .put("severity", rule.severity().name()).put("escalates", rule.escalates())
          .put("documentation", rule.documentation());
      rule.resourceTypes().forEach(node.putArray("resourceTypes")::add);
    }
    return root.toPrettyString() + "\n";
  }

  private static ObjectNode finding(ObjectNode node, Finding f) {
    return node.put("rule", f.ruleId().value()).put("severity", f.severity().name())
        .put("environment", f.environment()).put("stack", f.stack())
        .put("template", f.templateFile()).put("logicalId", f.logicalId())
        .put("constructPath", f.constructPath()).put("propertyPath", f.propertyPath())
        .put("message", f.message()).put("remediation", f.rule().remediation())
        .put("documentation", f.rule().documentation());
  }
}

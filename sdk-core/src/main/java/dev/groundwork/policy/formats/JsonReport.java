package dev.groundwork.policy.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.ControlMapping;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.RuleId;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.StackSummary;
import dev.groundwork.policy.SuppressedFinding;
import dev.groundwork.policy.Suppression;
import dev.groundwork.policy.UnknownResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code groundwork-report.json}: the whole report, sorted, without timestamps; written by
 * {@link #render} and read back by {@link #parse}, so the format is defined in this one place.
 */
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
      node.put("templateParameters", rule.appliesToParameters());
      node.put("rationale", rule.rationale()).put("remediation", rule.remediation());
      compliance(node.putObject("compliance"), rule.compliance());
    }
    ArrayNode stacks = root.putArray("stacks");
    for (StackSummary stack : report.stacks()) {
      ObjectNode node = stacks.addObject().put("environment", stack.environment())
          .put("tier", stack.tier().name()).put("stack", stack.stack())
          .put("template", stack.templateFile()).put("resources", stack.resources());
      ObjectNode applicable = node.putObject("applicable");
      stack.applicable().forEach((id, count) -> applicable.put(id.value(), count));
    }
    return root.toPrettyString() + "\n";
  }

  /** Reads a report {@link #render} wrote. */
  public static PolicyReport parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a Groundwork policy report: " + e.getMessage(), e);
    }
    Map<String, RuleInfo> rules = new LinkedHashMap<>();
    List<RuleInfo> ruleList = new ArrayList<>();
    for (JsonNode r : root.path("rules")) {
      RuleInfo.Builder builder = RuleInfo.builder(r.path("id").asText())
          .title(r.path("title").asText()).severity(Severity.valueOf(r.path("severity").asText()))
          .rationale(r.path("rationale").asText()).remediation(r.path("remediation").asText());
      List<String> types = new ArrayList<>();
      r.path("resourceTypes").forEach(t -> types.add(t.asText()));
      if (r.path("templateParameters").asBoolean()) {
        builder.templateParameters();
      } else if (types.isEmpty()) {
        builder.allResourceTypes();
      } else {
        builder.resourceTypes(types.toArray(String[]::new));
      }
      if (r.path("escalates").asBoolean()) {
        builder.escalates();
      }
      builder.compliance(compliance(r.path("compliance")));
      RuleInfo info = builder.build();
      rules.put(info.id().value(), info);
      ruleList.add(info);
    }
    List<Finding> findings = new ArrayList<>();
    root.path("findings").forEach(f -> findings.add(finding(f, rules)));
    List<SuppressedFinding> suppressed = new ArrayList<>();
    for (JsonNode s : root.path("suppressed")) {
      Finding finding = finding(s, rules);
      String until = s.path("until").asText("");
      suppressed.add(new SuppressedFinding(finding, new Suppression(finding.ruleId(),
          s.path("reason").asText(), until.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(until)),
          s.path("scope").asText())));
    }
    List<UnknownResult> unknowns = new ArrayList<>();
    for (JsonNode u : root.path("unknown")) {
      unknowns.add(new UnknownResult(RuleId.of(u.path("rule").asText()), u.path("environment").asText(),
          u.path("stack").asText(), u.path("logicalId").asText(), u.path("constructPath").asText(),
          u.path("reason").asText()));
    }
    List<StackSummary> stacks = new ArrayList<>();
    for (JsonNode s : root.path("stacks")) {
      Map<RuleId, Integer> applicable = new TreeMap<>();
      s.path("applicable").fields().forEachRemaining(e -> applicable.put(RuleId.of(e.getKey()), e.getValue().asInt()));
      stacks.add(new StackSummary(s.path("environment").asText(), Tier.valueOf(s.path("tier").asText()),
          s.path("stack").asText(), s.path("template").asText(), s.path("resources").asInt(), applicable));
    }
    return new PolicyReport(ruleList, findings, suppressed, unknowns, stacks);
  }

  /** Reads the report file at {@code file}. */
  public static PolicyReport read(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read policy report " + file, e);
    }
  }

  private static void compliance(ObjectNode node, ControlMapping mapping) {
    ArrayNode controls = node.putArray("controls");
    mapping.controls().forEach(c -> controls.addObject()
        .put("framework", c.framework().name()).put("id", c.id()));
    node.put("source", mapping.source()).put("unmappedReason", mapping.unmappedReason());
  }

  private static ControlMapping compliance(JsonNode node) {
    List<Control> controls = new ArrayList<>();
    node.path("controls").forEach(c -> controls.add(
        new Control(Control.Framework.valueOf(c.path("framework").asText()), c.path("id").asText())));
    return new ControlMapping(new java.util.LinkedHashSet<>(controls), node.path("source").asText(""),
        node.path("unmappedReason").asText(""));
  }

  private static Finding finding(JsonNode f, Map<String, RuleInfo> rules) {
    String id = f.path("rule").asText();
    RuleInfo rule = rules.get(id);
    if (rule == null) {
      throw new IllegalArgumentException("the report's finding names rule " + id
          + ", which its rules section does not list");
    }
    return new Finding(rule, Severity.valueOf(f.path("severity").asText()), f.path("environment").asText(),
        f.path("stack").asText(), f.path("template").asText(), f.path("logicalId").asText(),
        f.path("constructPath").asText(), f.path("propertyPath").asText(), f.path("message").asText());
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

package dev.groundwork.policy.formats;

import dev.groundwork.policy.Control;
import dev.groundwork.policy.ControlMapping;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Renders rule metadata as Markdown: {@code docs/rules.md} and {@code docs/compliance.md} from the
 * built-in rules its caller lists (so the catalog cannot drift from the code; {@code
 * RuleCatalogTest} fails when a committed file is stale), and the catalog of the rules of one run
 * that the reports link to ({@link RuleInfo#DOCS_PAGE}).
 */
public final class RuleCatalog {

  /** The command that rewrites the catalogs; quoted in the files and in the staleness test. */
  public static final String REGENERATE = "mvn -q -pl sdk-core -am test -Dtest=RuleCatalogTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dgroundwork.writeRulesCatalog=true";

  /**
   * Rules the catalog introduces together, e.g. "70 in the `baseline` pack (on by default)".
   *
   * @param description what the rules are and when they run, after their count
   * @param rules the rules
   */
  public record RuleGroup(String description, List<RuleInfo> rules) {
    public RuleGroup {
      rules = List.copyOf(rules);
    }
  }

  private RuleCatalog() {}

  /** The catalog's Markdown: every rule of {@code groups}, by id, introduced group by group. */
  public static String render(List<RuleGroup> groups) {
    List<RuleInfo> rules = new ArrayList<>();
    groups.forEach(g -> rules.addAll(g.rules()));
    List<String> counts = groups.stream().map(g -> g.rules().size() + " " + g.description()).toList();
    StringBuilder out = new StringBuilder();
    out.append("# Policy rule catalog\n\n")
        .append("<!-- Generated from rule metadata by dev.groundwork.policy.formats.RuleCatalog; "
            + "do not edit. Regenerate: ").append(REGENERATE).append(" -->\n\n")
        .append(rules.size()).append(" rules: ")
        .append(String.join(", ", counts.subList(0, counts.size() - 1)))
        .append(counts.size() > 1 ? " and " : "").append(counts.get(counts.size() - 1))
        .append(". How the engine, packs, suppressions and the guard work: [policy.md](policy.md). "
            + "Which compliance controls each rule evidences, and the source of each mapping: "
            + "[compliance.md](compliance.md).\n\n");
    return sections(rules, out);
  }

  /**
   * {@code docs/compliance.md}: for every rule of {@code builtIn}, the controls it evidences and
   * the published mapping they come from, or why it maps to none. Generated like the catalog.
   */
  public static String renderCompliance(List<RuleInfo> builtIn) {
    List<RuleInfo> rules = new ArrayList<>(builtIn);
    rules.sort(Comparator.comparing(RuleInfo::id));
    StringBuilder out = new StringBuilder();
    out.append("# Compliance mapping\n\n")
        .append("<!-- Generated from rule metadata by dev.groundwork.policy.formats.RuleCatalog; "
            + "do not edit. Regenerate: ").append(REGENERATE).append(" -->\n\n")
        .append("Which controls each rule evidences when it passes, and where the mapping comes "
            + "from. Frameworks: ");
    List<String> frameworks = new ArrayList<>();
    for (Control.Framework framework : Control.Framework.values()) {
      frameworks.add(framework.title() + " (SARIF tag `" + framework.tagPrefix() + "/<id>`)");
    }
    out.append(String.join(", ", frameworks)).append(".\n\n")
        .append(COMPLIANCE_NOTES)
        .append("| rule | controls | source |\n|---|---|---|\n");
    for (RuleInfo rule : rules) {
      ControlMapping mapping = rule.compliance();
      out.append("| [`").append(rule.id()).append("`](rules.md#").append(rule.id().anchor())
          .append(") | ").append(controls(mapping)).append(" | ")
          .append(mapping.controls().isEmpty() ? "none" : mapping.source()).append(" |\n");
    }
    return out.toString();
  }

  private static final String COMPLIANCE_NOTES = """
      How to read this table:

      - A passing rule is evidence for a control, not proof that the whole control is met: \
      most controls also need process and account-level settings no template shows.
      - Sources, in order of preference: the AWS Security Hub CSPM control reference (each \
      control lists its related NIST SP 800-53 Rev. 5, PCI DSS v4.0.1 and CIS AWS Foundations \
      Benchmark requirements); the AWS Control Tower control reference (proactive controls, \
      `CT.<SERVICE>.PR.<n>`); and, where Security Hub has no equivalent control, the cdk-nag \
      NIST 800-53 rev 5 pack, which takes its ids from AWS Config's NIST 800-53 rev 5 \
      conformance pack. The source column names the control or rule whose check matches.
      - A rule is mapped only where its check matches the source's check, or is stricter \
      (the source column says so). Where it covers only part of the source's check, it carries \
      only that source's NIST ids, and the column says which part.
      - PCI DSS ids are those Security Hub lists as PCI DSS v4.0.1, the limited revision of \
      v4.0 with the same requirement numbering. PCI DSS v3.2.1 ids are not carried.
      - CIS ids are those of the CIS AWS Foundations Benchmark v1.4.0 (the version AWS Control \
      Tower and Security Hub both cite); where Security Hub lists only later versions for a \
      control, no CIS id is claimed.
      - cdk-nag lists NIST ids with item letters (`SC-7a`); those are left out, enhancements \
      such as `SC-8(1)` are kept.
      - `GW_LOGS_RETENTION_TIER_MINIMUM` does not claim CT.CLOUDWATCH.PR.2 (one year): only the \
      PROD minimum (365 days) meets it.
      - The `GW_CT_*` rules of the `control-tower` pack each mirror one Control Tower proactive \
      control and carry it, with the NIST SP 800-53 Rev. 5 and CIS AWS Foundations Benchmark \
      v1.4.0 ids AWS's metadata for that control lists (its PCI DSS v3.2.1 ids are not carried); \
      each is verified against AWS's own rule file ([control-tower.md](control-tower.md)).

      """;

  /**
   * The catalog of the rules that ran, written next to the reports ({@link
   * RuleInfo#DOCS_PAGE}) so their links resolve in any project, offline, for the version used,
   * and for a user's own rules as much as for the built-in ones.
   */
  public static String renderFor(List<RuleInfo> rules) {
    StringBuilder out = new StringBuilder();
    out.append("# Policy rules of this synthesis\n\n")
        .append("<!-- Written by Groundwork next to groundwork-report.json; the reports link here. -->\n\n")
        .append(rules.size()).append(" rules ran.\n\n");
    return sections(new ArrayList<>(rules), out);
  }

  private static String sections(List<RuleInfo> rules, StringBuilder out) {
    rules.sort(Comparator.comparing(RuleInfo::id));
    out.append("Severity \"WARNING, escalates\" means the finding is an ERROR in tiers that "
            + "escalate warnings (PROD, `TierDefaults.escalateWarnings()`).\n\n")
        .append("| id | severity | title |\n|---|---|---|\n");
    for (RuleInfo rule : rules) {
      out.append("| [`").append(rule.id()).append("`](#").append(rule.id().anchor()).append(") | ")
          .append(severity(rule)).append(" | ").append(rule.title()).append(" |\n");
    }
    for (RuleInfo rule : rules) {
      out.append("\n<a id=\"").append(rule.id().anchor()).append("\"></a>\n")
          .append("## ").append(rule.id()).append("\n\n")
          .append("**").append(rule.title()).append("**\n\n")
          .append("- Severity: ").append(severity(rule)).append('\n')
          .append("- Resource types: ").append(types(rule)).append('\n')
          .append("- Rationale: ").append(rule.rationale()).append('\n')
          .append("- Remediation: ").append(rule.remediation()).append('\n')
          .append("- Compliance controls: ").append(controls(rule.compliance())).append('\n');
    }
    return out.toString();
  }

  private static String controls(ControlMapping mapping) {
    if (!mapping.controls().isEmpty()) {
      Map<Control.Framework, List<String>> byFramework = new EnumMap<>(Control.Framework.class);
      mapping.controls().forEach(c ->
          byFramework.computeIfAbsent(c.framework(), f -> new ArrayList<>()).add("`" + c.id() + "`"));
      List<String> parts = new ArrayList<>();
      byFramework.forEach((framework, ids) -> parts.add(framework.title() + ": " + String.join(", ", ids)));
      return String.join("; ", parts);
    }
    return mapping.unmappedReason().isBlank() ? "not stated" : "none. " + mapping.unmappedReason();
  }

  private static String severity(RuleInfo rule) {
    return rule.severity() == Severity.WARNING && rule.escalates()
        ? "WARNING, escalates" : rule.severity().name();
  }

  private static String types(RuleInfo rule) {
    if (rule.appliesToParameters()) {
      return "template parameters";
    }
    if (rule.appliesToAllTypes()) {
      return "all (the rule decides applicability)";
    }
    return String.join(", ", rule.resourceTypes().stream().map(t -> "`" + t + "`").toList());
  }
}

package dev.groundwork.policy.internal;

import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.BaselineRules;
import dev.groundwork.policy.suppress.SuppressionRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Generates {@code docs/rules.md} from rule metadata, so the catalog cannot drift from the
 * code ({@code RuleCatalogTest} fails when the committed file is stale), and the catalog of the
 * rules of one run that the reports link to ({@link RuleInfo#documentation()}).
 */
public final class RuleCatalog {

  /** The command that rewrites the catalog; quoted in the file and in the staleness test. */
  public static final String REGENERATE = "mvn -q -pl sdk-core -am test -Dtest=RuleCatalogTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dgroundwork.writeRulesCatalog=true";

  private RuleCatalog() {}

  /** Writes the catalog to {@code args[0]} (default {@code docs/rules.md}). */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : "docs/rules.md");
    Files.writeString(target, render(), StandardCharsets.UTF_8);
  }

  /** The catalog's Markdown: every built-in rule and the engine's suppression rules, by id. */
  public static String render() {
    List<RuleInfo> rules = new ArrayList<>();
    BaselineRules.all().stream().map(Rule::info).forEach(rules::add);
    rules.addAll(SuppressionRules.all());
    StringBuilder out = new StringBuilder();
    out.append("# Policy rule catalog\n\n")
        .append("<!-- Generated from rule metadata by dev.groundwork.policy.internal.RuleCatalog; "
            + "do not edit. Regenerate: ").append(REGENERATE).append(" -->\n\n")
        .append(rules.size()).append(" rules: ").append(BaselineRules.all().size())
        .append(" in the `baseline` pack (on by default) and ").append(SuppressionRules.all().size())
        .append(" engine rules about suppressions (always on). How the engine, packs and "
            + "suppressions work: [policy.md](policy.md).\n\n");
    return sections(rules, out);
  }

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
          .append("- Remediation: ").append(rule.remediation()).append('\n');
    }
    return out.toString();
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

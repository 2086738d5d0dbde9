package dev.groundwork.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.check.CheckRules;
import dev.groundwork.policy.formats.RuleCatalog.RuleGroup;
import dev.groundwork.policy.formats.RuleCatalog;
import dev.groundwork.policy.rules.BaselineRules;
import dev.groundwork.policy.rules.controltower.ControlTowerRules;
import dev.groundwork.replacement.ReplacementRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md and docs/compliance.md are generated from the metadata of every built-in rule;
 * this fails when a committed file is stale.
 */
class RuleCatalogTest {

  static final Path CATALOG = Path.of("..", "docs", "rules.md");

  /** Every rule Groundwork ships, as the catalog introduces them. */
  static final List<RuleGroup> BUILT_IN = List.of(
      new RuleGroup("in the `baseline` pack (on by default)",
          BaselineRules.all().stream().map(Rule::info).toList()),
      new RuleGroup("engine rules about suppressions (always on)", SuppressionRules.all()),
      new RuleGroup("in the `control-tower` pack (off unless added; [control-tower.md](control-tower.md))",
          ControlTowerRules.all().stream().map(Rule::info).toList()),
      new RuleGroup("engine rule about rules that fail (always on)", List.of(RuleFailures.FAILED)),
      new RuleGroup("rule of `groundwork check` about templates it cannot read", List.of(CheckRules.READABLE)),
      new RuleGroup("rules of the replacement guard (on when synthesis is given a previous assembly)",
          ReplacementRules.all()));

  @Test
  void committedCatalogMatchesRuleMetadata() throws Exception {
    String expected = RuleCatalog.render(BUILT_IN);
    if (Boolean.getBoolean("groundwork.writeRulesCatalog")) {
      Files.writeString(CATALOG, expected, StandardCharsets.UTF_8);
    }
    assertThat(CATALOG).as("docs/rules.md").isRegularFile();
    assertThat(Files.readString(CATALOG, StandardCharsets.UTF_8))
        .as("docs/rules.md is stale; regenerate it with: %s", RuleCatalog.REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void committedComplianceMappingMatchesRuleMetadata() throws Exception {
    Path file = Path.of("..", "docs", "compliance.md");
    String expected = RuleCatalog.renderCompliance(
        BUILT_IN.stream().flatMap(group -> group.rules().stream()).toList());
    if (Boolean.getBoolean("groundwork.writeRulesCatalog")) {
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("docs/compliance.md is stale; regenerate it with: %s", RuleCatalog.REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void listsEveryRuleWithAnAnchor() {
    String catalog = RuleCatalog.render(BUILT_IN);
    BaselineRules.all().forEach(rule -> assertThat(catalog)
        .contains("<a id=\"" + rule.info().id().anchor() + "\"></a>", rule.info().remediation()));
  }
}

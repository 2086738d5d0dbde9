package dev.groundwork.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.policy.internal.RuleCatalog;
import dev.groundwork.policy.rules.BaselineRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from rule metadata; this fails when the committed file is stale. */
class RuleCatalogTest {

  static final Path CATALOG = Path.of("..", "docs", "rules.md");

  @Test
  void committedCatalogMatchesRuleMetadata() throws Exception {
    String expected = RuleCatalog.render();
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
    String expected = RuleCatalog.renderCompliance();
    if (Boolean.getBoolean("groundwork.writeRulesCatalog")) {
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("docs/compliance.md is stale; regenerate it with: %s", RuleCatalog.REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void listsEveryRuleWithAnAnchor() {
    String catalog = RuleCatalog.render();
    BaselineRules.all().forEach(rule -> assertThat(catalog)
        .contains("<a id=\"" + rule.info().id().anchor() + "\"></a>", rule.info().remediation()));
  }
}

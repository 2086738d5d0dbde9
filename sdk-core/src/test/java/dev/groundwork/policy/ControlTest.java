package dev.groundwork.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.policy.SuppressionRules;
import dev.groundwork.policy.rules.BaselineRules;
import dev.groundwork.replacement.ReplacementRules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Control ids are validated per framework, and every built-in rule states its mapping. */
class ControlTest {

  static List<RuleInfo> builtInRules() {
    List<RuleInfo> rules = new ArrayList<>();
    BaselineRules.all().forEach(r -> rules.add(r.info()));
    rules.addAll(SuppressionRules.all());
    rules.addAll(ReplacementRules.all());
    return rules;
  }

  @Nested
  class IdFormats {
    @Test
    void acceptsEachFrameworksOwnNotation() {
      assertThat(Stream.of(Control.nist("SC-8"), Control.nist("AC-6(10)"), Control.pci("4.2.1"),
          Control.pci("A1.1.2"), Control.cis("2.1.2"), Control.controlTower("CT.CLOUDWATCH.PR.1")))
          .hasSize(6);
    }

    @Test
    void rejectsANistIdWithItemLetters() {
      assertThatThrownBy(() -> Control.nist("SC-7a")).hasMessageContaining("NIST SP 800-53 Rev. 5")
          .hasMessageContaining("SC-7a");
    }

    @Test
    void rejectsAControlTowerIdThatIsNotProactive() {
      assertThatThrownBy(() -> Control.controlTower("CT.S3.DE.1")).hasMessageContaining("CT.S3.DE.1");
    }

    @Test
    void rejectsAPciIdWithoutASubRequirement() {
      assertThatThrownBy(() -> Control.pci("4")).hasMessageContaining("PCI DSS");
    }

    @Test
    void readsATagBack() {
      Control control = Control.nist("SC-8(1)");
      assertThat(control.tag()).isEqualTo("nist-800-53-r5/SC-8(1)");
      assertThat(Control.fromTag(control.tag())).isEqualTo(control);
    }
  }

  @Nested
  class BuiltInRules {
    @Test
    void everyRuleMapsToAControlOrSaysWhyNot() {
      assertThat(builtInRules()).allSatisfy(rule -> assertThat(rule.compliance().isStated())
          .as("%s states its compliance mapping (controls(...) or noControls(reason))", rule.id())
          .isTrue());
    }

    @Test
    void everyIdMatchesItsFrameworksFormat() {
      assertThat(builtInRules()).flatMap(rule -> List.copyOf(rule.compliance().controls()))
          .isNotEmpty()
          .allSatisfy(c -> assertThat(c.id()).matches(c.framework().idFormat()));
    }

    @Test
    void everyMappedRuleNamesItsSource() {
      assertThat(builtInRules()).filteredOn(rule -> !rule.compliance().controls().isEmpty())
          .allSatisfy(rule -> assertThat(rule.compliance().source()).isNotBlank());
    }
  }

  @Test
  void aMappingCannotBothListControlsAndClaimNone() {
    assertThatThrownBy(() -> new ControlMapping(java.util.Set.of(Control.nist("SC-8")), "x", "because"))
        .hasMessageContaining("not both");
  }
}

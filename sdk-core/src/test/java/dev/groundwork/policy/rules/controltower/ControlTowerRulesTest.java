package dev.groundwork.policy.rules.controltower;

import static dev.groundwork.testing.TemplateFixture.template;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyEngine;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.RulePack;
import dev.groundwork.policy.Severity;
import dev.groundwork.testing.TemplateFixture;
import dev.groundwork.policy.rules.BaselineRules;
import dev.groundwork.policy.rules.controltower.guard.GuardControl;
import dev.groundwork.policy.rules.controltower.guard.GuardPackage;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pack's rules carry AWS's metadata of the control they mirror (title, resource types,
 * compliance ids, an id derived from the guard rule's name), and the pack behaves as documented:
 * on in one line, ERROR in PROD, WARNING elsewhere.
 */
class ControlTowerRulesTest {

  static Stream<Rule> rules() {
    return ControlTowerRules.all().stream();
  }

  static GuardControl controlOf(Rule rule) {
    return GuardPackage.get().control(ControlTowerRules.controlId(rule.info()));
  }

  @Nested
  class MirroredMetadata {
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.groundwork.policy.rules.controltower.ControlTowerRulesTest#rules")
    void titleIsTheControlsOwnDisplayName(Rule rule) {
      assertThat(rule.info().title()).isEqualTo(controlOf(rule).displayName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.groundwork.policy.rules.controltower.ControlTowerRulesTest#rules")
    void resourceTypesAreTheOnesTheControlEvaluates(Rule rule) {
      assertThat(rule.info().resourceTypes()).containsExactlyInAnyOrderElementsOf(controlOf(rule).resourceTypes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.groundwork.policy.rules.controltower.ControlTowerRulesTest#rules")
    void idIsDerivedFromTheGuardRulesName(Rule rule) {
      String guardName = controlOf(rule).ruleName().replaceFirst("_check$", "");
      assertThat(rule.info().id().value()).isEqualTo("GW_CT_" + guardName.toUpperCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.groundwork.policy.rules.controltower.ControlTowerRulesTest#rules")
    void complianceIdsAreTheOnesAwsMapsTheControlTo(Rule rule) {
      GuardControl control = controlOf(rule);
      assertThat(ids(rule.info(), Control.Framework.NIST_800_53_R5))
          .containsExactlyInAnyOrderElementsOf(control.frameworkIds("NIST 800-53 Rev 5"));
      assertThat(ids(rule.info(), Control.Framework.CIS_AWS_FOUNDATIONS_1_4))
          .containsExactlyInAnyOrderElementsOf(control.frameworkIds("CIS AWS Benchmark 1.4"));
      assertThat(ids(rule.info(), Control.Framework.AWS_CONTROL_TOWER)).containsExactly(control.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.groundwork.policy.rules.controltower.ControlTowerRulesTest#rules")
    void isAWarningThatEscalatesInProd(Rule rule) {
      assertThat(rule.info().severity()).isEqualTo(Severity.WARNING);
      assertThat(rule.info().escalates()).isTrue();
    }

    @Test
    void everyControlIsMirroredOnce() {
      List<String> controls = rules().map(r -> ControlTowerRules.controlId(r.info())).toList();
      assertThat(controls).doesNotHaveDuplicates();
      assertThat(rules().map(r -> r.info().id())).doesNotHaveDuplicates();
    }

    private static List<String> ids(RuleInfo info, Control.Framework framework) {
      return info.compliance().controls().stream().filter(c -> c.framework() == framework)
          .map(Control::id).toList();
    }
  }

  @Nested
  class Pack {
    static final TemplateFixture OPEN_BUCKET =
        template().resource("Bucket", "AWS::S3::Bucket", "{'BucketName': 'open'}");

    static PolicyReport evaluate(PolicyOptions options, Tier tier) {
      return PolicyEngine.create(BaselineRules.library(), options)
          .evaluate(List.of(OPEN_BUCKET.stack("app-" + tier, tier)));
    }

    @Test
    void isOffByDefault() {
      assertThat(evaluate(PolicyOptions.defaults(), Tier.PROD).findings())
          .noneMatch(f -> f.ruleId().value().startsWith("GW_CT_"));
    }

    @Test
    void aPlatformAppTurnsItOnWithOneLineOfOptions() {
      PlatformAppProps props = PlatformAppProps.builder()
          .name("orders").team("payments").costCenter("cc-1234")
          .addEnvironments(EnvironmentProps.of("prod", "333333333333", "eu-west-1", Tier.PROD))
          .policy(PolicyOptions.builder().addPack(ControlTowerRules.pack()).build())
          .build();
      assertThat(props.policy().packsOn(List.of(BaselineRules.pack())))
          .extracting(RulePack::name).containsExactly("baseline", "control-tower");
    }

    @Test
    void oneLineTurnsOnEveryRule() {
      PolicyOptions options = PolicyOptions.builder().addPack(ControlTowerRules.pack()).build();
      Set<String> active = PolicyEngine.create(BaselineRules.library(), options).activeRules().keySet()
          .stream().map(Object::toString).collect(Collectors.toSet());
      assertThat(active).containsAll(rules().map(r -> r.info().id().value()).toList());
    }

    @Test
    void findingsAreErrorsInProdAndWarningsElsewhere() {
      PolicyOptions options = PolicyOptions.builder().addPack(ControlTowerRules.pack()).build();
      for (Tier tier : Tier.values()) {
        List<Finding> findings = evaluate(options, tier).findings().stream()
            .filter(f -> f.ruleId().value().equals("GW_CT_S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED")).toList();
        assertThat(findings).as("%s", tier).singleElement()
            .extracting(Finding::severity).isEqualTo(tier == Tier.PROD ? Severity.ERROR : Severity.WARNING);
      }
    }
  }
}

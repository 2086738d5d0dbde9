package dev.groundwork.policy.rules.controltower;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Outcome;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.rules.controltower.guard.CfnGuard;
import dev.groundwork.policy.rules.controltower.guard.GuardControl;
import dev.groundwork.policy.rules.controltower.guard.GuardPackage;
import dev.groundwork.policy.rules.controltower.guard.GuardVerdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Control Tower rule gives the verdict of AWS's own guard rule file on the control's
 * fixtures: cfn-guard (from the pinned npm package) and the Java rule each judge every fixture,
 * PASS, FAIL (on the same resources) or SKIP (not applicable), and must agree with each other
 * and with the verdict the fixture was written for. One cfn-guard run per control, over the
 * directory of its fixtures.
 */
class ControlTowerAgreementTest {

  static final Path FIXTURE_OUTPUT = Path.of("target", "controltower-fixtures");

  static Stream<Arguments> controls() {
    return ControlTowerRules.all().stream()
        .map(rule -> Arguments.of(ControlTowerRules.controlId(rule.info()), rule));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("controls")
  void javaRuleAgreesWithAwsGuardRuleOnEveryFixture(String controlId, Rule rule) {
    GuardControl control = GuardPackage.get().control(controlId);
    ControlFixtures fixtures = ControlFixtures.load(controlId, control.resourceTypes());
    Path directory = fixtures.writeTo(FIXTURE_OUTPUT.resolve(controlId));
    Map<String, GuardVerdict> guard = CfnGuard.packaged().validate(control.ruleFile(), directory).stream()
        .filter(v -> v.ruleName().equals(control.ruleName()))
        .collect(Collectors.toMap(v -> Path.of(v.template()).getFileName().toString().replace(".json", ""),
            Function.identity()));

    List<String> disagreements = new ArrayList<>();
    for (ControlFixtures.Case c : fixtures.cases()) {
      Set<String> evaluated = new TreeSet<>();
      c.template().path("Resources").fields().forEachRemaining(r -> {
        if (control.resourceTypes().contains(r.getValue().path("Type").asText())) {
          evaluated.add(r.getKey());
        }
      });
      String aws = guard.containsKey(c.name())
          ? guard.get(c.name()).restrictedTo(evaluated).summary() : "no verdict";
      String java = javaVerdict(rule, c);
      String expected = c.expect().orElse(aws);
      if (!aws.equals(java) || !aws.startsWith(expected)) {
        disagreements.add(String.format("%s: cfn-guard %s, Java %s, fixture expects %s",
            c.name(), aws, java, expected));
      }
    }
    assertThat(disagreements).as("%s (%s) against %s", controlId, rule.info().id(), control.ruleFile())
        .isEmpty();
    Set<String> expectations = fixtures.cases().stream().flatMap(c -> c.expect().stream())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(expectations).as("%s has a compliant, a non-compliant and a not-applicable fixture", controlId)
        .containsExactly("FAIL", "PASS", "SKIP");
  }

  /** The Java rule's verdict on the whole template, shaped like cfn-guard's. */
  static String javaVerdict(Rule rule, ControlFixtures.Case c) {
    StackTemplate stack = StackTemplate.of("fixture", "fixtures", Tier.PROD, c.name() + ".json", c.template());
    Set<String> failing = new TreeSet<>();
    boolean applied = false;
    for (Resource resource : stack.resources()) {
      if (!rule.info().resourceTypes().contains(resource.type())) {
        continue;
      }
      Evaluation evaluation = rule.evaluate(new RuleContext(resource, stack, Tier.PROD));
      if (evaluation.outcome() == Outcome.UNKNOWN) {
        return "UNKNOWN (" + evaluation.unknownReason() + ")";
      }
      applied |= evaluation.outcome() != Outcome.NOT_APPLICABLE;
      if (evaluation.outcome() == Outcome.NON_COMPLIANT) {
        failing.add(resource.logicalId());
      }
    }
    return !failing.isEmpty() ? "FAIL " + failing : applied ? "PASS" : "SKIP";
  }
}

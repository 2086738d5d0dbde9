package dev.groundwork.policy.rules.guardduty;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertUnknown;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;

import org.junit.jupiter.api.Test;

class GuardDutyRulesTest {
  static final String DETECTOR = "AWS::GuardDuty::Detector";
  final GuardDutyDetectorEnabled rule = new GuardDutyDetectorEnabled();

  @Test
  void passesWhenEnabled() {
    assertCompliant(evaluate(rule, DETECTOR, "{'Enable': true, 'FindingPublishingFrequency': 'FIFTEEN_MINUTES'}"));
  }

  @Test
  void failsWhenDisabled() {
    assertViolation(evaluate(rule, DETECTOR, "{'Enable': false}"), "Properties.Enable", "false");
  }

  @Test
  void failsWhenEnableIsNotSet() {
    assertViolation(evaluate(rule, DETECTOR, "{}"), "Properties.Enable", "not set");
  }

  @Test
  void unknownWhenEnableIsAParameter() {
    assertUnknown(evaluate(rule, DETECTOR, "{'Enable': {'Ref': 'On'}}"), "Properties.Enable");
  }

  @Test
  void notApplicableToOtherResources() {
    assertNotApplicableTo(rule, "AWS::EC2::Instance", "{}");
  }
}

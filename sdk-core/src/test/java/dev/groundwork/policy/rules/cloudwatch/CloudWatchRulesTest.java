package dev.groundwork.policy.rules.cloudwatch;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertUnknown;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CloudWatchRulesTest {

  @Nested
  class AlarmActions {
    final AlarmHasActions rule = new AlarmHasActions();

    @Test
    void passesWithSnsAction() {
      assertCompliant(evaluate(rule, "AWS::CloudWatch::Alarm", "{'AlarmActions': [{'Ref': 'Topic'}]}"));
    }

    @Test
    void failsWithoutActions() {
      assertViolation(evaluate(rule, "AWS::CloudWatch::Alarm", "{'MetricName': 'Errors'}"),
          "Properties.AlarmActions", "no AlarmActions");
    }

    @Test
    void failsWhenActionsDisabled() {
      assertViolation(evaluate(rule, "AWS::CloudWatch::CompositeAlarm",
          "{'AlarmActions': [{'Ref': 'Topic'}], 'ActionsEnabled': false}"), "Properties.ActionsEnabled", "false");
    }

    @Test
    void unknownWhenActionsEnabledIsParameter() {
      assertUnknown(evaluate(rule, "AWS::CloudWatch::Alarm", "{'ActionsEnabled': {'Ref': 'On'}}"));
    }

    @Test
    void notApplicableToDashboards() {
      assertNotApplicableTo(rule, "AWS::CloudWatch::Dashboard", "{}");
    }
  }
}

package dev.groundwork.policy.rules.logs;

import static dev.groundwork.policy.TemplateFixture.assertCompliant;
import static dev.groundwork.policy.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.policy.TemplateFixture.assertViolation;
import static dev.groundwork.policy.TemplateFixture.evaluate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LogsRulesTest {

  static final String GROUP = "AWS::Logs::LogGroup";

  @Nested
  class Retention {
    final LogGroupRetentionSet rule = new LogGroupRetentionSet();

    @Test
    void passesWithCdkDefaultTwoYears() {
      assertCompliant(evaluate(rule, GROUP, "{'RetentionInDays': 731}"));
    }

    @Test
    void failsWhenKeptForever() {
      assertViolation(evaluate(rule, GROUP, "{}"), "Properties.RetentionInDays", "kept forever");
    }

    @Test
    void notApplicableToLogStreams() {
      assertNotApplicableTo(rule, "AWS::Logs::LogStream", "{}");
    }
  }

  @Nested
  class Encryption {
    final LogGroupEncrypted rule = new LogGroupEncrypted();

    @Test
    void passesWithKmsKey() {
      assertCompliant(evaluate(rule, GROUP, "{'KmsKeyId': {'Fn::GetAtt': ['Key', 'Arn']}}"));
    }

    @Test
    void failsWithoutKmsKey() {
      assertViolation(evaluate(rule, GROUP, "{'RetentionInDays': 30}"), "Properties.KmsKeyId", "no KmsKeyId");
    }

    @Test
    void notApplicableToMetricFilters() {
      assertNotApplicableTo(rule, "AWS::Logs::MetricFilter", "{}");
    }
  }
}

package dev.groundwork.policy.rules.logs;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertUnknown;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;
import static dev.groundwork.testing.TemplateFixture.template;

import dev.groundwork.core.Tier;
import dev.groundwork.policy.Evaluation;
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
  class RetentionTierMinimum {
    final LogGroupRetentionTierMinimum rule = new LogGroupRetentionTierMinimum();

    Evaluation inTier(String properties, Tier tier) {
      return template().resource("G", GROUP, properties).evaluate(rule, "G", tier);
    }

    @Test
    void passesWhenProdKeepsLogsOneYear() {
      assertCompliant(inTier("{'RetentionInDays': 365}", Tier.PROD));
    }

    @Test
    void failsWhenProdKeepsLogsOnlyNinetyDays() {
      assertViolation(inTier("{'RetentionInDays': 90}", Tier.PROD), "Properties.RetentionInDays",
          "90 days, below the PROD minimum of 365 days");
    }

    @Test
    void failsWhenStagingKeepsLogsOneMonth() {
      assertViolation(inTier("{'RetentionInDays': 30}", Tier.STAGING), "Properties.RetentionInDays",
          "below the STAGING minimum of 90 days");
    }

    @Test
    void passesWhenDevKeepsLogsThirtyDays() {
      assertCompliant(inTier("{'RetentionInDays': 30}", Tier.DEV));
    }

    @Test
    void failsWhenDevKeepsLogsOneWeek() {
      assertViolation(inTier("{'RetentionInDays': '7'}", Tier.DEV), "Properties.RetentionInDays",
          "below the DEV minimum of 30 days");
    }

    @Test
    void passesWhenRetentionIsUnsetBecauseLogsAreKeptForever() {
      assertCompliant(inTier("{}", Tier.PROD));
    }

    @Test
    void unknownWhenRetentionIsAParameter() {
      assertUnknown(inTier("{'RetentionInDays': {'Ref': 'Days'}}", Tier.PROD), "Properties.RetentionInDays");
    }

    @Test
    void notApplicableToLogStreams() {
      assertNotApplicableTo(rule, "AWS::Logs::LogStream", "{'RetentionInDays': 1}");
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

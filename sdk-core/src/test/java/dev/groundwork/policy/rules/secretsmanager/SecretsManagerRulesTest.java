package dev.groundwork.policy.rules.secretsmanager;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;
import static dev.groundwork.testing.TemplateFixture.template;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SecretsManagerRulesTest {

  static final String SECRET = "AWS::SecretsManager::Secret";

  @Nested
  class CustomerManagedKey {
    final SecretUsesCustomerManagedKey rule = new SecretUsesCustomerManagedKey();

    @Test
    void passesWithKeyReference() {
      assertCompliant(evaluate(rule, SECRET, "{'KmsKeyId': {'Fn::GetAtt': ['Key', 'Arn']}}"));
    }

    @Test
    void failsWithoutKey() {
      assertViolation(evaluate(rule, SECRET, "{}"), "Properties.KmsKeyId", "AWS managed key");
    }

    @Test
    void failsWithAwsManagedAlias() {
      assertViolation(evaluate(rule, SECRET, "{'KmsKeyId': 'alias/aws/secretsmanager'}"),
          "Properties.KmsKeyId", "AWS managed key");
    }

    @Test
    void notApplicableToSsmParameters() {
      assertNotApplicableTo(rule, "AWS::SSM::Parameter", "{}");
    }
  }

  @Nested
  class Rotation {
    final SecretRotationEnabled rule = new SecretRotationEnabled();

    @Test
    void passesWhenRotationScheduleReferencesSecret() {
      assertCompliant(template().resource("S", SECRET, "{}")
          .resource("Rot", "AWS::SecretsManager::RotationSchedule", "{'SecretId': {'Ref': 'S'}}")
          .evaluate(rule, "S"));
    }

    @Test
    void failsWithoutRotationSchedule() {
      assertViolation(evaluate(rule, SECRET, "{}"), "Properties", "RotationSchedule");
    }

    @Test
    void notApplicableToRotationSchedules() {
      assertNotApplicableTo(rule, "AWS::SecretsManager::RotationSchedule", "{}");
    }
  }
}

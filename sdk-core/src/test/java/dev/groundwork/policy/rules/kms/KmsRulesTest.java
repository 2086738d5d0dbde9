package dev.groundwork.policy.rules.kms;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicable;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertUnknown;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KmsRulesTest {

  static final String KEY = "AWS::KMS::Key";

  @Nested
  class Rotation {
    final KmsKeyRotationEnabled rule = new KmsKeyRotationEnabled();

    @Test
    void passesWhenRotationEnabled() {
      assertCompliant(evaluate(rule, KEY, "{'EnableKeyRotation': true}"));
    }

    @Test
    void failsWhenRotationNotSet() {
      assertViolation(evaluate(rule, KEY, "{}"), "Properties.EnableKeyRotation", "not set");
    }

    @Test
    void notApplicableToAsymmetricKeys() {
      assertNotApplicable(evaluate(rule, KEY, "{'KeySpec': 'RSA_2048', 'KeyUsage': 'SIGN_VERIFY'}"));
    }

    @Test
    void unknownWhenRotationIsParameter() {
      assertUnknown(evaluate(rule, KEY, "{'EnableKeyRotation': {'Ref': 'Rotate'}}"));
    }
  }

  @Nested
  class WildcardPrincipal {
    final KmsKeyPolicyNoWildcardPrincipal rule = new KmsKeyPolicyNoWildcardPrincipal();

    @Test
    void passesWithCdkDefaultAccountRootPolicy() {
      assertCompliant(evaluate(rule, KEY, "{'KeyPolicy': {'Statement': [{'Effect': 'Allow', 'Action': 'kms:*',"
          + " 'Principal': {'AWS': {'Fn::Join': ['', ['arn:', {'Ref': 'AWS::Partition'}, ':iam::1:root']]}},"
          + " 'Resource': '*'}]}}"));
    }

    @Test
    void failsWhenPolicyAllowsEveryone() {
      assertViolation(evaluate(rule, KEY, "{'KeyPolicy': {'Statement': [{'Effect': 'Allow',"
          + " 'Action': 'kms:Decrypt', 'Principal': {'AWS': '*'}, 'Resource': '*'}]}}"),
          "Properties.KeyPolicy.Statement[0].Principal", "Principal \"*\"");
    }

    @Test
    void passesWhenWildcardIsLimitedByCondition() {
      assertCompliant(evaluate(rule, KEY, "{'KeyPolicy': {'Statement': [{'Effect': 'Allow', 'Action': 'kms:Decrypt',"
          + " 'Principal': '*', 'Resource': '*', 'Condition': {'StringEquals': {'aws:PrincipalOrgID': 'o-1'}}}]}}"));
    }

    @Test
    void unknownWhenKeyPolicyIsImported() {
      assertUnknown(evaluate(rule, KEY, "{'KeyPolicy': {'Fn::ImportValue': 'policy'}}"));
    }

    @Test
    void notApplicableToAliases() {
      assertNotApplicableTo(rule, "AWS::KMS::Alias", "{}");
    }
  }
}

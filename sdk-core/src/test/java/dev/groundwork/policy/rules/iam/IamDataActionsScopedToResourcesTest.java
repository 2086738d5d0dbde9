package dev.groundwork.policy.rules.iam;

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

class IamDataActionsScopedToResourcesTest {
  final IamDataActionsScopedToResources rule = new IamDataActionsScopedToResources();

  /** The statement CDK Pipelines writes for a key in another region, before Groundwork narrows it. */
  static final String CROSS_REGION_KEY_GRANT = "{'PolicyDocument': {'Statement': [{'Effect': 'Allow', "
      + "'Action': ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey*'], "
      + "'Resource': ['*', {'Fn::GetAtt': ['DataKey', 'Arn']}]}]}, 'Roles': [{'Ref': 'PipelineRole'}]}";

  /** ECS Exec's grant in a task role: the channel actions accept no resource. */
  static final String ECS_EXEC_GRANT = "{'PolicyDocument': {'Statement': [{'Effect': 'Allow', "
      + "'Action': ['ssmmessages:CreateControlChannel', 'ssmmessages:CreateDataChannel', "
      + "'ssmmessages:OpenControlChannel', 'ssmmessages:OpenDataChannel'], 'Resource': '*'}]}}";

  Evaluation inTier(String type, String properties, Tier tier) {
    return template().resource("R", type, properties).evaluate(rule, "R", tier);
  }

  @Nested
  class Fails {
    @Test
    void failsWhenAPolicyAllowsKmsActionsOnEveryKey() {
      assertViolation(evaluate(rule, "AWS::IAM::Policy", CROSS_REGION_KEY_GRANT),
          "Properties.PolicyDocument.Statement[0]", "kms:Decrypt, kms:Encrypt, kms:GenerateDataKey* on Resource \"*\"");
    }

    @Test
    void failsWhenAnInlineRolePolicyReadsEverySecret() {
      assertViolation(evaluate(rule, "AWS::IAM::Role", "{'Policies': [{'PolicyName': 'p', 'PolicyDocument': "
              + "{'Statement': {'Effect': 'Allow', 'Action': 'secretsmanager:GetSecretValue', 'Resource': '*'}}}]}"),
          "Properties.Policies[0].PolicyDocument.Statement[0]", "secretsmanager:GetSecretValue");
    }

    @Test
    void failsWhenAManagedPolicyListsEveryBucketsObjects() {
      assertViolation(evaluate(rule, "AWS::IAM::ManagedPolicy", "{'PolicyDocument': {'Statement': "
              + "[{'Effect': 'Allow', 'Action': ['s3:ListBucket', 'cloudformation:DescribeStacks'], 'Resource': '*'}]}}"),
          "Properties.PolicyDocument.Statement[0]", "allows s3:ListBucket on");
    }

    @Test
    void failsForAWildcardEvenIfItIncludesListingsThatTakeOnlyStar() {
      assertViolation(evaluate(rule, "AWS::IAM::User", "{'Policies': [{'PolicyName': 'p', 'PolicyDocument': "
              + "{'Statement': [{'Effect': 'Allow', 'Action': 'S3:List*', 'Resource': '*'}]}}]}"),
          "Properties.Policies[0].PolicyDocument.Statement[0]", "S3:List*");
    }

    @Test
    void failsForNotResource() {
      assertViolation(evaluate(rule, "AWS::IAM::Group", "{'Policies': [{'PolicyName': 'p', 'PolicyDocument': "
              + "{'Statement': [{'Effect': 'Allow', 'Action': 'kms:Decrypt', 'NotResource': 'arn:aws:kms:eu-west-1:1:key/a'}]}}]}"),
          "Properties.Policies[0].PolicyDocument.Statement[0]", "NotResource");
    }

    @Test
    void failsForNotActionThatLeavesTheServicesIn() {
      assertViolation(evaluate(rule, "AWS::IAM::Policy", "{'PolicyDocument': {'Statement': "
              + "[{'Effect': 'Allow', 'NotAction': ['iam:*', 's3:*'], 'Resource': '*'}]}}"),
          "Properties.PolicyDocument.Statement[0]", "every kms action but those of NotAction");
    }

    @Test
    void failsForEcsExecChannelsOutsideDev() {
      assertViolation(inTier("AWS::IAM::Policy", ECS_EXEC_GRANT, Tier.STAGING),
          "Properties.PolicyDocument.Statement[0]", "ssmmessages:CreateControlChannel");
      assertViolation(inTier("AWS::IAM::Policy", ECS_EXEC_GRANT, Tier.PROD),
          "Properties.PolicyDocument.Statement[0]", "ssmmessages:OpenDataChannel");
    }
  }

  @Nested
  class Passes {
    @Test
    void passesForKeysNamedByArn() {
      assertCompliant(evaluate(rule, "AWS::IAM::Policy", "{'PolicyDocument': {'Statement': [{'Effect': 'Allow', "
          + "'Action': 'kms:Decrypt', 'Resource': {'Fn::GetAtt': ['DataKey', 'Arn']}}]}}"));
    }

    @Test
    void passesForTheAccountWideListingsThatAcceptOnlyStar() {
      assertCompliant(evaluate(rule, "AWS::IAM::Policy", "{'PolicyDocument': {'Statement': [{'Effect': 'Allow', "
          + "'Action': ['s3:ListAllMyBuckets', 'kms:ListAliases', 'secretsmanager:GetRandomPassword', 'xray:PutTraceSegments'], "
          + "'Resource': '*'}]}}"));
    }

    @Test
    void passesForEcsExecChannelsInDev() {
      assertCompliant(inTier("AWS::IAM::Policy", ECS_EXEC_GRANT, Tier.DEV));
    }

    /** Limited to another account, "*" still reaches every bucket and key of that account: name them. */
    @Test
    void failsForAGrantLimitedOnlyToAnotherAccountsResources() {
      assertViolation(evaluate(rule, "AWS::IAM::Policy", "{'PolicyDocument': {'Statement': [{'Effect': 'Allow', "
              + "'Action': ['s3:GetObject*', 'kms:Decrypt'], 'Resource': '*', "
              + "'Condition': {'StringEquals': {'aws:ResourceAccount': '444444444444'}}}]}}"),
          "Properties.PolicyDocument.Statement[0]", "s3:GetObject*");
    }

    @Test
    void failsWhenTheAccountConditionIsTheStacksOwn() {
      assertViolation(evaluate(rule, "AWS::IAM::Policy", "{'PolicyDocument': {'Statement': [{'Effect': 'Allow', "
              + "'Action': 's3:GetObject', 'Resource': '*', "
              + "'Condition': {'StringEquals': {'aws:ResourceAccount': {'Ref': 'AWS::AccountId'}}}}]}}"),
          "Properties.PolicyDocument.Statement[0]", "s3:GetObject");
    }

    @Test
    void passesForADenyOnStar() {
      assertCompliant(evaluate(rule, "AWS::IAM::ManagedPolicy", "{'PolicyDocument': {'Statement': "
          + "[{'Effect': 'Deny', 'Action': 's3:*', 'Resource': '*'}]}}"));
    }

    @Test
    void passesForOtherServicesOnStar() {
      assertCompliant(evaluate(rule, "AWS::IAM::Role", "{'Policies': [{'PolicyName': 'p', 'PolicyDocument': "
          + "{'Statement': [{'Effect': 'Allow', 'Action': ['ec2:DescribeSubnets', 'logs:DescribeLogGroups'], 'Resource': '*'}]}}]}"));
    }
  }

  @Nested
  class NotApplicable {
    /** In a key policy "*" is the key itself: the key policy CDK writes for every key. */
    @Test
    void notApplicableToKeyPolicies() {
      assertNotApplicableTo(rule, "AWS::KMS::Key", "{'KeyPolicy': {'Statement': [{'Effect': 'Allow', "
          + "'Principal': {'AWS': 'arn:aws:iam::111111111111:root'}, 'Action': 'kms:*', 'Resource': '*'}]}}");
    }

    @Test
    void notApplicableToSecretResourcePolicies() {
      assertNotApplicableTo(rule, "AWS::SecretsManager::ResourcePolicy", "{'ResourcePolicy': {'Statement': "
          + "[{'Effect': 'Allow', 'Principal': {'AWS': 'arn:aws:iam::111111111111:root'}, "
          + "'Action': 'secretsmanager:GetSecretValue', 'Resource': '*'}]}}");
    }
  }

  @Nested
  class Unknown {
    @Test
    void unknownWhenTheDocumentIsConditional() {
      assertUnknown(evaluate(rule, "AWS::IAM::Policy", "{'PolicyDocument': {'Fn::If': ['IsProd', {}, {}]}}"),
          "Properties.PolicyDocument");
    }

    @Test
    void unknownWhenInlinePoliciesAreAnIntrinsic() {
      assertUnknown(evaluate(rule, "AWS::IAM::Role", "{'Policies': {'Fn::If': ['IsProd', [], []]}}"),
          "Properties.Policies");
    }
  }
}

package dev.groundwork.policy.rules.iam;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertUnknown;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IamRulesTest {

  static final String CDK_LAMBDA_ROLE = "{'AssumeRolePolicyDocument': {'Statement': [{'Action': "
      + "'sts:AssumeRole', 'Effect': 'Allow', 'Principal': {'Service': 'lambda.amazonaws.com'}}]},"
      + " 'ManagedPolicyArns': [{'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/service-role/"
      + "AWSLambdaBasicExecutionRole'}]}";

  @Nested
  class NoFullAdmin {
    final IamPolicyNoFullAdmin rule = new IamPolicyNoFullAdmin();

    @Test
    void failsWhenInlinePoliciesAreOneObjectInsteadOfAListThatAllowsEverything() {
      assertViolation(evaluate(rule, "AWS::IAM::Role", "{'Policies': {'PolicyName': 'p', 'PolicyDocument': "
          + "{'Statement': [{'Effect': 'Allow', 'Action': '*', 'Resource': '*'}]}}}"),
          "Properties.Policies[0].PolicyDocument.Statement[0]", "allows Action \"*\" on Resource \"*\"");
    }

    @Test
    void unknownWhenInlinePoliciesAreAnIntrinsic() {
      assertUnknown(evaluate(rule, "AWS::IAM::Role", "{'Policies': {'Fn::If': ['C', [], []]}}"),
          "Properties.Policies");
    }

    @Test
    void passesWithScopedStatement() {
      assertCompliant(evaluate(rule, "AWS::IAM::Policy", "{'PolicyDocument': {'Statement': [{'Effect': "
          + "'Allow', 'Action': ['s3:GetObject'], 'Resource': '*'}]}}"));
    }

    @Test
    void passesWithCdkCustomResourceRole() {
      assertCompliant(evaluate(rule, "AWS::IAM::Role", CDK_LAMBDA_ROLE));
    }

    @Test
    void failsWhenInlineRolePolicyAllowsStarOnStar() {
      assertViolation(evaluate(rule, "AWS::IAM::Role", "{'Policies': [{'PolicyName': 'p', 'PolicyDocument':"
              + " {'Statement': {'Effect': 'Allow', 'Action': '*', 'Resource': ['*']}}}]}"),
          "Properties.Policies[0].PolicyDocument.Statement[0]", "Action \"*\" on Resource \"*\"");
    }

    @Test
    void unknownWhenDocumentIsConditional() {
      assertUnknown(evaluate(rule, "AWS::IAM::ManagedPolicy", "{'PolicyDocument': {'Fn::If': ['C', {}, {}]}}"));
    }

    @Test
    void notApplicableToInstanceProfiles() {
      assertNotApplicableTo(rule, "AWS::IAM::InstanceProfile", "{}");
    }
  }

  @Nested
  class NoAdministratorAccess {
    final IamNoAdministratorAccess rule = new IamNoAdministratorAccess();

    @Test
    void unknownWhenManagedPolicyArnsAreAnIntrinsicInsteadOfAList() {
      assertUnknown(evaluate(rule, "AWS::IAM::Role", "{'ManagedPolicyArns': {'Fn::If': ['IsProd', ['a'], ['b']]}}"),
          "Properties.ManagedPolicyArns");
    }

    @Test
    void passesWithCdkCustomResourceRole() {
      assertCompliant(evaluate(rule, "AWS::IAM::Role", CDK_LAMBDA_ROLE));
    }

    @Test
    void failsWhenAdministratorAccessAttached() {
      assertViolation(evaluate(rule, "AWS::IAM::Role", "{'ManagedPolicyArns': [{'Fn::Join': ['', ['arn:',"
              + " {'Ref': 'AWS::Partition'}, ':iam::aws:policy/AdministratorAccess']]}]}"),
          "Properties.ManagedPolicyArns[0]", "AdministratorAccess");
    }

    @Test
    void unknownWhenArnIsParameter() {
      assertUnknown(evaluate(rule, "AWS::IAM::User", "{'ManagedPolicyArns': [{'Ref': 'PolicyArn'}]}"));
    }

    @Test
    void notApplicableToManagedPolicies() {
      assertNotApplicableTo(rule, "AWS::IAM::ManagedPolicy", "{}");
    }
  }

  @Nested
  class UserInlinePolicies {
    final IamUserNoInlinePolicies rule = new IamUserNoInlinePolicies();

    @Test
    void passesForUserInGroups() {
      assertCompliant(evaluate(rule, "AWS::IAM::User", "{'Groups': ['developers']}"));
    }

    @Test
    void failsWhenUserHasInlinePolicy() {
      assertViolation(evaluate(rule, "AWS::IAM::User", "{'Policies': [{'PolicyName': 'p', 'PolicyDocument': {}}]}"),
          "Properties.Policies", "1 inline policy");
    }

    @Test
    void failsWhenPolicyAttachedToUser() {
      assertViolation(evaluate(rule, "AWS::IAM::Policy", "{'Users': [{'Ref': 'U'}], 'PolicyDocument': {}}"),
          "Properties.Users", "attached to 1 user");
    }

    @Test
    void passesForPolicyAttachedToRole() {
      assertCompliant(evaluate(rule, "AWS::IAM::Policy", "{'Roles': [{'Ref': 'R'}], 'PolicyDocument': {}}"));
    }

    @Test
    void notApplicableToRoles() {
      assertNotApplicableTo(rule, "AWS::IAM::Role", "{'Policies': [{}]}");
    }
  }
}

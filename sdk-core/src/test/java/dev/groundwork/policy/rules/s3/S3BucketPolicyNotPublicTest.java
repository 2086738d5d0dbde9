package dev.groundwork.policy.rules.s3;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertUnknown;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;

import dev.groundwork.policy.Evaluation;
import org.junit.jupiter.api.Test;

class S3BucketPolicyNotPublicTest {

  static final String POLICY = "AWS::S3::BucketPolicy";
  final S3BucketPolicyNotPublic rule = new S3BucketPolicyNotPublic();

  Evaluation withStatement(String statement) {
    return evaluate(rule, POLICY, "{'Bucket': {'Ref': 'B'}, 'PolicyDocument': {'Statement': [" + statement + "]}}");
  }

  @Test
  void passesWhenOnlyTheLogDeliveryServiceMayWrite() {
    assertCompliant(withStatement("{'Effect': 'Allow', 'Principal': {'Service': 'logging.s3.amazonaws.com'},"
        + " 'Action': 's3:PutObject', 'Resource': 'arn:aws:s3:::b/*'}"));
  }

  @Test
  void passesWhenTheWildcardStatementDeniesInsecureTransport() {
    assertCompliant(withStatement("{'Effect': 'Deny', 'Principal': {'AWS': '*'}, 'Action': 's3:*',"
        + " 'Condition': {'Bool': {'aws:SecureTransport': 'false'}}}"));
  }

  @Test
  void failsWhenEveryoneMayReadObjects() {
    assertViolation(withStatement("{'Effect': 'Allow', 'Principal': '*', 'Action': 's3:GetObject'}"),
        "Properties.PolicyDocument.Statement[0].Principal", "grants public read");
  }

  @Test
  void failsWhenEveryoneMayWriteObjects() {
    assertViolation(withStatement("{'Effect': 'Allow', 'Principal': {'AWS': ['*']}, 'Action': ['s3:PutObject']}"),
        "Properties.PolicyDocument.Statement[0].Principal", "grants public write");
  }

  @Test
  void failsWhenEveryoneMayDoAnything() {
    assertViolation(withStatement("{'Effect': 'Allow', 'Principal': '*', 'Action': 's3:*'}"),
        "Properties.PolicyDocument.Statement[0].Principal", "read and write");
  }

  @Test
  void failsWhenNotPrincipalAllowsEveryoneElse() {
    assertViolation(withStatement("{'Effect': 'Allow', 'NotPrincipal': {'AWS': 'arn:aws:iam::1:root'},"
        + " 'Action': 's3:GetObject'}"), "Properties.PolicyDocument.Statement[0].Principal", "public read");
  }

  @Test
  void failsWhenTheOnlyConditionIsTlsWhichDoesNotLimitTheCaller() {
    assertViolation(withStatement("{'Effect': 'Allow', 'Principal': '*', 'Action': 's3:GetObject',"
        + " 'Condition': {'Bool': {'aws:SecureTransport': 'true'}}}"),
        "Properties.PolicyDocument.Statement[0].Principal", "public read");
  }

  @Test
  void passesWhenAConditionLimitsCallersToTheOrganisation() {
    assertCompliant(withStatement("{'Effect': 'Allow', 'Principal': '*', 'Action': 's3:GetObject',"
        + " 'Condition': {'StringEquals': {'aws:PrincipalOrgID': 'o-abc'}}}"));
  }

  @Test
  void passesWhenAConditionLimitsCallersToAVpcEndpoint() {
    assertCompliant(withStatement("{'Effect': 'Allow', 'Principal': '*', 'Action': 's3:GetObject',"
        + " 'Condition': {'StringEquals': {'aws:SourceVpce': 'vpce-1'}}}"));
  }

  @Test
  void unknownWhenTheActionIsAToken() {
    assertUnknown(withStatement("{'Effect': 'Allow', 'Principal': '*', 'Action': [{'Ref': 'Action'}]}"),
        "Properties.PolicyDocument.Statement[0].Action");
  }

  @Test
  void unknownWhenThePolicyDocumentIsAToken() {
    assertUnknown(evaluate(rule, POLICY, "{'Bucket': 'b', 'PolicyDocument': {'Fn::If': ['C', {}, {}]}}"),
        "Properties.PolicyDocument");
  }

  @Test
  void notApplicableToBuckets() {
    assertNotApplicableTo(rule, "AWS::S3::Bucket", "{}");
  }
}

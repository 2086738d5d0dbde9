package dev.groundwork.policy.rules.s3;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicable;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertUnknown;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;
import static dev.groundwork.testing.TemplateFixture.template;

import dev.groundwork.testing.TemplateFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class S3RulesTest {

  static final String BUCKET = "AWS::S3::Bucket";
  static final String TLS_POLICY = "{'PolicyDocument': {'Statement': [{'Effect': 'Deny', "
      + "'Action': 's3:*', 'Principal': {'AWS': '*'}, "
      + "'Condition': {'Bool': {'aws:SecureTransport': 'false'}}}]}, 'Bucket': {'Ref': 'B'}}";

  @Nested
  class Encryption {
    final S3BucketRequiresEncryption rule = new S3BucketRequiresEncryption();

    @Test
    void passesWhenKmsEncryptionConfigured() {
      assertCompliant(evaluate(rule, BUCKET, "{'BucketEncryption': {'ServerSideEncryptionConfiguration':"
          + " [{'ServerSideEncryptionByDefault': {'SSEAlgorithm': 'aws:kms'}}]}}"));
    }

    @Test
    void failsWhenBucketEncryptionMissing() {
      assertViolation(evaluate(rule, BUCKET, "{}"), "Properties.BucketEncryption", "no BucketEncryption");
    }

    @Test
    void unknownWhenEncryptionComesFromCondition() {
      assertUnknown(evaluate(rule, BUCKET, "{'BucketEncryption': {'Fn::If': ['C', {}, {}]}}"));
    }

    @Test
    void notApplicableToQueues() {
      assertNotApplicableTo(rule, "AWS::SQS::Queue", "{}");
    }
  }

  @Nested
  class PublicAccess {
    final S3BucketBlocksPublicAccess rule = new S3BucketBlocksPublicAccess();

    @Test
    void passesWhenAllFourFlagsTrue() {
      assertCompliant(evaluate(rule, BUCKET, "{'PublicAccessBlockConfiguration': {'BlockPublicAcls': true,"
          + " 'BlockPublicPolicy': true, 'IgnorePublicAcls': true, 'RestrictPublicBuckets': true}}"));
    }

    @Test
    void failsWhenBlockPublicPolicyFalse() {
      assertViolation(evaluate(rule, BUCKET, "{'PublicAccessBlockConfiguration': {'BlockPublicAcls': true,"
              + " 'BlockPublicPolicy': false, 'IgnorePublicAcls': true, 'RestrictPublicBuckets': true}}"),
          "Properties.PublicAccessBlockConfiguration.BlockPublicPolicy", "false");
    }

    @Test
    void failsWhenConfigurationMissing() {
      assertViolation(evaluate(rule, BUCKET, "{}"), "Properties.PublicAccessBlockConfiguration", "no Public");
    }

    @Test
    void unknownWhenFlagIsParameter() {
      assertUnknown(evaluate(rule, BUCKET, "{'PublicAccessBlockConfiguration': {'BlockPublicAcls': true,"
          + " 'BlockPublicPolicy': {'Ref': 'P'}, 'IgnorePublicAcls': true, 'RestrictPublicBuckets': true}}"));
    }

    @Test
    void notApplicableToTopics() {
      assertNotApplicableTo(rule, "AWS::SNS::Topic", "{}");
    }
  }

  @Nested
  class Tls {
    final S3BucketRequiresTls rule = new S3BucketRequiresTls();

    @Test
    void passesWhenBucketPolicyDeniesInsecureTransport() {
      assertCompliant(template().resource("B", BUCKET, "{}")
          .resource("P", "AWS::S3::BucketPolicy", TLS_POLICY).evaluate(rule, "B"));
    }

    @Test
    void failsWhenPolicyAllowsHttp() {
      TemplateFixture t = template().resource("B", BUCKET, "{}").resource("P", "AWS::S3::BucketPolicy",
          "{'Bucket': {'Ref': 'B'}, 'PolicyDocument': {'Statement': {'Effect': 'Allow', "
              + "'Action': 's3:GetObject', 'Principal': {'AWS': 'arn:aws:iam::1:root'}}}}");
      assertViolation(t.evaluate(rule, "B"), "Properties", "aws:SecureTransport");
    }

    @Test
    void failsWhenTlsPolicyIsOnAnotherBucket() {
      TemplateFixture t = template().resource("B", BUCKET, "{}").resource("Other", BUCKET, "{}")
          .resource("P", "AWS::S3::BucketPolicy", TLS_POLICY.replace("'B'", "'Other'"));
      assertViolation(t.evaluate(rule, "B"), "Properties", "no AWS::S3::BucketPolicy");
    }

    @Test
    void unknownWhenPolicyDocumentIsImported() {
      assertUnknown(template().resource("B", BUCKET, "{}").resource("P", "AWS::S3::BucketPolicy",
          "{'Bucket': {'Ref': 'B'}, 'PolicyDocument': {'Fn::ImportValue': 'x'}}").evaluate(rule, "B"));
    }

    @Test
    void notApplicableToBucketPolicies() {
      assertNotApplicableTo(rule, "AWS::S3::BucketPolicy", "{}");
    }
  }

  @Nested
  class Versioning {
    final S3BucketVersioningEnabled rule = new S3BucketVersioningEnabled();

    @Test
    void passesWhenVersioningEnabled() {
      assertCompliant(evaluate(rule, BUCKET, "{'VersioningConfiguration': {'Status': 'Enabled'}}"));
    }

    @Test
    void failsWhenVersioningSuspended() {
      assertViolation(evaluate(rule, BUCKET, "{'VersioningConfiguration': {'Status': 'Suspended'}}"),
          "Properties.VersioningConfiguration.Status", "Suspended");
    }

    @Test
    void failsWhenVersioningNotSet() {
      assertViolation(evaluate(rule, BUCKET, "{}"), "Properties.VersioningConfiguration.Status", "not set");
    }

    @Test
    void unknownWhenStatusIsConditional() {
      assertUnknown(evaluate(rule, BUCKET, "{'VersioningConfiguration': {'Status': {'Fn::If': ['C', 'Enabled', 'Suspended']}}}"));
    }

    @Test
    void notApplicableToKeys() {
      assertNotApplicableTo(rule, "AWS::KMS::Key", "{}");
    }
  }

  @Nested
  class AccessLogs {
    final S3BucketAccessLogsEnabled rule = new S3BucketAccessLogsEnabled();

    @Test
    void passesWhenLoggingConfigured() {
      assertCompliant(template().resource("Logs", BUCKET, "{}")
          .resource("B", BUCKET, "{'LoggingConfiguration': {'DestinationBucketName': {'Ref': 'Logs'}}}")
          .evaluate(rule, "B"));
    }

    @Test
    void failsWhenNoLoggingConfiguration() {
      assertViolation(evaluate(rule, BUCKET, "{}"), "Properties.LoggingConfiguration", "no LoggingConfiguration");
    }

    @Test
    void notApplicableToTheBucketReceivingLogs() {
      assertNotApplicable(template().resource("Logs", BUCKET, "{}")
          .resource("B", BUCKET, "{'LoggingConfiguration': {'DestinationBucketName': {'Ref': 'Logs'}}}")
          .evaluate(rule, "Logs"));
    }

    @Test
    void notApplicableToTheBucketReceivingLoadBalancerLogs() {
      assertNotApplicable(template().resource("AlbLogs", BUCKET, "{}")
          .resource("Alb", "AWS::ElasticLoadBalancingV2::LoadBalancer", "{'LoadBalancerAttributes': ["
              + "{'Key': 'access_logs.s3.enabled', 'Value': 'true'},"
              + "{'Key': 'access_logs.s3.bucket', 'Value': {'Ref': 'AlbLogs'}}]}")
          .evaluate(rule, "AlbLogs"));
    }

    @Test
    void failsForABucketALoadBalancerDoesNotLogTo() {
      assertViolation(template().resource("Other", BUCKET, "{}")
          .resource("Alb", "AWS::ElasticLoadBalancingV2::LoadBalancer", "{'LoadBalancerAttributes': ["
              + "{'Key': 'deletion_protection.enabled', 'Value': 'true'}]}")
          .evaluate(rule, "Other"), "Properties.LoggingConfiguration", "no LoggingConfiguration");
    }
  }
}

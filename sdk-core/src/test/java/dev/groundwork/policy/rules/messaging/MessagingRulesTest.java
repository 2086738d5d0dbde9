package dev.groundwork.policy.rules.messaging;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicable;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertUnknown;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;
import static dev.groundwork.testing.TemplateFixture.template;

import dev.groundwork.policy.Evaluation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MessagingRulesTest {

  static final String TOPIC = "AWS::SNS::Topic";
  static final String QUEUE = "AWS::SQS::Queue";

  static String denyInsecure(String action) {
    return "{'Statement': [{'Effect': 'Deny', 'Action': '" + action + "', 'Principal': '*',"
        + " 'Condition': {'Bool': {'aws:SecureTransport': false}}}]}";
  }

  @Nested
  class TopicEncrypted {
    final SnsTopicEncrypted rule = new SnsTopicEncrypted();

    @Test
    void passesWithKmsKey() {
      assertCompliant(evaluate(rule, TOPIC, "{'KmsMasterKeyId': {'Fn::GetAtt': ['Key', 'Arn']}}"));
    }

    @Test
    void failsWithoutKmsKey() {
      assertViolation(evaluate(rule, TOPIC, "{}"), "Properties.KmsMasterKeyId", "no KmsMasterKeyId");
    }

    @Test
    void notApplicableToSubscriptions() {
      assertNotApplicableTo(rule, "AWS::SNS::Subscription", "{}");
    }
  }

  @Nested
  class TopicTls {
    final SnsTopicRequiresTls rule = new SnsTopicRequiresTls();

    @Test
    void passesWithTopicPolicyDenyingInsecureTransport() {
      assertCompliant(template().resource("T", TOPIC, "{}").resource("P", "AWS::SNS::TopicPolicy",
          "{'Topics': [{'Ref': 'T'}], 'PolicyDocument': " + denyInsecure("sns:Publish").replace("sns:Publish", "sns:*") + "}")
          .evaluate(rule, "T"));
    }

    @Test
    void passesWithCdksEnforceSslPolicyDenyingInsecurePublish() {
      assertCompliant(template().resource("T", TOPIC, "{}").resource("P", "AWS::SNS::TopicPolicy",
          "{'Topics': [{'Ref': 'T'}], 'PolicyDocument': " + denyInsecure("sns:Publish") + "}")
          .evaluate(rule, "T"));
    }

    @Test
    void failsWhenTheInsecureDenyCoversOnlyAnotherAction() {
      assertViolation(template().resource("T", TOPIC, "{}").resource("P", "AWS::SNS::TopicPolicy",
          "{'Topics': [{'Ref': 'T'}], 'PolicyDocument': " + denyInsecure("sns:Subscribe") + "}")
          .evaluate(rule, "T"), "Properties", "aws:SecureTransport");
    }

    @Test
    void failsWithoutTopicPolicy() {
      assertViolation(evaluate(rule, TOPIC, "{}"), "Properties", "aws:SecureTransport");
    }

    @Test
    void unknownWhenPolicyDocumentIsImported() {
      assertUnknown(template().resource("T", TOPIC, "{}").resource("P", "AWS::SNS::TopicPolicy",
          "{'Topics': [{'Ref': 'T'}], 'PolicyDocument': {'Fn::ImportValue': 'doc'}}").evaluate(rule, "T"));
    }

    @Test
    void notApplicableToQueues() {
      assertNotApplicableTo(rule, QUEUE, "{}");
    }
  }

  @Nested
  class QueueEncrypted {
    final SqsQueueEncrypted rule = new SqsQueueEncrypted();

    @Test
    void passesWithSqsManagedDefault() {
      assertCompliant(evaluate(rule, QUEUE, "{}"));
    }

    @Test
    void failsWhenEncryptionTurnedOff() {
      assertViolation(evaluate(rule, QUEUE, "{'SqsManagedSseEnabled': false}"),
          "Properties.SqsManagedSseEnabled", "unencrypted");
    }

    @Test
    void unknownWhenManagedSseIsParameter() {
      assertUnknown(evaluate(rule, QUEUE, "{'SqsManagedSseEnabled': {'Ref': 'Sse'}}"));
    }

    @Test
    void notApplicableToTopics() {
      assertNotApplicableTo(rule, TOPIC, "{}");
    }
  }

  @Nested
  class QueueTls {
    final SqsQueueRequiresTls rule = new SqsQueueRequiresTls();

    @Test
    void passesWithQueuePolicyFromEnforceSsl() {
      assertCompliant(template().resource("Q", QUEUE, "{}").resource("P", "AWS::SQS::QueuePolicy",
          "{'Queues': [{'Ref': 'Q'}], 'PolicyDocument': " + denyInsecure("sqs:*") + "}").evaluate(rule, "Q"));
    }

    @Test
    void failsWhenQueuePolicyOnlyAllows() {
      assertViolation(template().resource("Q", QUEUE, "{}").resource("P", "AWS::SQS::QueuePolicy",
              "{'Queues': [{'Ref': 'Q'}], 'PolicyDocument': {'Statement': [{'Effect': 'Allow', "
                  + "'Action': 'sqs:SendMessage', 'Principal': {'Service': 'sns.amazonaws.com'}}]}}")
          .evaluate(rule, "Q"), "Properties", "aws:SecureTransport");
    }

    @Test
    void unknownWhenQueuePolicyDocumentIsConditional() {
      assertUnknown(template().resource("Q", QUEUE, "{}").resource("P", "AWS::SQS::QueuePolicy",
          "{'Queues': [{'Ref': 'Q'}], 'PolicyDocument': {'Fn::If': ['C', {}, {}]}}").evaluate(rule, "Q"));
    }

    @Test
    void notApplicableToQueuePolicies() {
      assertNotApplicableTo(rule, "AWS::SQS::QueuePolicy", "{}");
    }
  }

  @Nested
  class DeadLetterQueueSources {
    final SqsDeadLetterQueueRestrictsSources rule = new SqsDeadLetterQueueRestrictsSources();

    static final String SOURCE = "{'RedrivePolicy': {'deadLetterTargetArn': {'Fn::GetAtt': ['Dlq', 'Arn']}, "
        + "'maxReceiveCount': 5}, 'QueueName': 'work'}";

    Evaluation dlq(String properties) {
      return template().resource("Dlq", QUEUE, properties).resource("Work", QUEUE, SOURCE)
          .evaluate(rule, "Dlq");
    }

    @Test
    void passesWhenOnlyItsSourceMayUseIt() {
      assertCompliant(dlq("{'RedriveAllowPolicy': {'redrivePermission': 'byQueue', "
          + "'sourceQueueArns': [{'Fn::Join': ['', ['arn:', {'Ref': 'AWS::Partition'}, ':sqs:eu-west-1:1:work']]}]}}"));
    }

    @Test
    void passesWhenThePolicyIsJsonTextDenyingAll() {
      assertCompliant(dlq("{'RedriveAllowPolicy': '{\"redrivePermission\":\"denyAll\"}'}"));
    }

    @Test
    void failsWithoutARedriveAllowPolicy() {
      assertViolation(dlq("{}"), "Properties.RedriveAllowPolicy", "dead-letter queue of Work");
    }

    @Test
    void failsWhenItAllowsAll() {
      assertViolation(dlq("{'RedriveAllowPolicy': {'redrivePermission': 'allowAll'}}"),
          "Properties.RedriveAllowPolicy.redrivePermission", "allows every source queue");
    }

    @Test
    void failsWhenByQueueNamesNoSource() {
      assertViolation(dlq("{'RedriveAllowPolicy': {'redrivePermission': 'byQueue', 'sourceQueueArns': []}}"),
          "Properties.RedriveAllowPolicy.sourceQueueArns", "names no source queue");
    }

    @Test
    void unknownWhenThePermissionIsConditional() {
      assertUnknown(dlq("{'RedriveAllowPolicy': {'redrivePermission': {'Fn::If': ['C', 'byQueue', 'allowAll']}}}"),
          "Properties.RedriveAllowPolicy.redrivePermission");
    }

    @Test
    void notApplicableToAQueueNobodyDeadLettersInto() {
      assertNotApplicableTo(rule, QUEUE, "{}");
    }

    @Test
    void notApplicableToTheSourceQueue() {
      assertNotApplicable(template().resource("Dlq", QUEUE, "{}").resource("Work", QUEUE, SOURCE)
          .evaluate(rule, "Work"));
    }
  }
}

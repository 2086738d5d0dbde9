package dev.groundwork.policy.rules.stateful;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicable;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;
import static dev.groundwork.testing.TemplateFixture.template;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.assembly.StatefulTypes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatefulRulesTest {

  @Nested
  class Retained {
    final StatefulResourceRetained rule = new StatefulResourceRetained();

    @Test
    void passesForCdkDefaultRetainedBucket() {
      assertCompliant(template().resource("B", "AWS::S3::Bucket", "{}",
          "{'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}").evaluate(rule, "B"));
    }

    @Test
    void passesForSnapshottedCluster() {
      assertCompliant(template().resource("C", "AWS::RDS::DBCluster", "{}",
          "{'DeletionPolicy': 'Snapshot', 'UpdateReplacePolicy': 'Snapshot'}").evaluate(rule, "C"));
    }

    @Test
    void failsWhenTableIsDeletedWithStack() {
      assertViolation(template().resource("T", "AWS::DynamoDB::Table", "{}",
          "{'DeletionPolicy': 'Delete', 'UpdateReplacePolicy': 'Delete'}").evaluate(rule, "T"),
          "DeletionPolicy", "DeletionPolicy is Delete");
    }

    @Test
    void failsWhenSecretHasNoPolicies() {
      assertViolation(evaluate(rule, "AWS::SecretsManager::Secret", "{}"), "UpdateReplacePolicy",
          "CloudFormation default");
    }

    @Test
    void failsWhenBucketClaimsSnapshot() {
      assertViolation(template().resource("B", "AWS::S3::Bucket", "{}",
          "{'DeletionPolicy': 'Snapshot', 'UpdateReplacePolicy': 'Retain'}").evaluate(rule, "B"),
          "DeletionPolicy", "Snapshot");
    }

    @Test
    void notApplicableToAuroraMemberInstances() {
      assertNotApplicable(evaluate(rule, "AWS::RDS::DBInstance", "{'DBClusterIdentifier': {'Ref': 'C'}}"));
    }

    @Test
    void failsWhenBackupVaultIsDeletedWithStack() {
      assertViolation(evaluate(rule, "AWS::Backup::BackupVault", "{}"), "DeletionPolicy",
          "DeletionPolicy is Delete (CloudFormation default)");
    }

    @Test
    void passesForRetainedBackupVault() {
      assertCompliant(template().resource("V", "AWS::Backup::BackupVault", "{}",
          "{'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}").evaluate(rule, "V"));
    }

    @Test
    void failsWhenBackupVaultClaimsSnapshot() {
      assertViolation(template().resource("V", "AWS::Backup::BackupVault", "{}",
          "{'DeletionPolicy': 'Snapshot', 'UpdateReplacePolicy': 'Retain'}").evaluate(rule, "V"),
          "DeletionPolicy", "Snapshot");
    }

    @Test
    void notApplicableToQueuesWhoseMessagesAreInFlight() {
      assertNotApplicableTo(rule, "AWS::SQS::Queue", "{}");
    }

    @Test
    void coversEveryStatefulTypeWhoseDataMustOutliveItsStack() {
      assertThat(rule.info().resourceTypes()).containsExactlyElementsOf(StatefulTypes.outlivingStack());
    }

    @Test
    void notApplicableToStatelessFunctions() {
      assertNotApplicableTo(rule, "AWS::Lambda::Function", "{}");
    }
  }
}

package dev.groundwork.policy.rules.rds;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicable;
import static dev.groundwork.testing.TemplateFixture.assertUnknown;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;
import static dev.groundwork.testing.TemplateFixture.template;

import dev.groundwork.core.Tier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RdsRulesTest {

  static final String CLUSTER = "AWS::RDS::DBCluster";
  static final String INSTANCE = "AWS::RDS::DBInstance";
  static final String MEMBER = "{'DBClusterIdentifier': {'Ref': 'C'}, 'Engine': 'aurora-postgresql'}";

  @Nested
  class StorageEncrypted {
    final RdsStorageEncrypted rule = new RdsStorageEncrypted();

    @Test
    void passesWhenClusterStorageEncrypted() {
      assertCompliant(evaluate(rule, CLUSTER, "{'StorageEncrypted': true}"));
    }

    @Test
    void failsWhenInstanceStorageNotEncrypted() {
      assertViolation(evaluate(rule, INSTANCE, "{'Engine': 'mysql'}"), "Properties.StorageEncrypted", "not set");
    }

    @Test
    void notApplicableToAuroraMemberInstances() {
      assertNotApplicable(evaluate(rule, INSTANCE, MEMBER));
    }

    @Test
    void unknownWhenEncryptionIsParameter() {
      assertUnknown(evaluate(rule, CLUSTER, "{'StorageEncrypted': {'Ref': 'Encrypt'}}"));
    }
  }

  @Nested
  class NotPublic {
    final RdsInstanceNotPublic rule = new RdsInstanceNotPublic();

    @Test
    void passesWhenPubliclyAccessibleFalse() {
      assertCompliant(evaluate(rule, INSTANCE, "{'PubliclyAccessible': false}"));
    }

    @Test
    void failsWhenPubliclyAccessible() {
      assertViolation(evaluate(rule, INSTANCE, "{'PubliclyAccessible': 'true'}"),
          "Properties.PubliclyAccessible", "true");
    }

    @Test
    void notApplicableToClusters() {
      dev.groundwork.testing.TemplateFixture.assertNotApplicableTo(rule, CLUSTER, "{}");
    }

    @Test
    void unknownWhenConditional() {
      assertUnknown(evaluate(rule, INSTANCE, "{'PubliclyAccessible': {'Fn::If': ['P', true, false]}}"));
    }

    static final String VPC_WITH_GATEWAY = "{'Type': 'AWS::EC2::VPC', 'Properties': {}}";

    @Test
    void failsWhenUnsetWithoutSubnetGroupAsTheDefaultVpcMakesItPublic() {
      assertViolation(evaluate(rule, INSTANCE, "{'Engine': 'mysql'}"), "Properties.PubliclyAccessible",
          "no DBSubnetGroupName: RDS creates it in the region's default VPC");
    }

    @Test
    void failsWhenUnsetAndTheSubnetGroupsVpcHasAnInternetGateway() {
      assertViolation(withSubnetGroup(true).evaluate(rule, "Db"), "Properties.PubliclyAccessible",
          "subnets of DB subnet group Group are in VPC Vpc, which has an internet gateway (Attachment)");
    }

    @Test
    void passesWhenUnsetAndTheSubnetGroupsVpcHasNoInternetGateway() {
      assertCompliant(withSubnetGroup(false).evaluate(rule, "Db"));
    }

    @Test
    void aClusterMemberTakesTheClustersSubnetGroup() {
      assertViolation(withSubnetGroup(true).resource("Cluster", CLUSTER, "{'DBSubnetGroupName': {'Ref': 'Group'}}")
              .resource("Member", INSTANCE, "{'DBClusterIdentifier': {'Ref': 'Cluster'}, 'Engine': 'aurora-mysql'}")
              .evaluate(rule, "Member"),
          "Properties.PubliclyAccessible", "DB subnet group Group");
    }

    @Test
    void unknownWhenUnsetAndTheSubnetGroupIsNotInTheTemplate() {
      assertUnknown(evaluate(rule, INSTANCE, "{'DBSubnetGroupName': {'Fn::ImportValue': 'db-subnets'}}"),
          "Properties.DBSubnetGroupName");
    }

    dev.groundwork.testing.TemplateFixture withSubnetGroup(boolean gateway) {
      dev.groundwork.testing.TemplateFixture t = template().resource("Vpc", "AWS::EC2::VPC", "{}")
          .resource("Subnet", "AWS::EC2::Subnet", "{'VpcId': {'Ref': 'Vpc'}}")
          .resource("Group", "AWS::RDS::DBSubnetGroup", "{'SubnetIds': [{'Ref': 'Subnet'}]}")
          .resource("Db", INSTANCE, "{'DBSubnetGroupName': {'Ref': 'Group'}}");
      return gateway ? t.resource("Gateway", "AWS::EC2::InternetGateway", "{}")
          .resource("Attachment", "AWS::EC2::VPCGatewayAttachment",
              "{'VpcId': {'Ref': 'Vpc'}, 'InternetGatewayId': {'Ref': 'Gateway'}}") : t;
    }
  }

  @Nested
  class DeletionProtection {
    final RdsDeletionProtectionEnabled rule = new RdsDeletionProtectionEnabled();

    @Test
    void passesInProdWhenProtected() {
      assertCompliant(template().resource("C", CLUSTER, "{'DeletionProtection': true}")
          .evaluate(rule, "C", Tier.PROD));
    }

    @Test
    void failsInProdWhenUnprotected() {
      assertViolation(template().resource("C", CLUSTER, "{}").evaluate(rule, "C", Tier.PROD),
          "Properties.DeletionProtection", "PROD");
    }

    @Test
    void notApplicableInDev() {
      assertNotApplicable(template().resource("C", CLUSTER, "{}").evaluate(rule, "C", Tier.DEV));
    }

    @Test
    void unknownWhenParameterInStaging() {
      assertUnknown(template().resource("C", CLUSTER, "{'DeletionProtection': {'Ref': 'P'}}")
          .evaluate(rule, "C", Tier.STAGING));
    }
  }

  @Nested
  class BackupRetention {
    final RdsBackupRetentionMinimum rule = new RdsBackupRetentionMinimum();

    @Test
    void passesInProdWith35Days() {
      assertCompliant(template().resource("C", CLUSTER, "{'BackupRetentionPeriod': 35}")
          .evaluate(rule, "C", Tier.PROD));
    }

    @Test
    void failsInStagingWithThreeDays() {
      assertViolation(template().resource("C", CLUSTER, "{'BackupRetentionPeriod': '3'}")
          .evaluate(rule, "C", Tier.STAGING), "Properties.BackupRetentionPeriod", "at least 7");
    }

    @Test
    void passesInDevWithCloudFormationDefault() {
      assertCompliant(template().resource("C", CLUSTER, "{}").evaluate(rule, "C", Tier.DEV));
    }

    @Test
    void failsInProdWithCloudFormationDefault() {
      assertViolation(template().resource("C", CLUSTER, "{}").evaluate(rule, "C", Tier.PROD),
          "Properties.BackupRetentionPeriod", "CloudFormation default");
    }

    @Test
    void notApplicableToAuroraMemberInstances() {
      assertNotApplicable(evaluate(rule, INSTANCE, MEMBER));
    }

    @Test
    void unknownWhenRetentionIsParameter() {
      assertUnknown(evaluate(rule, CLUSTER, "{'BackupRetentionPeriod': {'Ref': 'Days'}}"));
    }
  }

  @Nested
  class IamAuthentication {
    final RdsIamAuthenticationEnabled rule = new RdsIamAuthenticationEnabled();

    @Test
    void passesWhenIamAuthEnabled() {
      assertCompliant(evaluate(rule, CLUSTER, "{'EnableIAMDatabaseAuthentication': true}"));
    }

    @Test
    void failsWhenIamAuthDisabled() {
      assertViolation(evaluate(rule, CLUSTER, "{'EnableIAMDatabaseAuthentication': false}"),
          "Properties.EnableIAMDatabaseAuthentication", "false");
    }

    @Test
    void notApplicableToSqlServer() {
      assertNotApplicable(evaluate(rule, INSTANCE, "{'Engine': 'sqlserver-se'}"));
    }

    @Test
    void unknownWhenConditional() {
      assertUnknown(evaluate(rule, CLUSTER, "{'EnableIAMDatabaseAuthentication': {'Fn::If': ['A', true, false]}}"));
    }
  }

  @Nested
  class TlsEnforced {
    final RdsTlsEnforced rule = new RdsTlsEnforced();

    @Test
    void passesWhenClusterParameterGroupForcesSsl() {
      assertCompliant(template()
          .resource("G", "AWS::RDS::DBClusterParameterGroup", "{'Parameters': {'rds.force_ssl': '1'}}")
          .resource("C", CLUSTER, "{'Engine': 'aurora-postgresql', 'DBClusterParameterGroupName': {'Ref': 'G'}}")
          .evaluate(rule, "C"));
    }

    @Test
    void failsWhenMysqlParameterGroupAllowsPlainText() {
      assertViolation(template()
          .resource("G", "AWS::RDS::DBParameterGroup", "{'Parameters': {'require_secure_transport': 'OFF'}}")
          .resource("I", INSTANCE, "{'Engine': 'mysql', 'DBParameterGroupName': {'Ref': 'G'}}")
          .evaluate(rule, "I"), "Properties.DBParameterGroupName", "OFF");
    }

    @Test
    void failsWhenDefaultParameterGroupOnOldPostgres() {
      assertViolation(evaluate(rule, INSTANCE, "{'Engine': 'postgres', 'EngineVersion': '14.9'}"),
          "Properties.DBParameterGroupName", "default parameter group");
    }

    @Test
    void passesWithDefaultsOnPostgres16() {
      assertCompliant(evaluate(rule, INSTANCE, "{'Engine': 'postgres', 'EngineVersion': '16.3'}"));
    }

    @Test
    void notApplicableToOracle() {
      assertNotApplicable(evaluate(rule, INSTANCE, "{'Engine': 'oracle-ee'}"));
    }

    @Test
    void unknownWhenParameterGroupIsImported() {
      assertUnknown(evaluate(rule, CLUSTER, "{'Engine': 'aurora-mysql', "
          + "'DBClusterParameterGroupName': {'Fn::ImportValue': 'group'}}"));
    }
  }
}

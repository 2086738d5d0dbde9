package dev.groundwork.constructs.data;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.RestoreTestMetadata;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.StackDependencies;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.constructs.observability.AlertTopic;
import dev.groundwork.constructs.observability.AlertTopicProps;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.testing.SynthesisExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;

/** Tests of BackupPlan. */
class BackupPlanTest {
  /**
   * Per environment: a bucket built before the plan and a database built after it, both in a
   * {@code data} stack; the plan and its alert topic in a {@code backup} stack.
   */
  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithProdRecoveryRegion(outdir);
    for (PlatformEnvironment env : app.environments()) {
      if (env.recoveryRegion().isPresent()) {
        env.addRecoveryStack();
      }
      Stack data = env.addStack("data");
      new SecureBucket(data, "Documents", SecureBucketProps.defaults());
      Stack backup = env.addStack("backup");
      AlertTopic alerts = new AlertTopic(backup, "Alerts", AlertTopicProps.defaults());
      new BackupPlan(backup, "Backups", BackupPlanProps.builder().alerts(alerts.notificationTopic()).build());
      new DatabaseCluster(data, "Database", DatabaseClusterProps.builder().vpc(vpc(data)).build());
    }
    return app;
  });

  static IVpc vpc(Stack stack) {
    return Vpc.fromVpcAttributes(stack, "Vpc", VpcAttributes.builder().vpcId("vpc-0123456789abcdef0")
        .availabilityZones(List.of("eu-west-1a", "eu-west-1b"))
        .privateSubnetIds(List.of("subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2"))
        .isolatedSubnetIds(List.of("subnet-0ccccccccccccccc1", "subnet-0ccccccccccccccc2"))
        .build());
  }

  @Nested
  class Defaults {
    @Test
    void keepsDailyAndMonthlyPointsByTier(SynthesizedApp app) {
      assertThat(app).stack("test-dev-backup").resource("dev/backup/Backups/Plan")
          .hasProperty("BackupPlan.BackupPlanRule[0].RuleName", "daily")
          .hasProperty("BackupPlan.BackupPlanRule[0].Lifecycle.DeleteAfterDays", 7)
          .hasProperty("BackupPlan.BackupPlanRule[1].RuleName", "monthly")
          .hasProperty("BackupPlan.BackupPlanRule[1].Lifecycle.DeleteAfterDays", 30);
      assertThat(app).stack("test-prod-backup").resource("prod/backup/Backups/Plan")
          .hasProperty("BackupPlan.BackupPlanRule[0].Lifecycle.DeleteAfterDays", 35)
          .hasProperty("BackupPlan.BackupPlanRule[1].Lifecycle.DeleteAfterDays", 365)
          .hasProperty("BackupPlan.BackupPlanRule[0].CopyActions[0].DestinationBackupVaultArn",
              "arn:aws:backup:eu-central-1:333333333333:backup-vault:test-prod-recovery")
          .hasProperty("BackupPlan.BackupPlanRule[0].CopyActions[0].Lifecycle.DeleteAfterDays", 35)
          .hasProperty("BackupPlan.BackupPlanRule[1].CopyActions[0].DestinationBackupVaultArn",
              "arn:aws:backup:eu-central-1:333333333333:backup-vault:test-prod-recovery")
          .hasProperty("BackupPlan.BackupPlanRule[1].CopyActions[0].Lifecycle.DeleteAfterDays", 365);
      assertThat(app).stack("test-dev-backup").resource("dev/backup/Backups/Plan")
          .hasPropertySatisfying("BackupPlan.BackupPlanRule[0].CopyActions", copies -> assertThat(copies.toString()).isEqualTo("[]"));
    }

    @Test
    void keepsTheCopiesInALockedEncryptedVaultOfTheRecoveryStack(SynthesizedApp app) {
      assertThat(app).stack("test-prod-recovery").resource("prod/recovery/backup-Backups/Vault")
          .hasProperty("BackupVaultName", "test-prod-recovery")
          .referencesAt("EncryptionKeyArn", "prod/recovery/DataKey/Key")
          .hasProperty("LockConfiguration.MinRetentionDays", 7)
          .hasDeletionPolicy("Retain").hasUpdateReplacePolicy("Retain");
      assertThat(app).stack("test-prod-recovery").resource("prod/recovery/DataKey/Alias")
          .hasProperty("AliasName", "alias/test/prod/recovery/data");
      assertThat(app.stack("test-prod-recovery").resourcesOfType("AWS::Backup::BackupVault"))
          .extracting(Resource::logicalId).containsExactly("backupBackupsVault8EC90EF0");
    }

    @Test
    void encryptsTheVaultAndLocksItInProd(SynthesizedApp app) {
      assertThat(app).stack("test-prod-backup").resource("prod/backup/Backups/Vault")
          .referencesAt("EncryptionKeyArn", "prod/backup/DataKey/Key")
          .hasProperty("LockConfiguration.MinRetentionDays", 7)
          .isRetained();
      assertThat(app).stack("test-dev-backup").resource("dev/backup/Backups/Vault")
          .doesNotHaveProperty("LockConfiguration");
    }

    @Test
    void selectsEveryResourceGroundworkTagsForBackup(SynthesizedApp app) {
      assertThat(app).stack("test-prod-backup").resourcesOfType("AWS::Backup::BackupSelection").singleResource()
          .hasProperty("BackupSelection.ListOfTags[0].ConditionKey", BackupPlan.SELECTION_TAG)
          .hasProperty("BackupSelection.ListOfTags[0].ConditionValue", "true");
    }

    @Test
    void keepsTheVaultsLogicalId(SynthesizedApp app) {
      assertThat(app.stack("test-prod-backup").resourcesOfType("AWS::Backup::BackupVault"))
          .extracting(Resource::logicalId).containsExactly("BackupsVault1F11AFCC");
    }

    @Test
    void passesTheBaselinePolicyPack(SynthesizedApp app) {
      assertThat(app).report().hasNoErrors();
    }
  }

  /** Restore tests: docs/constructs/data.md and docs/recovery.md. */
  @Nested
  class RestoreTests {
    Resource selection(SynthesizedApp app, String env, String resource) {
      return app.stack("test-" + env + "-data").resources().stream()
          .filter(r -> r.isNamed(env + "/data/" + resource + "/RestoreTest/Selection")).findFirst()
          .orElseThrow(() -> new AssertionError("no restore test selection of " + resource + " in " + env));
    }

    @Test
    void stagingAndProdRestoreTheirLatestBackupOnTheTiersScheduleAndDevDoesNot(SynthesizedApp app) {
      assertThat(app).stack("test-prod-backup").resourcesOfType("AWS::Backup::RestoreTestingPlan").singleResource()
          .hasProperty("RestoreTestingPlanName", "test_prod_restore_tests")
          .hasProperty("ScheduleExpression", "cron(0 5 ? * * *)")
          .hasProperty("StartWindowHours", 1)
          .hasProperty("RecoveryPointSelection.Algorithm", "LATEST_WITHIN_WINDOW")
          .hasProperty("RecoveryPointSelection.RecoveryPointTypes", List.of("SNAPSHOT"))
          .hasProperty("RecoveryPointSelection.SelectionWindowDays", 2)
          .referencesAt("RecoveryPointSelection.IncludeVaults", "prod/backup/Backups/Vault");
      assertThat(app).stack("test-staging-backup").resourcesOfType("AWS::Backup::RestoreTestingPlan").singleResource()
          .hasProperty("RestoreTestingPlanName", "test_staging_restore_tests")
          .hasProperty("ScheduleExpression", "cron(0 5 ? * MON,THU *)");
      for (String stack : List.of("test-dev-backup", "test-dev-data")) {
        assertThat(app.stack(stack).resources()).extracting(Resource::type)
            .noneMatch(type -> type.startsWith("AWS::Backup::RestoreTesting"));
      }
    }

    @Test
    void everyDatabaseAndBucketIsSelectedByArnInItsOwnStackWhicheverWasBuiltFirst(SynthesizedApp app) {
      for (String env : List.of("staging", "prod")) {
        assertThat(selection(app, env, "Documents"))
            .hasProperty("ProtectedResourceType", "S3")
            .hasProperty("RestoreTestingPlanName", "test_" + env + "_restore_tests")
            .hasProperty("RestoreTestingSelectionName", "S3_data_Documents")
            .hasProperty("ValidationWindowHours", 1)
            .referencesAt("ProtectedResourceArns", env + "/data/Documents/Bucket")
            .referencesAt("IamRoleArn", env + "/data/Documents/RestoreTest/Role");
        assertThat(selection(app, env, "Database"))
            .hasProperty("ProtectedResourceType", "Aurora")
            .hasProperty("RestoreTestingSelectionName", "Aurora_data_Database")
            .referencesAt("ProtectedResourceArns", env + "/data/Database/Cluster")
            .referencesAt("IamRoleArn", env + "/data/Database/RestoreTest/Role");
        assertThat(app.stack("test-" + env + "-data").resourcesOfType("AWS::Backup::RestoreTestingSelection")).hasSize(2);
        // Each selection waits for the plan, which is in the backup stack: the data stack deploys after it.
        assertThat(StackDependencies.of(app, env).get("test-" + env + "-data")).contains("test-" + env + "-backup");
        // The plan is not in this template: the selection repeats its schedule for the cost estimate.
        assertThat(selection(app, env, "Database").metadata().path(RestoreTestMetadata.SCHEDULE).asText())
            .isEqualTo(env.equals("prod") ? "cron(0 5 ? * * *)" : "cron(0 5 ? * MON,THU *)");
      }
    }

    @Test
    void theRecoveryRegionsReplicaIsNotTestedItIsNotThisRegionsToRestore(SynthesizedApp app) {
      assertThat(app.stack("test-prod-recovery").resourcesOfType("AWS::Backup::RestoreTestingSelection")).isEmpty();
      assertThat(app.stack("test-prod-recovery").resourcesOfType("AWS::S3::Bucket")).isNotEmpty();
    }

    @Test
    void theRestoredDatabaseLandsInTheClustersIsolatedSubnetsBehindAGroupAdmittingNothing(SynthesizedApp app) {
      Resource selection = selection(app, "prod", "Database");
      assertThat(selection)
          .referencesAt("RestoreMetadataOverrides.dbSubnetGroupName", "prod/data/Database/Cluster/Subnets")
          .referencesAt("RestoreMetadataOverrides.dbClusterParameterGroupName", "prod/data/Database/Parameters")
          .referencesAt("RestoreMetadataOverrides.vpcSecurityGroupIds", "prod/data/Database/RestoreTest/SecurityGroup");
      assertThat(selection.property("RestoreMetadataOverrides.vpcSecurityGroupIds").toString())
          .as("a JSON array in a string").startsWith("{\"Fn::Join\":[\"\",[\"[\\\"\",");
      Resource group = app.stack("test-prod-data").resources().stream()
          .filter(r -> r.isNamed("prod/data/Database/RestoreTest/SecurityGroup")).findFirst().orElseThrow();
      assertThat(group.property("SecurityGroupIngress").isMissingNode()).isTrue();
      assertThat(group.property("SecurityGroupEgress").toString()).contains("255.255.255.255/32");
      assertThat(app.stack("test-prod-data").resourcesOfType("AWS::EC2::SecurityGroupIngress"))
          .noneMatch(rule -> rule.references().contains(group.logicalId()));
    }

    @Test
    void theRestoredBucketIsEncryptedWithTheBucketsOwnKey(SynthesizedApp app) {
      assertThat(selection(app, "prod", "Documents"))
          .hasProperty("RestoreMetadataOverrides.encryptionType", "SSE-KMS")
          .referencesAt("RestoreMetadataOverrides.kmsKey", "prod/data/DataKey/Key");
    }

    @Test
    void eachRestoreRoleIsAssumedByAwsBackupAndMayRestoreOnlyItsResource(SynthesizedApp app) {
      var statements = assertThat(app).environment("prod").iamStatements();
      String database = "prod/data/Database/RestoreTest/Role";
      String documents = "prod/data/Documents/RestoreTest/Role";
      statements.ofRole(database).haveNoWildcardResources().haveNoWildcardActions()
          .doesNotAllow("s3:CreateBucket").doesNotAllow("rds:RestoreDBInstanceFromDBSnapshot");
      statements.ofRole(database).allowing("rds:RestoreDBClusterFromSnapshot")
          .onResource("arn:aws:rds:eu-west-1:333333333333:cluster:awsbackup-restore-test*");
      statements.ofRole(database).allowing("rds:DeleteDBCluster").hasSize(1)
          .onResource("arn:aws:rds:eu-west-1:333333333333:cluster:awsbackup-restore-test*");
      statements.ofRole(database).allowing("kms:CreateGrant").onResourceReferencing("prod/data/DataKey/Key")
          .withCondition("StringEquals", "kms:ViaService", "rds.eu-west-1.amazonaws.com");
      statements.ofRole(documents).haveNoWildcardResources().haveNoWildcardActions()
          .doesNotAllow("rds:RestoreDBClusterFromSnapshot").doesNotAllow("s3:DeleteBucket");
      statements.ofRole(documents).allowing("s3:CreateBucket").onResource("arn:aws:s3:::awsbackup-restore-test-*");
      statements.ofRole(documents).allowing("s3:PutObject").onResource("arn:aws:s3:::awsbackup-restore-test-*/*");
      statements.ofRole(documents).allowing("kms:GenerateDataKey").onResourceReferencing("prod/data/DataKey/Key")
          .withCondition("StringLike", "kms:ViaService", "s3.*.amazonaws.com");
      for (String role : List.of(database, documents)) {
        Resource resource = app.stack("test-prod-data").resources().stream().filter(r -> r.isNamed(role))
            .findFirst().orElseThrow();
        assertThat(resource.property("AssumeRolePolicyDocument.Statement").get(0).path("Principal").path("Service")
            .asText()).isEqualTo("backup.amazonaws.com");
        assertThat(resource.property("ManagedPolicyArns").isMissingNode()).as("no managed policy on " + role).isTrue();
      }
      // Nothing else in the environment may restore into a test copy.
      statements.exceptRole(database).exceptRole(documents).doesNotAllow("rds:RestoreDBClusterFromSnapshot");
    }

    @Test
    void aFailedOrAbortedTestOfThisPlanIsSentToTheAlertTopicAtOnce(SynthesizedApp app) {
      Resource rule = app.stack("test-prod-backup").resourcesOfType("AWS::Events::Rule").stream()
          .filter(r -> r.isNamed("prod/backup/Backups/RestoreTests/Failures")).findFirst().orElseThrow();
      JsonNode pattern = rule.property("EventPattern");
      assertThat(pattern.path("source").toString()).isEqualTo("[\"aws.backup\"]");
      assertThat(pattern.path("detail-type").toString()).isEqualTo("[\"Restore Job State Change\"]");
      assertThat(pattern.path("detail").path("status").toString()).isEqualTo("[\"FAILED\",\"ABORTED\"]");
      assertThat(rule).referencesAt("EventPattern.detail.restoreTestingPlanArn", "prod/backup/Backups/RestoreTests/Plan")
          .referencesAt("Targets[0].Arn", "prod/backup/Alerts/Notifications");
    }

    @Test
    void noCompletedRestoreWithinTheSchedulesGapPlusADayNotifiesPerResourceType(SynthesizedApp app) {
      Map<String, Integer> daysByEnv = Map.of("staging", 5, "prod", 2);
      daysByEnv.forEach((env, days) -> {
        List<Resource> alarms = app.stack("test-" + env + "-backup").resourcesOfType("AWS::CloudWatch::Alarm");
        assertThat(alarms).extracting(a -> a.property("AlarmName").asText()).containsExactly(
            "test-" + env + "-restore-tests-s3-missed", "test-" + env + "-restore-tests-aurora-missed");
        for (Resource alarm : alarms) {
          assertThat(alarm).hasProperty("Namespace", "AWS/Backup")
              .hasProperty("MetricName", "NumberOfRestoreJobsCompleted")
              .hasProperty("Statistic", "Sum")
              .hasProperty("Period", 86_400)
              .hasProperty("EvaluationPeriods", days)
              .hasProperty("DatapointsToAlarm", days)
              .hasProperty("Threshold", 1)
              .hasProperty("ComparisonOperator", "LessThanThreshold")
              .hasProperty("TreatMissingData", "breaching")
              .hasProperty("Dimensions[0]", Map.of("Name", "BackupVaultName", "Value", "test-" + env + "-backups"))
              .referencesAt("AlarmActions", env + "/backup/Alerts/Notifications");
        }
        assertThat(alarms.get(1)).hasProperty("Dimensions[1]", Map.of("Name", "ResourceType", "Value", "Aurora"));
      });
    }

    @Test
    void thePlansArnIsTheStackOutputTheRunbookReads(SynthesizedApp app) {
      JsonNode output = app.stack("test-prod-backup").outputs().path(RestoreTesting.ARN_OUTPUT);
      assertThat(output.path("Value").toString()).isEqualTo("{\"Fn::GetAtt\":[\""
          + named(app.stack("test-prod-backup"), "prod/backup/Backups/RestoreTests/Plan").logicalId()
          + "\",\"RestoreTestingPlanArn\"]}");
    }

    private Resource named(StackTemplate stack, String path) {
      return stack.resources().stream().filter(r -> r.isNamed(path)).findFirst().orElseThrow();
    }
  }

  @Nested
  class Options {
    @Test
    void devTestsWhenAskedAndProdOnlyWhenNotTurnedOffByName(@TempDir Path outdir) {
      PlatformApp app = TestApps.appWithEveryTier(outdir);
      Stack dev = app.environment("dev").addStack("backup");
      BackupPlan devPlan = new BackupPlan(dev, "Backups", BackupPlanProps.builder().restoreTests(true)
          .alerts(new AlertTopic(dev, "Alerts", AlertTopicProps.defaults()).notificationTopic()).build());
      assertThat(devPlan.restoreTestingPlan()).isPresent();
      Stack prod = app.environment("prod").addStack("backup");
      BackupPlan prodPlan = new BackupPlan(prod, "Backups", BackupPlanProps.builder().restoreTests(false).build());
      SecureBucket bucket = new SecureBucket(prod, "Documents", SecureBucketProps.defaults());
      assertThat(prodPlan.restoreTestingPlan()).isEmpty();
      assertThat(bucket.getNode().tryFindChild("RestoreTest")).isNull();
    }

    @Test
    void scheduleAndValidationWindowAreTheUsers(@TempDir Path outdir) {
      Stack prod = TestApps.appWithEveryTier(outdir).environment("prod").addStack("backup");
      BackupPlan plan = new BackupPlan(prod, "Backups", BackupPlanProps.builder()
          .restoreTestSchedule(RestoreTestSchedule.on(java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.FRIDAY)
              .atHourUtc(22))
          .restoreTestValidationHours(8)
          .alerts(new AlertTopic(prod, "Alerts", AlertTopicProps.defaults()).notificationTopic())
          .build());
      assertThat(plan.restoreTestingPlan().orElseThrow().getScheduleExpression()).isEqualTo("cron(0 22 ? * TUE,FRI *)");
      SecureBucket bucket = new SecureBucket(prod, "Documents", SecureBucketProps.defaults());
      assertThat(bucket.getNode().findChild("RestoreTest").getNode().findChild("Selection"))
          .isInstanceOfSatisfying(software.amazon.awscdk.services.backup.CfnRestoreTestingSelection.class,
              selection -> assertThat(selection.getValidationWindowHours()).isEqualTo(8));
    }

    @Test
    void aLongPathIsCutToAwsBackupsFiftyCharactersAndStaysUnique(@TempDir Path outdir) {
      Stack prod = TestApps.appWithEveryTier(outdir).environment("prod").addStack("a-rather-long-stack-purpose");
      SecureBucket first = new SecureBucket(prod, "DocumentsOfTheOrdersServiceKeptForSevenYears", SecureBucketProps.defaults());
      SecureBucket second = new SecureBucket(prod, "DocumentsOfTheOrdersServiceKeptForSevenYearsToo",
          SecureBucketProps.defaults());
      String one = RestoreTestSelection.name(new BucketRestoreTarget(first, first.bucket(), first.key()));
      String two = RestoreTestSelection.name(new BucketRestoreTarget(second, second.bucket(), second.key()));
      assertThat(List.of(one, two)).allSatisfy(name -> assertThat(name).hasSize(50).matches("[A-Za-z0-9_]+")
          .startsWith("S3_a_rather_long_stack_purpose_"));
      assertThat(one).isNotEqualTo(two);
    }
  }

  @Nested
  class InvalidInput {
    @Test
    void copiesNeedARecoveryRegion(@TempDir Path outdir) {
      PlatformEnvironment dev = TestApps.appWithProdRecoveryRegion(outdir).environment("dev");
      assertThatThrownBy(() -> new BackupPlan(dev.addStack("backup"), "Backups", BackupPlanProps.builder()
              .copyToRecoveryRegion(true).build()))
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("BACKUP_COPY_NO_RECOVERY_REGION"))
          .hasMessageContaining("BackupPlan at 'dev/backup/Backups'").hasMessageContaining("copyToRecoveryRegion")
          .hasMessageContaining(".recoveryRegion(");
    }

    @Test
    void copiesNeedTheRecoveryStackAddedFirst(@TempDir Path outdir) {
      PlatformEnvironment prod = TestApps.appWithProdRecoveryRegion(outdir).environment("prod");
      assertThatThrownBy(() -> new BackupPlan(prod.addStack("backup"), "Backups", BackupPlanProps.builder()
              .restoreTests(false).build()))
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("RECOVERY_STACK_MISSING"))
          .hasMessageContaining("copyToRecoveryRegion").hasMessageContaining("addRecoveryStack()");
    }

    @Test
    void copiesCanBeTurnedOffByName(@TempDir Path outdir) {
      PlatformEnvironment prod = TestApps.appWithProdRecoveryRegion(outdir).environment("prod");
      BackupPlan plan = new BackupPlan(prod.addStack("backup"), "Backups", BackupPlanProps.builder()
          .copyToRecoveryRegion(false).restoreTests(false).build());
      assertThat(plan.getNode().tryFindChild("RecoveryVault")).isNull();
    }

    @Test
    void retentionIsAtLeastOneDay() {
      assertThatThrownBy(() -> BackupPlanProps.builder().dailyRetentionDays(0).build())
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("BACKUP_RETENTION"))
          .hasMessageContaining("dailyRetentionDays");
    }

    @Test
    void restoreTestsNeedATopicToFailLoudly(@TempDir Path outdir) {
      PlatformEnvironment staging = TestApps.appWithEveryTier(outdir).environment("staging");
      assertThatThrownBy(() -> new BackupPlan(staging.addStack("backup"), "Backups", BackupPlanProps.defaults()))
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("BACKUP_RESTORE_TESTS_NO_ALERTS"))
          .hasMessageContaining("BackupPlan at 'staging/backup/Backups'").hasMessageContaining("alerts")
          .hasMessageContaining(".alerts(alertTopic.notificationTopic())").hasMessageContaining(".restoreTests(false)");
    }

    @Test
    void oneRestoreTestingPlanPerEnvironment(@TempDir Path outdir) {
      PlatformEnvironment prod = TestApps.appWithEveryTier(outdir).environment("prod");
      Stack first = prod.addStack("backup");
      AlertTopic alerts = new AlertTopic(first, "Alerts", AlertTopicProps.defaults());
      new BackupPlan(first, "Backups", BackupPlanProps.builder().alerts(alerts.notificationTopic()).build());
      assertThatThrownBy(() -> new BackupPlan(prod.addStack("more-backup"), "Backups", BackupPlanProps.builder()
              .alerts(alerts.notificationTopic()).build()))
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("BACKUP_RESTORE_TESTS_DUPLICATE"))
          .hasMessageContaining("restoreTests").hasMessageContaining("prod/backup/Backups/RestoreTests");
    }

    @Test
    void aRestoredCopyIsKeptOneHourToAWeek() {
      assertThatThrownBy(() -> BackupPlanProps.builder().restoreTestValidationHours(169).build())
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("BACKUP_RESTORE_TEST_VALIDATION_HOURS"))
          .hasMessageContaining("restoreTestValidationHours").hasMessageContaining("1 to 168");
    }
  }
}

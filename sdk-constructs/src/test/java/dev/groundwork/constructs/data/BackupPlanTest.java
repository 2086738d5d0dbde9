package dev.groundwork.constructs.data;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.testing.SynthesisExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Tests of BackupPlan. */
class BackupPlanTest {
  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithProdRecoveryRegion(outdir);
    for (PlatformEnvironment env : app.environments()) {
      if (env.recoveryRegion().isPresent()) {
        env.addRecoveryStack();
      }
      new BackupPlan(env.addStack("backup"), "Backups", BackupPlanProps.defaults());
    }
    return app;
  });

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
      assertThatThrownBy(() -> new BackupPlan(prod.addStack("backup"), "Backups", BackupPlanProps.defaults()))
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("RECOVERY_STACK_MISSING"))
          .hasMessageContaining("copyToRecoveryRegion").hasMessageContaining("addRecoveryStack()");
    }

    @Test
    void copiesCanBeTurnedOffByName(@TempDir Path outdir) {
      PlatformEnvironment prod = TestApps.appWithProdRecoveryRegion(outdir).environment("prod");
      BackupPlan plan = new BackupPlan(prod.addStack("backup"), "Backups", BackupPlanProps.builder()
          .copyToRecoveryRegion(false).build());
      assertThat(plan.getNode().tryFindChild("RecoveryVault")).isNull();
    }

    @Test
    void retentionIsAtLeastOneDay() {
      assertThatThrownBy(() -> BackupPlanProps.builder().dailyRetentionDays(0).build())
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("BACKUP_RETENTION"))
          .hasMessageContaining("dailyRetentionDays");
    }
  }
}

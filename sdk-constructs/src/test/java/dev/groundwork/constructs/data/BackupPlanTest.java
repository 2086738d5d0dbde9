package dev.groundwork.constructs.data;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.PlatformApp;
import dev.groundwork.core.PlatformEnvironment;
import dev.groundwork.core.Region;
import dev.groundwork.core.Tier;
import dev.groundwork.testing.SynthesisExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** docs/constructs.md quotes this class. */
class BackupPlanTest {
  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    for (PlatformEnvironment env : app.environments()) {
      BackupPlanProps props = env.tier() != Tier.PROD ? BackupPlanProps.defaults()
          : BackupPlanProps.builder().recoveryRegion(Region.of("eu-central-1")).build();
      new BackupPlan(env.addStack("backup"), "Backups", props);
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
              "arn:aws:backup:eu-central-1:333333333333:backup-vault:test-prod-recovery");
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
    void theRecoveryRegionMustDifferFromThePrimary(@TempDir Path outdir) {
      PlatformEnvironment prod = TestApps.appWithEveryTier(outdir).environment("prod");
      assertThatThrownBy(() -> new BackupPlan(prod.addStack("backup"), "Backups", BackupPlanProps.builder()
              .recoveryRegion(Region.of("eu-west-1")).build()))
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("BACKUP_RECOVERY_REGION"))
          .hasMessageContaining("recoveryRegion");
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

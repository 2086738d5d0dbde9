package dev.groundwork.constructs.data;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;
import java.util.Optional;

/** Resolves every setting of a {@link BackupPlan} from its props and tier, in one place. */
final class BackupPlanDefaults {
  static final ByTier<Integer> DAILY_RETENTION_DAYS = ByTier.of(7, 14, 35);
  static final ByTier<Integer> MONTHLY_RETENTION_DAYS = ByTier.of(30, 90, 365);
  /** Production copies every point to the recovery region, when the environment names one. */
  static final ByTier<Boolean> COPY_TO_RECOVERY_REGION = ByTier.of(false, false, true);
  /** Production vaults are locked: recovery points cannot be deleted before 7 days. */
  static final ByTier<Optional<Integer>> VAULT_LOCK_DAYS = ByTier.of(Optional.empty(), Optional.empty(), Optional.of(7));

  private BackupPlanDefaults() {}

  static BackupPlanSettings resolve(BackupPlanProps props, PlatformContext context) {
    String prefix = context.app() + "-" + context.environment();
    return new BackupPlanSettings(
        props.dailyRetentionDays().orElse(DAILY_RETENTION_DAYS.get(context.tier())),
        props.monthlyRetentionDays().orElse(MONTHLY_RETENTION_DAYS.get(context.tier())),
        props.copyToRecoveryRegion().orElse(
            COPY_TO_RECOVERY_REGION.get(context.tier()) && context.recoveryRegion().isPresent()),
        VAULT_LOCK_DAYS.get(context.tier()),
        prefix,
        prefix + "-backups",
        prefix + "-recovery");
  }
}

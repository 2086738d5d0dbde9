package dev.groundwork.constructs.data;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;
import java.time.DayOfWeek;
import java.util.Optional;

/** Resolves every setting of a {@link BackupPlan} from its props and tier, in one place. */
final class BackupPlanDefaults {
  static final ByTier<Integer> DAILY_RETENTION_DAYS = ByTier.of(7, 14, 35);
  static final ByTier<Integer> MONTHLY_RETENTION_DAYS = ByTier.of(30, 90, 365);
  /** Production copies every point to the recovery region, when the environment names one. */
  static final ByTier<Boolean> COPY_TO_RECOVERY_REGION = ByTier.of(false, false, true);
  /** Production vaults are locked: recovery points cannot be deleted before 7 days. */
  static final ByTier<Optional<Integer>> VAULT_LOCK_DAYS = ByTier.of(Optional.empty(), Optional.empty(), Optional.of(7));
  /** Backups that reach STAGING and PROD data are proven restorable; DEV opts in. */
  static final ByTier<Boolean> RESTORE_TESTS = ByTier.of(false, true, true);
  /**
   * Twice a week where a missed test can wait (a missed one is noticed after 5 days), daily in
   * PROD (noticed after 2 days), so production's measured restore time is at most a day old.
   */
  static final ByTier<RestoreTestSchedule> RESTORE_TEST_SCHEDULE = ByTier.of(
      RestoreTestSchedule.on(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
      RestoreTestSchedule.on(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
      RestoreTestSchedule.daily());
  /** Long enough to look at a restored copy, short enough that it costs little. */
  static final int RESTORE_TEST_VALIDATION_HOURS = 1;

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
        prefix + "-recovery",
        props.restoreTests().orElse(RESTORE_TESTS.get(context.tier())),
        props.restoreTestSchedule().orElse(RESTORE_TEST_SCHEDULE.get(context.tier())),
        props.restoreTestValidationHours().orElse(RESTORE_TEST_VALIDATION_HOURS),
        restoreTestingPlanName(prefix));
  }

  /** {@code <app>_<env>_restore_tests}: AWS Backup takes letters, digits and underscores, at most 50. */
  static String restoreTestingPlanName(String prefix) {
    String name = prefix.replaceAll("[^A-Za-z0-9_]", "_") + "_restore_tests";
    return name.length() <= 50 ? name : name.substring(0, 50);
  }
}

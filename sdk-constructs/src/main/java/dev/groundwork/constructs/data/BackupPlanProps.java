package dev.groundwork.constructs.data;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awscdk.services.sns.ITopic;

/**
 * Input of {@link BackupPlan}. Saying nothing gets the tier's schedule, retention and restore
 * tests, which in STAGING and PROD need {@link #alerts()}.
 */
@Value.Immutable
@GroundworkStyle
public interface BackupPlanProps {

  /** Days a daily recovery point is kept. Default by tier: 7 in DEV, 14 in STAGING, 35 in PROD. */
  Optional<Integer> dailyRetentionDays();

  /** Days a monthly recovery point is kept. Default by tier: 30 in DEV, 90 in STAGING, 365 in PROD. */
  Optional<Integer> monthlyRetentionDays();

  /**
   * Copy every recovery point to the vault {@link BackupPlan#recoveryVaultName()} in the
   * environment's recovery stack (in its recovery region), each copy kept as long as its source
   * point. Default: on in PROD when the environment names a recovery region, off otherwise;
   * {@code false} is the explicit opt-out, {@code true} needs a recovery region.
   */
  Optional<Boolean> copyToRecoveryRegion();

  /**
   * Restore tests: on {@link #restoreTestSchedule()}, AWS Backup restores the latest recovery point
   * of every {@link DatabaseCluster} and {@link SecureBucket} of the environment (in the plan's
   * region) into a new, unreachable copy, keeps it {@link #restoreTestValidationHours()} and
   * deletes it; a failed or missing test is reported to {@link #alerts()}. Default by tier: off in
   * DEV, on in STAGING and PROD; {@code false} is the explicit opt-out, {@code true} turns them on
   * in DEV. On needs {@link #alerts()}.
   */
  Optional<Boolean> restoreTests();

  /**
   * When restore tests start. Default by tier: Mondays and Thursdays at 05:00 UTC in DEV and
   * STAGING, daily at 05:00 UTC in PROD (after the 03:00 UTC backup).
   */
  Optional<RestoreTestSchedule> restoreTestSchedule();

  /**
   * Hours a restored copy is kept for validation before AWS Backup deletes it, 1 to 168.
   * Default: 1.
   */
  Optional<Integer> restoreTestValidationHours();

  /**
   * Where a restore test that failed or did not run is reported, e.g. an {@code AlertTopic}'s
   * {@code notificationTopic()} in the plan's stack: a failed test is a ticket for the working day,
   * not a page (nothing users see is broken yet). Its policy must let EventBridge and CloudWatch
   * of this account publish, and its key let them encrypt (an {@code AlertTopic}'s do). Required
   * when restore tests are on.
   */
  Optional<ITopic> alerts();

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("BackupPlanProps");
    checkRetention("dailyRetentionDays", dailyRetentionDays(), problems);
    checkRetention("monthlyRetentionDays", monthlyRetentionDays(), problems);
    restoreTestValidationHours().filter(h -> h < 1 || h > 168).ifPresent(h -> problems.add(
        "BACKUP_RESTORE_TEST_VALIDATION_HOURS", "restoreTestValidationHours", h, "1 to 168 hours (AWS Backup's range)",
        "Leave it unset to keep a restored copy for 1 hour."));
    problems.throwIfAny();
  }

  private static void checkRetention(String property, Optional<Integer> days, Problems problems) {
    days.filter(d -> d < 1 || d > 36_500).ifPresent(d -> problems.add("BACKUP_RETENTION", property, d,
        "1 to 36500 days", "Leave it unset for the tier's retention."));
  }

  /** Every default. */
  static BackupPlanProps defaults() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BackupPlanProps}. */
  final class Builder extends ImmutableBackupPlanProps.Builder {}
}

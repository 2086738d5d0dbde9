package dev.groundwork.constructs.data;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.Optional;
import org.immutables.value.Value;

/** Input of {@link BackupPlan}. Saying nothing gets the tier's schedule and retention. */
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

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("BackupPlanProps");
    checkRetention("dailyRetentionDays", dailyRetentionDays(), problems);
    checkRetention("monthlyRetentionDays", monthlyRetentionDays(), problems);
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

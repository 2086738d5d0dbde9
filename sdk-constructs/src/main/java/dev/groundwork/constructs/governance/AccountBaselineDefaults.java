package dev.groundwork.constructs.governance;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;
import java.util.Optional;

/** Resolves the tier-dependent settings of an {@link AccountBaseline}, in one place. */
final class AccountBaselineDefaults {
  /** Production audit logs cannot be rewritten for a year. */
  static final ByTier<Optional<Integer>> OBJECT_LOCK_RETENTION_DAYS =
      ByTier.of(Optional.empty(), Optional.empty(), Optional.of(365));
  /** In production, deleting the baseline's stack stops nothing. */
  static final ByTier<Boolean> RETAIN_EVERYTHING = ByTier.of(false, false, true);
  /** A stack changed by hand in production is found the same working day; elsewhere within a day. */
  static final ByTier<Integer> STACK_DRIFT_CHECK_HOURS = ByTier.of(24, 24, 6);

  private AccountBaselineDefaults() {}

  static AccountBaselineSettings resolve(AccountBaselineProps props, PlatformContext context) {
    return new AccountBaselineSettings(
        props.trailLogRetentionDays().orElse(context.defaults().logRetentionDays()),
        props.objectLockRetentionDays().or(() -> OBJECT_LOCK_RETENTION_DAYS.get(context.tier())),
        RETAIN_EVERYTHING.get(context.tier()),
        context.app() + "-" + context.environment() + "-audit",
        props.guardDutyDetector(),
        STACK_DRIFT_CHECK_HOURS.get(context.tier()),
        context.app() + "-" + context.environment() + "-stack-drift");
  }
}

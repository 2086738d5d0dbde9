package dev.groundwork.constructs.governance;

import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Tier;
import java.util.Optional;

/** Resolves the tier-dependent settings of an {@link AccountBaseline}, in one place. */
final class AccountBaselineDefaults {
  private AccountBaselineDefaults() {}

  /**
   * @param trailLogRetentionDays days the trail's CloudWatch Logs copy is kept
   * @param objectLockRetentionDays the audit bucket's Object Lock retention, if locked
   * @param retainEverything whether every resource of the baseline (not only the stateful ones)
   *     survives a stack deletion or replacement
   */
  record Settings(int trailLogRetentionDays, Optional<Integer> objectLockRetentionDays, boolean retainEverything) {}

  static Settings resolve(AccountBaselineProps props, PlatformContext context) {
    boolean prod = context.tier() == Tier.PROD;
    return new Settings(
        props.trailLogRetentionDays().orElse(context.defaults().logRetentionDays()),
        props.objectLockRetentionDays().or(() -> prod ? Optional.of(365) : Optional.empty()),
        prod);
  }
}

package dev.groundwork.pipelines;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;

/** Resolves every setting of a {@link FeatureFlags}, in one place. */
final class FeatureFlagsDefaults {
  /** Outside DEV a flag change must be able to roll itself back. */
  static final ByTier<Boolean> ROLLBACK_ALARMS_REQUIRED = ByTier.of(false, true, true);
  /** Percent of the service's tasks that get the change at each step. */
  static final int GROWTH_FACTOR_PERCENT = 20;
  static final int DEPLOYMENT_MINUTES = 10;
  static final int FINAL_BAKE_MINUTES = 10;

  private FeatureFlagsDefaults() {}

  static FeatureFlagsSettings resolve(FeatureFlagsProps props, PlatformContext context) {
    return new FeatureFlagsSettings(
        context.app() + "-" + props.service(),
        context.environment(),
        props.service() + "-flags",
        ROLLBACK_ALARMS_REQUIRED.get(context.tier()),
        GROWTH_FACTOR_PERCENT,
        DEPLOYMENT_MINUTES,
        FINAL_BAKE_MINUTES);
  }
}

package dev.groundwork.constructs.observability;

import dev.groundwork.core.PlatformContext;

/** Resolves every setting of an {@link UptimeCanary}, in one place: the same in every tier. */
final class UptimeCanaryDefaults {
  /** How often the URL is requested. */
  static final int EVERY_MINUTES = 5;
  /** How long one request may take before the run fails. */
  static final int TIMEOUT_SECONDS = 30;

  private UptimeCanaryDefaults() {}

  static UptimeCanarySettings resolve(UptimeCanaryProps props, PlatformContext context) {
    return new UptimeCanarySettings(props.url(), EVERY_MINUTES, TIMEOUT_SECONDS, false);
  }
}

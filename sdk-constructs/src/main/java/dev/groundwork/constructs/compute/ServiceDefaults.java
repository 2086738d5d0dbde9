package dev.groundwork.constructs.compute;

import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Tier;

/** Resolves the tier-dependent {@link ServiceOptions} every service shares, in one place. */
final class ServiceDefaults {
  private ServiceDefaults() {}

  /**
   * Resolves {@code options}; the task-count defaults differ by service, so the caller gives them
   * for {@code context}'s tier.
   */
  static ServiceSettings resolve(ServiceOptions options, PlatformContext context, int defaultMinTasks,
      int defaultMaxTasks) {
    return ServiceSettings.builder()
        .minTasks(options.minTasks().orElse(defaultMinTasks))
        .maxTasks(options.maxTasks().orElse(defaultMaxTasks))
        .executeCommand(options.executeCommand().orElse(context.tier() != Tier.PROD))
        .logRetentionDays(options.logRetentionDays().orElse(context.defaults().logRetentionDays()))
        .build();
  }
}

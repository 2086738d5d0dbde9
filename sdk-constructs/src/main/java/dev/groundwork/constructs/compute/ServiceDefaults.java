package dev.groundwork.constructs.compute;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;

/**
 * Resolves the {@link ServiceOptions} every service shares, in one place: the part of
 * {@link WebServiceDefaults} and {@link QueueWorkerServiceDefaults} they have in common.
 */
final class ServiceDefaults {
  /**
   * Shell access into tasks is off outside DEV unless asked for: ECS Exec needs the
   * {@code ssmmessages} channel actions, which accept no resource ARN, so its grant is on
   * {@code Resource: "*"} and cannot be narrowed to the service.
   */
  static final ByTier<Boolean> EXECUTE_COMMAND = ByTier.of(true, false, false);
  /** Traces where they are read: in the tiers that take real traffic. */
  static final ByTier<Boolean> TRACING = ByTier.of(false, true, true);

  private ServiceDefaults() {}

  /** Resolves {@code options}; the task-count defaults differ by service, so the caller gives its table. */
  static ServiceSettings resolve(ServiceOptions options, PlatformContext context, ByTier<Integer> minTasks,
      ByTier<Integer> maxTasks) {
    return new ServiceSettings(
        options.minTasks().orElse(minTasks.get(context.tier())),
        options.maxTasks().orElse(maxTasks.get(context.tier())),
        options.executeCommand().orElse(EXECUTE_COMMAND.get(context.tier())),
        options.logRetentionDays().orElse(context.defaults().logRetentionDays()),
        options.tracing().orElse(TRACING.get(context.tier())));
  }
}

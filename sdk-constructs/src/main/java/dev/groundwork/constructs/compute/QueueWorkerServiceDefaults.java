package dev.groundwork.constructs.compute;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;

/** Resolves every tier-dependent setting of a {@link QueueWorkerService}, in one place. */
final class QueueWorkerServiceDefaults {
  /** SQS keeps messages at most 14 days; dead letters get all of it, for investigation. */
  static final int DEAD_LETTER_RETENTION_DAYS = 14;
  static final ByTier<Integer> MIN_TASKS = ByTier.of(1, 1, 2);
  static final ByTier<Integer> MAX_TASKS = ByTier.of(2, 5, 10);

  private QueueWorkerServiceDefaults() {}

  static QueueWorkerServiceSettings resolve(QueueWorkerServiceProps props, PlatformContext context) {
    return new QueueWorkerServiceSettings(
        ServiceDefaults.resolve(props, context, MIN_TASKS, MAX_TASKS),
        DEAD_LETTER_RETENTION_DAYS,
        true);
  }
}

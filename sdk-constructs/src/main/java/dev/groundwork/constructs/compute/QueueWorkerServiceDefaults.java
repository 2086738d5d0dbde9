package dev.groundwork.constructs.compute;

import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Tier;

/** Resolves every tier-dependent setting of a {@link QueueWorkerService}, in one place. */
final class QueueWorkerServiceDefaults {
  /** SQS keeps messages at most 14 days; dead letters get all of it, for investigation. */
  static final int DEAD_LETTER_RETENTION_DAYS = 14;

  private QueueWorkerServiceDefaults() {}

  static QueueWorkerServiceSettings resolve(QueueWorkerServiceProps props, PlatformContext context) {
    Tier tier = context.tier();
    return new QueueWorkerServiceSettings(
        props.minTasks().orElse(tier == Tier.PROD ? 2 : 1),
        props.maxTasks().orElse(switch (tier) {
          case DEV -> 2;
          case STAGING -> 5;
          case PROD -> 10;
        }),
        props.executeCommand().orElse(tier != Tier.PROD),
        props.logRetentionDays().orElse(context.defaults().logRetentionDays()),
        DEAD_LETTER_RETENTION_DAYS,
        true);
  }
}

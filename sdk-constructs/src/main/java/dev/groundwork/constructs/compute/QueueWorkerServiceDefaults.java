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
    return QueueWorkerServiceSettings.builder()
        .service(ServiceDefaults.resolve(props, context,
            tier == Tier.PROD ? 2 : 1,
            switch (tier) {
              case DEV -> 2;
              case STAGING -> 5;
              case PROD -> 10;
            }))
        .deadLetterRetentionDays(DEAD_LETTER_RETENTION_DAYS)
        .enforceSsl(true)
        .build();
  }
}

package dev.groundwork.constructs.observability;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;

/** Resolves every threshold of a {@link QueueWorkerWatcher}, by tier, in one place. */
final class QueueWorkerWatcherDefaults {
  static final ByTier<Double> OLDEST_MESSAGE_AGE_SECONDS = ByTier.of(3600.0, 1800.0, 600.0);
  static final ByTier<Double> BACKLOG_PER_TASK = ByTier.of(1000.0, 500.0, 250.0);

  private QueueWorkerWatcherDefaults() {}

  static QueueWorkerWatcherSettings resolve(QueueWorkerWatchOptions options, PlatformContext context) {
    return new QueueWorkerWatcherSettings(
        TaskWatchDefaults.resolve(options, context),
        options.oldestMessageAgeSeconds().orElse(OLDEST_MESSAGE_AGE_SECONDS.get(context.tier())),
        options.backlogPerTask().orElse(BACKLOG_PER_TASK.get(context.tier())));
  }
}

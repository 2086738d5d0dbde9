package dev.groundwork.constructs.observability;

import static dev.groundwork.constructs.observability.TaskWatchDefaults.byTier;

import dev.groundwork.core.Tier;

/** Resolves every threshold of a {@link QueueWorkerWatcher}, by tier, in one place. */
final class QueueWorkerWatcherDefaults {
  private QueueWorkerWatcherDefaults() {}

  /**
   * @param task the thresholds every Fargate service shares
   * @param oldestMessageAgeSeconds age of the oldest message that pages
   * @param backlogPerTask visible messages per running task that notify
   */
  record Thresholds(TaskWatchDefaults.Thresholds task, double oldestMessageAgeSeconds, double backlogPerTask) {}

  static Thresholds resolve(QueueWorkerWatchOptions options, Tier tier) {
    return new Thresholds(
        TaskWatchDefaults.resolve(options, tier),
        options.oldestMessageAgeSeconds().orElse(byTier(tier, 3600, 1800, 600)),
        options.backlogPerTask().orElse(byTier(tier, 1000, 500, 250)));
  }
}

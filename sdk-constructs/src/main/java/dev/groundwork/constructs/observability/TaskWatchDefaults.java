package dev.groundwork.constructs.observability;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;

/**
 * Resolves, by tier, the window and thresholds every watched Fargate service shares: the part of
 * {@link WebServiceWatcherDefaults} and {@link QueueWorkerWatcherDefaults} they have in common.
 */
final class TaskWatchDefaults {
  /** M of N by tier: DEV tolerates the most noise, PROD reacts fastest. */
  static final ByTier<AlarmWindow> WINDOW =
      ByTier.of(AlarmWindow.of(5, 5), AlarmWindow.of(3, 5), AlarmWindow.of(2, 3));
  static final ByTier<Double> CPU_PERCENT = ByTier.of(90.0, 85.0, 80.0);
  static final ByTier<Double> MEMORY_PERCENT = ByTier.of(90.0, 85.0, 80.0);
  static final ByTier<Double> ERROR_LINES_PER_MINUTE = ByTier.of(50.0, 20.0, 10.0);

  private TaskWatchDefaults() {}

  /** The window of {@code options}, else the tier's. */
  static AlarmWindow window(WatchOptions options, PlatformContext context) {
    return options.window().orElse(WINDOW.get(context.tier()));
  }

  static TaskWatchSettings resolve(TaskWatchOptions options, PlatformContext context) {
    return new TaskWatchSettings(
        options.cpuPercent().orElse(CPU_PERCENT.get(context.tier())),
        options.memoryPercent().orElse(MEMORY_PERCENT.get(context.tier())),
        options.errorLinesPerMinute().orElse(ERROR_LINES_PER_MINUTE.get(context.tier())),
        window(options, context));
  }
}

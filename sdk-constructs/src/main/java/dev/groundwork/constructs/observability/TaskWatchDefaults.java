package dev.groundwork.constructs.observability;

import dev.groundwork.core.Tier;

/** Resolves, by tier, the window and thresholds every watched Fargate service shares. */
final class TaskWatchDefaults {
  private TaskWatchDefaults() {}

  /**
   * @param cpuPercent average CPU that notifies
   * @param memoryPercent average memory that notifies
   * @param errorLinesPerMinute ERROR log lines per minute that notify
   * @param window M of N of every alarm
   */
  record Thresholds(double cpuPercent, double memoryPercent, double errorLinesPerMinute, AlarmWindow window) {}

  /** The window by tier: DEV tolerates the most noise, PROD reacts fastest. */
  static AlarmWindow window(WatchOptions options, Tier tier) {
    return options.window().orElseGet(() -> switch (tier) {
      case DEV -> AlarmWindow.of(5, 5);
      case STAGING -> AlarmWindow.of(3, 5);
      case PROD -> AlarmWindow.of(2, 3);
    });
  }

  static Thresholds resolve(TaskWatchOptions options, Tier tier) {
    return new Thresholds(
        options.cpuPercent().orElse(byTier(tier, 90, 85, 80)),
        options.memoryPercent().orElse(byTier(tier, 90, 85, 80)),
        options.errorLinesPerMinute().orElse(byTier(tier, 50, 20, 10)),
        window(options, tier));
  }

  /** One value per tier, in tier order, so each default reads as one row of the docs' table. */
  static double byTier(Tier tier, double dev, double staging, double prod) {
    return switch (tier) {
      case DEV -> dev;
      case STAGING -> staging;
      case PROD -> prod;
    };
  }
}

package dev.groundwork.constructs.observability;

import java.util.Optional;

/** The thresholds every watched Fargate service shares: saturation and error log lines. */
public interface TaskWatchOptions extends WatchOptions {

  /** Average CPU utilization that notifies, in percent. Default by tier: 90, 85, 80. */
  Optional<Double> cpuPercent();

  /** Average memory utilization that notifies, in percent. Default by tier: 90, 85, 80. */
  Optional<Double> memoryPercent();

  /** ERROR log lines per minute that notify. Default by tier: 50, 20, 10. */
  Optional<Double> errorLinesPerMinute();
}

package dev.groundwork.constructs.observability;

import java.util.List;
import java.util.Optional;

/**
 * What watching any service takes: its runbook, the thresholds every Fargate service shares,
 * the alarm window and the user's own alarms. {@link WebServiceWatchOptions} and
 * {@link QueueWorkerWatchOptions} extend it; {@link DatabaseWatchOptions} takes the runbook,
 * window and own alarms too.
 */
public interface WatchOptions {

  /**
   * The https:// URL of the service's runbook; required. Every alarm's description carries it, so
   * whoever an alarm reaches knows where to start.
   */
  Optional<String> runbookUrl();

  /** M of N one-minute datapoints for every alarm. Default by tier: DEV 5 of 5, STAGING 3 of 5, PROD 2 of 3. */
  Optional<AlarmWindow> window();

  /** Alarms on the user's own metrics, with the same conventions. Default: none. */
  List<CustomAlarm> customAlarms();
}

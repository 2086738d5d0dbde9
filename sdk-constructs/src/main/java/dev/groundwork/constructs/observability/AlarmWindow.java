package dev.groundwork.constructs.observability;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import org.immutables.value.Value;

/**
 * "M out of N": an alarm fires when {@code datapointsToAlarm} of the last
 * {@code evaluationPeriods} one-minute datapoints breach. A single bad minute never fires an
 * alarm built by Groundwork; this is the first defence against alert fatigue.
 */
@Value.Immutable
@GroundworkStyle
public interface AlarmWindow {

  /** M: breaching datapoints needed, 1 to N. */
  @Value.Parameter
  int datapointsToAlarm();

  /** N: datapoints looked at, 1 to 1440 (a day of minutes). */
  @Value.Parameter
  int evaluationPeriods();

  /** M out of N one-minute datapoints. */
  static AlarmWindow of(int datapointsToAlarm, int evaluationPeriods) {
    return ImmutableAlarmWindow.of(datapointsToAlarm, evaluationPeriods);
  }

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("AlarmWindow");
    if (evaluationPeriods() < 1 || evaluationPeriods() > 1440) {
      problems.add("ALARM_WINDOW", "evaluationPeriods", evaluationPeriods(), "1 to 1440",
          "Look at a few minutes, e.g. AlarmWindow.of(3, 5).");
    }
    if (datapointsToAlarm() < 1 || datapointsToAlarm() > evaluationPeriods()) {
      problems.add("ALARM_WINDOW", "datapointsToAlarm", datapointsToAlarm(),
          "1 to evaluationPeriods (" + evaluationPeriods() + ")",
          "M of N needs M at most N, e.g. AlarmWindow.of(3, 5).");
    }
    problems.throwIfAny();
  }
}

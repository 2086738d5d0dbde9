package dev.groundwork.constructs.observability;

import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;

/**
 * One alarm a watcher asks {@link ServiceAlarms} for.
 *
 * @param summary what the alarm means, first line of its description
 * @param firstCheck what to look at first when it fires
 * @param metric the metric or metric-math expression
 * @param threshold the threshold
 * @param comparison how the metric is compared with it
 * @param window M of N
 * @param missingData what a gap in the data means
 * @param pages whether it joins the service's paging composite (a symptom users feel) or only
 *     notifies (a cause worth a look in working hours)
 */
record AlarmSpec(String summary, String firstCheck, IMetric metric, double threshold,
    ComparisonOperator comparison, AlarmWindow window, TreatMissingData missingData, boolean pages) {

  static AlarmSpec of(CustomAlarm custom, AlarmWindow defaultWindow) {
    return new AlarmSpec(custom.summary(), custom.firstCheck(), custom.metric(), custom.threshold(),
        custom.comparison(), custom.window().orElse(defaultWindow), custom.missingData(), custom.pages());
  }

  /** A threshold as descriptions show it: 99.0 as "99", 99.9 as "99.9". */
  static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}

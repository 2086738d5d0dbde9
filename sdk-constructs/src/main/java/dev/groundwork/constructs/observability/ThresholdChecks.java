package dev.groundwork.constructs.observability;

import dev.groundwork.core.Problems;
import java.util.Optional;

/** The value checks every watcher's options share, so their messages never drift. */
final class ThresholdChecks {
  private ThresholdChecks() {}

  /** A threshold override, if given, is above zero. */
  static void positive(Problems problems, String property, Optional<? extends Number> value) {
    value.ifPresent(v -> {
      if (!(v.doubleValue() > 0)) {
        problems.add("ALARM_THRESHOLD", property, v, "above 0",
            "Give a positive threshold, or leave it unset for the tier's default.");
      }
    });
  }

  /** A percentage override, if given, is in (0, 100]. */
  static void percent(Problems problems, String property, Optional<Double> value) {
    value.ifPresent(v -> {
      if (!(v > 0 && v <= 100)) {
        problems.add("ALARM_THRESHOLD", property, v, "above 0 and at most 100 (percent)",
            "Give a percentage such as 5, or leave it unset for the tier's default.");
      }
    });
  }

  /**
   * An SLO, if given, is at least 50 and below 100 percent: 100 leaves no error budget to burn,
   * and below 50 is no objective anyone would hold a service to.
   */
  static void objective(Problems problems, String property, Optional<Double> value) {
    value.ifPresent(v -> {
      if (!(v >= 50 && v < 100)) {
        problems.add("SLO_OBJECTIVE", property, v, "at least 50 and below 100 (percent)",
            "Give an objective such as 99.9, or leave it unset for the tier's default; 100 leaves no error budget.");
      }
    });
  }

  /** A percentile is in (0, 100]. */
  static void percentile(Problems problems, String property, double value) {
    if (!(value > 0 && value <= 100)) {
      problems.add("ALARM_PERCENTILE", property, value, "above 0 and at most 100",
          "Use 99 for p99, 99.9 for p99.9.");
    }
  }

  /** The runbook URL is given and is an https:// URL. */
  static void runbook(Problems problems, Optional<String> runbookUrl) {
    if (runbookUrl.isEmpty()) {
      problems.add("ALARM_RUNBOOK_REQUIRED", "runbookUrl", "nothing", "the https:// URL of the service's runbook",
          "Every alarm tells the person it wakes where to start: write the runbook and pass runbookUrl(\"https://…\").");
    } else if (!HttpsUrls.isHttps(runbookUrl.get())) {
      problems.add("ALARM_RUNBOOK_URL", "runbookUrl", runbookUrl.get(), "an https:// URL with a host",
          "Link the runbook page over HTTPS.");
    }
  }

  /** The thresholds every watched Fargate service shares, and the runbook. */
  static void task(TaskWatchOptions options, Problems problems) {
    runbook(problems, options.runbookUrl());
    percent(problems, "cpuPercent", options.cpuPercent());
    percent(problems, "memoryPercent", options.memoryPercent());
    positive(problems, "errorLinesPerMinute", options.errorLinesPerMinute());
  }
}

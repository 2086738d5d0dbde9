package dev.groundwork.constructs.data;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * When a {@link BackupPlan}'s restore tests start: on some days of the week at one hour (UTC).
 *
 * <p>Runs are at most 6 days apart. The alarm that reports a test which did not run looks back
 * over the longest gap between two runs plus a day, and CloudWatch looks back at most 7 days, so
 * a weekly test could never be told apart from a missed one; test at least twice a week.
 */
@Value.Immutable
@GroundworkStyle
public interface RestoreTestSchedule {
  /** After the plan's daily backup (03:00 UTC), so the latest recovery point is at most hours old. */
  int DEFAULT_HOUR_UTC = 5;
  /** CloudWatch's longest alarm look-back, in days (Period × EvaluationPeriods ≤ 604,800 s). */
  int ALARM_LOOK_BACK_DAYS = 7;

  /** The days tests start on. */
  Set<DayOfWeek> days();

  /** The hour (UTC) tests start at, 0 to 23. Default: 5 (05:00 UTC). */
  @Value.Default
  default int hourUtc() {
    return DEFAULT_HOUR_UTC;
  }

  /** Every day at 05:00 UTC. */
  static RestoreTestSchedule daily() {
    return ImmutableRestoreTestSchedule.builder().addAllDays(EnumSet.allOf(DayOfWeek.class)).build();
  }

  /** On {@code first} and {@code more} at 05:00 UTC, e.g. {@code on(MONDAY, THURSDAY)}. */
  static RestoreTestSchedule on(DayOfWeek first, DayOfWeek... more) {
    return ImmutableRestoreTestSchedule.builder().addAllDays(EnumSet.of(first, more)).build();
  }

  /** The same days at {@code hour} UTC. */
  default RestoreTestSchedule atHourUtc(int hour) {
    return ImmutableRestoreTestSchedule.builder().addAllDays(days()).hourUtc(hour).build();
  }

  /** The AWS Backup cron expression, e.g. {@code cron(0 5 ? * MON,THU *)}; days in week order. */
  default String cronExpression() {
    String days = days().size() == 7 ? "*" : sortedDays().stream()
        .map(day -> day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT))
        .collect(Collectors.joining(","));
    return "cron(0 " + hourUtc() + " ? * " + days + " *)";
  }

  /** The most days from one run to the next: 1 when daily, 7 when weekly. */
  default int longestGapDays() {
    List<DayOfWeek> sorted = sortedDays();
    int longest = 0;
    for (int i = 0; i < sorted.size(); i++) {
      int next = i + 1 < sorted.size() ? sorted.get(i + 1).getValue() : sorted.get(0).getValue() + 7;
      longest = Math.max(longest, next - sorted.get(i).getValue());
    }
    return longest;
  }

  /** Days an alarm waits for a completed test before it reports none: the longest gap plus a day. */
  default int missedAfterDays() {
    return longestGapDays() + 1;
  }

  /** {@code days} in week order, Monday first. */
  private List<DayOfWeek> sortedDays() {
    return days().stream().sorted().toList();
  }

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("RestoreTestSchedule");
    if (hourUtc() < 0 || hourUtc() > 23) {
      problems.add("RESTORE_TEST_SCHEDULE", "hourUtc", hourUtc(), "0 to 23",
          "Give an hour of the day in UTC, e.g. atHourUtc(5).");
    }
    if (days().isEmpty()) {
      problems.add("RESTORE_TEST_SCHEDULE", "days", "none", "at least two days a week, or daily()",
          "Use RestoreTestSchedule.daily() or RestoreTestSchedule.on(MONDAY, THURSDAY).");
    } else if (missedAfterDays() > ALARM_LOOK_BACK_DAYS) {
      problems.add("RESTORE_TEST_SCHEDULE", "days", days().stream().sorted().toList() + " (" + longestGapDays()
              + " days between runs)", "at most 6 days between runs, so a test that does not run is noticed "
              + "within CloudWatch's 7-day alarm look-back",
          "Test on a second day of the week, e.g. RestoreTestSchedule.on(MONDAY, THURSDAY).");
    }
    problems.throwIfAny();
  }
}

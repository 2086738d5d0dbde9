package dev.groundwork.pipelines.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The times a cron expression of CodePipeline's {@code DeploymentWindow} rule allows, read as the
 * service documents it (Quartz-style fields, day-of-week 1-7 = SUN-SAT): which minute of which
 * day a deployment may start. Used to report a window that opens on a weekend and, in tests, to
 * read the default window hour by hour. The expression must pass {@link WindowCron#problem}.
 */
public final class WindowSchedule {
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
  /** The years the rule accepts: a weekend is searched for among all of them. */
  private static final int FIRST_YEAR = 1970;
  private static final int LAST_YEAR = 2199;

  private final BitSet minutes;
  private final BitSet hours;
  private final BitSet months;
  private final BitSet years;
  private final List<String> dayOfMonth;
  private final List<String> dayOfWeek;

  private WindowSchedule(String[] fields) {
    this.minutes = values(fields[1], 0, 59, List.of());
    this.hours = values(fields[2], 0, 23, List.of());
    this.dayOfMonth = fields[3].equals("?") ? List.of() : List.of(fields[3].split(","));
    this.months = values(fields[4], 1, 12, MONTHS);
    this.dayOfWeek = fields[5].equals("?") ? List.of() : List.of(fields[5].split(","));
    this.years = fields.length == 7 ? values(fields[6], FIRST_YEAR, LAST_YEAR, List.of())
        : values("*", FIRST_YEAR, LAST_YEAR, List.of());
  }

  /** The schedule of {@code cron}, which {@link WindowCron#problem} accepts. */
  public static WindowSchedule of(String cron) {
    WindowCron.problem(cron).ifPresent(problem -> {
      throw new IllegalArgumentException("'" + cron + "' " + problem);
    });
    return new WindowSchedule(cron.trim().toUpperCase(Locale.ROOT).split("\\s+"));
  }

  /** Whether a deployment may start at {@code time} (local time of the window's zone). */
  public boolean allows(LocalDateTime time) {
    return minutes.get(time.getMinute()) && hours.get(time.getHour()) && opensOn(time.toLocalDate());
  }

  /** Whether any minute of {@code date} is allowed. */
  public boolean opensOn(LocalDate date) {
    if (!years.get(date.getYear() - FIRST_YEAR) || !months.get(date.getMonthValue())) {
      return false;
    }
    return dayOfMonth.isEmpty() ? dayOfWeek.stream().anyMatch(item -> dayOfWeekMatches(item, date))
        : dayOfMonth.stream().anyMatch(item -> dayOfMonthMatches(item, date));
  }

  /**
   * The weekend days (Saturday, Sunday) on which the window opens in some allowed year; empty for
   * a window of weekdays only.
   */
  public Set<DayOfWeek> weekendDays() {
    Set<DayOfWeek> found = new TreeSet<>();
    for (LocalDate day = LocalDate.of(FIRST_YEAR, 1, 1); day.getYear() <= LAST_YEAR && found.size() < 2;
        day = day.plusDays(1)) {
      DayOfWeek weekday = day.getDayOfWeek();
      if ((weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) && !found.contains(weekday)
          && opensOn(day)) {
        found.add(weekday);
      }
    }
    return found;
  }

  private static boolean dayOfMonthMatches(String item, LocalDate date) {
    int last = date.lengthOfMonth();
    if (item.equals("L")) {
      return date.getDayOfMonth() == last;
    }
    if (item.startsWith("L-")) {
      return date.getDayOfMonth() == last - Integer.parseInt(item.substring(2));
    }
    if (item.equals("LW")) {
      return date.equals(nearestWeekday(date.withDayOfMonth(last)));
    }
    if (item.endsWith("W")) {
      int day = Math.min(Integer.parseInt(item.substring(0, item.length() - 1)), last);
      return date.equals(nearestWeekday(date.withDayOfMonth(day)));
    }
    return values(item, 1, 31, List.of()).get(date.getDayOfMonth());
  }

  /** The weekday nearest {@code day} inside its month (Quartz's {@code W}). */
  private static LocalDate nearestWeekday(LocalDate day) {
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return day.getDayOfMonth() == 1 ? day.plusDays(2) : day.minusDays(1);
    }
    if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return day.getDayOfMonth() == day.lengthOfMonth() ? day.minusDays(2) : day.plusDays(1);
    }
    return day;
  }

  private static boolean dayOfWeekMatches(String item, LocalDate date) {
    int number = date.getDayOfWeek().getValue() % 7 + 1; // SUN=1 ... SAT=7
    if (item.equals("L")) {
      return number == 7;
    }
    if (item.endsWith("L")) {
      DayOfWeek wanted = dayOfWeek(Integer.parseInt(item.substring(0, item.length() - 1)));
      return date.equals(date.with(TemporalAdjusters.lastInMonth(wanted)));
    }
    if (item.contains("#")) {
      String[] parts = item.split("#");
      DayOfWeek wanted = dayOfWeek(Integer.parseInt(parts[0]));
      return date.equals(date.with(TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(parts[1]), wanted)));
    }
    return values(item, 1, 7, DAYS).get(number);
  }

  private static DayOfWeek dayOfWeek(int cronNumber) {
    return DayOfWeek.of((cronNumber + 5) % 7 + 1);
  }

  /** The values of a comma-separated field of numbers, names, ranges, {@code *} and steps. */
  private static BitSet values(String field, int min, int max, List<String> names) {
    BitSet set = new BitSet();
    int offset = min == FIRST_YEAR ? FIRST_YEAR : 0;
    for (String item : field.split(",")) {
      String[] stepped = item.split("/");
      int step = stepped.length == 2 ? Integer.parseInt(stepped[1]) : 1;
      int from;
      int to;
      if (stepped[0].equals("*")) {
        from = min;
        to = max;
      } else {
        String[] range = stepped[0].split("-");
        from = number(range[0], min, names);
        to = range.length == 2 ? number(range[1], min, names) : stepped.length == 2 ? max : from;
      }
      // A range that wraps (FRI-MON, 22-2) runs to the end of the field and on from its start.
      int length = to >= from ? to - from : max - from + 1 + to - min;
      for (int i = 0; i <= length; i += step) {
        int v = from + i > max ? from + i - (max - min + 1) : from + i;
        set.set(v - offset);
      }
    }
    return set;
  }

  private static int number(String text, int min, List<String> names) {
    int index = names.indexOf(text);
    return index >= 0 ? index + min : Integer.parseInt(text);
  }
}

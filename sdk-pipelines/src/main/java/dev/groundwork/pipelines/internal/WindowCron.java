package dev.groundwork.pipelines.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a cron expression of CodePipeline's {@code DeploymentWindow} rule as the service
 * documents it: {@code seconds minutes hours day-of-month month day-of-week [year]}, seconds
 * {@code *} only, and exactly one of day-of-month and day-of-week {@code ?}.
 */
public final class WindowCron {
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
  private static final Pattern ITEM = Pattern.compile("(\\*|[A-Z0-9]+(?:-[A-Z0-9]+)?)(?:/(\\d+))?");
  private static final Pattern DAY_OF_MONTH_SPECIAL = Pattern.compile("L|LW|L-\\d{1,2}|\\d{1,2}W");
  private static final Pattern DAY_OF_WEEK_SPECIAL = Pattern.compile("[1-7]L|[1-7]#[1-5]|L");

  private WindowCron() {}

  /** What is wrong with {@code cron}, or empty if CodePipeline accepts it. */
  public static Optional<String> problem(String cron) {
    String[] fields = cron.trim().toUpperCase(Locale.ROOT).split("\\s+");
    if (fields.length != 6 && fields.length != 7) {
      return Optional.of("has " + fields.length + " fields");
    }
    if (!fields[0].equals("*")) {
      return Optional.of("has seconds '" + fields[0] + "'; seconds must be '*'");
    }
    boolean domAny = fields[3].equals("?");
    boolean dowAny = fields[5].equals("?");
    if (domAny == dowAny) {
      return Optional.of("needs '?' in exactly one of day-of-month and day-of-week");
    }
    return firstPresent(
        field("minutes", fields[1], 0, 59, List.of(), null),
        field("hours", fields[2], 0, 23, List.of(), null),
        domAny ? Optional.empty() : field("day-of-month", fields[3], 1, 31, List.of(), DAY_OF_MONTH_SPECIAL),
        field("month", fields[4], 1, 12, MONTHS, null),
        dowAny ? Optional.empty() : field("day-of-week", fields[5], 1, 7, DAYS, DAY_OF_WEEK_SPECIAL),
        fields.length == 7 ? field("year", fields[6], 1970, 2199, List.of(), null) : Optional.empty());
  }

  @SafeVarargs
  private static Optional<String> firstPresent(Optional<String>... problems) {
    for (Optional<String> p : problems) {
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> field(String name, String field, int min, int max,
      List<String> names, Pattern special) {
    for (String item : field.split(",", -1)) {
      if (special != null && special.matcher(item).matches()) {
        continue;
      }
      Matcher m = ITEM.matcher(item);
      if (!m.matches()) {
        return Optional.of("has " + name + " '" + field + "' that does not parse");
      }
      if (m.group(1).equals("*")) {
        continue;
      }
      for (String value : m.group(1).split("-")) {
        int number = value.matches("\\d+") ? Integer.parseInt(value)
            : names.indexOf(value) < 0 ? -1 : names.indexOf(value) + min;
        if (number < min || number > max) {
          return Optional.of("has " + name + " '" + value + "' outside " + min + "-" + max);
        }
      }
    }
    return Optional.empty();
  }
}

package dev.groundwork.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * AWS's limits on tag keys and values, checked before synthesis so a bad tag fails here with a
 * clear message instead of at deploy time, resource by resource.
 */
public final class TagConstraints {
  static final int MAX_KEY_LENGTH = 128;
  static final int MAX_VALUE_LENGTH = 256;
  /** Letters, digits and spaces in any script, and {@code _ . : / = + - @}. */
  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
  private static final String ALLOWED_TEXT =
      "letters, digits, spaces and _ . : / = + - @";

  private TagConstraints() {}

  /** Problems with a custom tag; reserved keys are refused so required tags stay authoritative. */
  public static List<Problem> check(String where, String key, String value, Set<String> reservedKeys) {
    List<Problem> problems = new ArrayList<>(checkKey(where, key));
    if (key != null && reservedKeys.contains(key)) {
      problems.add(new Problem("TAG_KEY_RESERVED", where, "tags", "'" + key + "'",
          "a key other than " + String.join(", ", reservedKeys.stream().sorted().toList()),
          "Required tags are set from PlatformAppProps (name, team, costCenter) and the "
              + "environment; change them there."));
    }
    problems.addAll(checkValue(where, key, value));
    return problems;
  }

  public static List<Problem> checkKey(String where, String key) {
    List<Problem> problems = new ArrayList<>();
    if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      String given = key == null ? "nothing" : "'" + abbreviate(key) + "' (" + key.length() + " characters)";
      problems.add(new Problem("TAG_KEY_LENGTH", where, "tag key", given, "1 to 128 characters, not blank",
          "Shorten the key; put detail in the value."));
      return problems;
    }
    if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
      problems.add(new Problem("TAG_KEY_AWS_PREFIX", where, "tag key",
          "'" + key + "'", "a key not starting with 'aws:' (reserved for AWS)",
          "Drop the 'aws:' prefix or use your organisation's prefix, e.g. 'acme:"
              + key.substring(4) + "'."));
    }
    if (!ALLOWED.matcher(key).matches()) {
      problems.add(new Problem("TAG_KEY_CHARACTERS", where, "tag key", "'" + key + "'",
          "made of " + ALLOWED_TEXT, "Replace the other characters, e.g. with '-'."));
    }
    return problems;
  }

  public static List<Problem> checkValue(String where, String key, String value) {
    String property = "tag '" + key + "' value";
    if (value == null) {
      return List.of(new Problem("TAG_VALUE_MISSING", where, property, "nothing",
          "a string (may be empty)", "Give the tag a value."));
    }
    List<Problem> problems = new ArrayList<>();
    if (value.length() > MAX_VALUE_LENGTH) {
      problems.add(new Problem("TAG_VALUE_LENGTH", where, property, "'" + abbreviate(value) + "' (" + value.length() + " characters)",
          "at most 256 characters",
          "Shorten the value; link to longer text instead."));
    }
    if (!ALLOWED.matcher(value).matches()) {
      problems.add(new Problem("TAG_VALUE_CHARACTERS", where, property, "'" + abbreviate(value) + "'",
          "made of " + ALLOWED_TEXT, "Replace the other characters, e.g. with '-'."));
    }
    return problems;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}

package dev.groundwork.core;

import java.util.Optional;
import java.util.regex.Pattern;

/** A 12-digit AWS account id, validated when created. */
public record AccountId(String value) {
  private static final Pattern FORMAT = Pattern.compile("\\d{12}");

  public AccountId {
    problem(value, "AccountId", "account").ifPresent(p -> {
      throw new GroundworkValidationException(java.util.List.of(p));
    });
  }

  /** The account {@code value}; throws {@link GroundworkValidationException} unless 12 digits. */
  public static AccountId of(String value) {
    return new AccountId(value);
  }

  /** What is wrong with {@code value} as an account id, if anything. */
  public static Optional<Problem> problem(String value, String where, String property) {
    if (value != null && FORMAT.matcher(value).matches()) {
      return Optional.empty();
    }
    return Optional.of(new Problem("ACCOUNT_ID_FORMAT", where, property,
        quoted(value), "exactly 12 digits",
        "Use the 12-digit id shown in the AWS console (keep leading zeros; write it as a string)."));
  }

  static String quoted(String value) {
    return value == null ? "nothing" : "'" + value + "'";
  }

  @Override
  public String toString() {
    return value;
  }
}

package dev.groundwork.core;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An AWS region code such as {@code eu-west-1}, validated by shape when created.
 *
 * <p>The shape check (partition prefix, area, number) catches typos like {@code eu-west1} or
 * {@code EU-WEST-1} without a list that goes stale when AWS opens a region.
 */
public record Region(String value) {
  private static final Pattern FORMAT =
      Pattern.compile("(us|eu|ap|sa|ca|me|af|il|mx|cn)(-gov|-iso|-isob|-isof|-isoe)?-[a-z]+-\\d{1,2}");

  public Region {
    problem(value, "Region", "region").ifPresent(p -> {
      throw new GroundworkValidationException(List.of(p));
    });
  }

  /** The region {@code value}; throws {@link GroundworkValidationException} if malformed. */
  public static Region of(String value) {
    return new Region(value);
  }

  /** What is wrong with {@code value} as a region code, if anything. */
  static Optional<Problem> problem(String value, String where, String property) {
    if (value != null && FORMAT.matcher(value).matches()) {
      return Optional.empty();
    }
    return Optional.of(new Problem("REGION_FORMAT", where, property,
        "a region code like eu-west-1 or us-east-2 (lower case, <area>-<direction>-<number>)",
        AccountId.quoted(value), "Copy the region code from the AWS console's region menu."));
  }

  @Override
  public String toString() {
    return value;
  }
}

package dev.groundwork.core;

import com.google.common.collect.ImmutableMap;
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
  public static Optional<Problem> problem(String value, String where, String property) {
    if (value != null && FORMAT.matcher(value).matches()) {
      return Optional.empty();
    }
    return Optional.of(new Problem("REGION_FORMAT", where, property,
        AccountId.quoted(value),
        "a region code like eu-west-1 or us-east-2 (lower case, <area>-<direction>-<number>)", "Copy the region code from the AWS console's region menu."));
  }

  /**
   * The partition the region belongs to, as ARNs spell it: {@code aws}, {@code aws-cn},
   * {@code aws-us-gov} or an isolated one ({@code aws-iso}, {@code aws-iso-b}, ...).
   */
  public String partition() {
    if (value.startsWith("cn-")) {
      return "aws-cn";
    }
    if (value.contains("-gov-")) {
      return "aws-us-gov";
    }
    for (var iso : ImmutableMap.of("-iso-", "aws-iso", "-isob-", "aws-iso-b", "-isof-", "aws-iso-f",
        "-isoe-", "aws-iso-e").entrySet()) {
      if (value.contains(iso.getKey())) {
        return iso.getValue();
      }
    }
    return "aws";
  }

  @Override
  public String toString() {
    return value;
  }
}

package dev.groundwork.maven.node;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Node.js the plugin installs when the machine has no supported one: a release line ({@code
 * 24}: its newest release published for the platform) or one exact release ({@code 24.21.0}).
 *
 * @param major the release line
 * @param exact the one release asked for, if any
 */
public record NodeVersionRequest(int major, Optional<NodeVersion> exact) {
  private static final Pattern LINE = Pattern.compile("\\d+");

  /**
   * Parses {@code 24} or {@code 24.21.0}.
   *
   * @throws IllegalArgumentException for anything else, or a line older than {@value
   *     NodeVersion#MINIMUM_MAJOR}, with the parameter's name and what it accepts
   */
  public static NodeVersionRequest parse(String text) {
    String value = text == null ? "" : text.strip();
    Optional<NodeVersion> exact = NodeVersion.parse(value).filter(v -> !value.startsWith("v"));
    int major;
    if (exact.isPresent()) {
      major = exact.get().major();
    } else if (LINE.matcher(value).matches()) {
      major = Integer.parseInt(value);
    } else {
      throw new IllegalArgumentException("nodeVersion must be a Node.js release line such as 24 or a release such as "
          + "24.21.0, got '" + value + "'");
    }
    if (major < NodeVersion.MINIMUM_MAJOR) {
      throw new IllegalArgumentException("nodeVersion must be Node.js " + NodeVersion.MINIMUM_MAJOR
          + " or newer (older lines are past their end of life), got '" + value + "'");
    }
    return new NodeVersionRequest(major, exact);
  }

  /** Whether {@code version} is what was asked for. */
  public boolean matches(NodeVersion version) {
    return exact.map(version::equals).orElse(version.major() == major);
  }

  @Override
  public String toString() {
    return exact.map(NodeVersion::toString).orElse(Integer.toString(major));
  }
}

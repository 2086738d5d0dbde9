package dev.groundwork.maven.node;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Node.js release version, {@code 24.21.0}, as {@code node --version} prints it (with a {@code
 * v}) and as the npm registry lists it (without).
 */
public record NodeVersion(int major, int minor, int patch) implements Comparable<NodeVersion> {
  /**
   * The oldest Node.js line still maintained upstream; the same as groundwork-core's {@code
   * NodeRuntime.MINIMUM_MAJOR}, which refuses older ones before synthesis (a test keeps them equal).
   */
  public static final int MINIMUM_MAJOR = 22;

  private static final Pattern RELEASE = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)");
  private static final Comparator<NodeVersion> ORDER = Comparator.comparingInt(NodeVersion::major)
      .thenComparingInt(NodeVersion::minor).thenComparingInt(NodeVersion::patch);

  /** The version in {@code text} ({@code v24.21.0} or {@code 24.21.0}); empty for anything else, pre-releases included. */
  public static Optional<NodeVersion> parse(String text) {
    Matcher m = RELEASE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new NodeVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3))));
  }

  /** Whether Groundwork runs CDK on this version: {@value #MINIMUM_MAJOR} or newer. */
  public boolean isSupported() {
    return major >= MINIMUM_MAJOR;
  }

  @Override
  public int compareTo(NodeVersion other) {
    return ORDER.compare(this, other);
  }

  /** {@code v24.21.0}, as {@code node --version} prints it. */
  public String display() {
    return "v" + this;
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}

package dev.groundwork.assembly;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path to a value inside a resource's {@code Properties}: keys separated by {@code .}, list
 * items as {@code [n]}, e.g. {@code BucketEncryption.ServerSideEncryptionConfiguration[0]} or
 * {@code Tags[0].Key}. A plain property name is a path of one key.
 *
 * <p>Following a path, {@code {"Ref": "AWS::NoValue"}} reads as absent at every step, as
 * CloudFormation removes such values before it sees the template.
 */
public final class PropertyPath {
  private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

  private final String text;
  private final ImmutableList<Object> segments;

  private PropertyPath(String text, List<Object> segments) {
    this.text = text;
    this.segments = ImmutableList.copyOf(segments);
  }

  /**
   * Parses {@code path}.
   *
   * @throws IllegalArgumentException naming the path when it is malformed
   */
  public static PropertyPath parse(String path) {
    checkArgument(path != null && !path.isEmpty(),
        "a property path is required, e.g. VersioningConfiguration.Status or Tags[0].Key");
    ImmutableList.Builder<Object> segments = ImmutableList.builder();
    Matcher m = SEGMENT.matcher(path);
    int end = 0;
    int count = 0;
    while (m.find()) {
      String between = path.substring(end, m.start());
      checkArgument(between.isEmpty() || between.equals("."),
          "malformed property path '%s' near '%s'", path, between);
      segments.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
      end = m.end();
      count++;
    }
    checkArgument(count > 0 && end == path.length(), "malformed property path '%s'; use keys "
        + "separated by '.' and [n] for list items, e.g. Tags[0].Key", path);
    return new PropertyPath(path, segments.build());
  }

  /** The value at {@code path} below {@code root}; a missing node when any step is absent. */
  public static JsonNode valueAt(JsonNode root, String path) {
    if (isPlainKey(path)) {
      return absentAsMissing(root.path(path));
    }
    return parse(path).valueIn(root);
  }

  /** The value this path reaches below {@code root}; a missing node when any step is absent. */
  public JsonNode valueIn(JsonNode root) {
    JsonNode node = root;
    for (Object segment : segments) {
      node = absentAsMissing(segment instanceof Integer index ? node.path(index) : node.path((String) segment));
      if (node.isMissingNode()) {
        return node;
      }
    }
    return node;
  }

  /** The keys (strings) and list indexes (integers) of the path. */
  public List<Object> segments() {
    return segments;
  }

  @Override
  public String toString() {
    return text;
  }

  private static boolean isPlainKey(String path) {
    if (path == null || path.isEmpty()) {
      return false;
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[' || c == ']') {
        return false;
      }
    }
    return true;
  }

  private static JsonNode absentAsMissing(JsonNode node) {
    return Intrinsics.isAbsent(node) ? MissingNode.getInstance() : node;
  }
}

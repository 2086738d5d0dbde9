package dev.groundwork.assembly;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The logical id CDK gives a CloudFormation element from its construct path, as {@code
 * Stack.allocateLogicalId} does (aws-cdk-lib's {@code makeUniqueId}): the path's construct ids
 * below the stack, {@code Default} left out, joined without non-alphanumerics and with
 * {@code Resource} and repeated ids left out of the readable part, followed by the first eight
 * hex digits of the MD5 of the path; an element directly in the stack keeps its id.
 *
 * <p>Computed in Java so that the move declaration and the replacement guard need no call into
 * jsii to know which id a path gives. A stack class that overrides {@code allocateLogicalId}
 * names its elements otherwise; {@link #pathInStack} then finds nothing.
 */
public final class LogicalIds {
  private static final String HIDDEN = "Default";
  private static final String HIDDEN_FROM_HUMAN = "Resource";
  private static final int HASH_LENGTH = 8;
  private static final int MAX_HUMAN_LENGTH = 240;
  private static final int MAX_ID_LENGTH = 255;

  private LogicalIds() {}

  /**
   * The logical id of the element at {@code path}, relative to its stack ({@code
   * Orders/Database/Resource}).
   *
   * @throws IllegalArgumentException if the path has no construct id other than {@code Default}
   */
  public static String of(String path) {
    return of(components(path));
  }

  /** The logical id of the element whose construct ids below its stack are {@code components}. */
  public static String of(List<String> components) {
    List<String> kept = components.stream().filter(c -> !c.equals(HIDDEN)).toList();
    checkArgument(!kept.isEmpty(), "a logical id needs a construct id other than '%s', got %s", HIDDEN, components);
    if (kept.size() == 1) {
      String single = alphanumeric(kept.get(0));
      if (single.length() <= MAX_ID_LENGTH) {
        return single;
      }
    }
    StringBuilder human = new StringBuilder();
    for (String component : withoutRepeats(kept)) {
      if (!component.equals(HIDDEN_FROM_HUMAN)) {
        human.append(alphanumeric(component));
      }
    }
    String readable = human.length() > MAX_HUMAN_LENGTH ? human.substring(0, MAX_HUMAN_LENGTH) : human.toString();
    return readable + md5(String.join("/", kept)).substring(0, HASH_LENGTH).toUpperCase(Locale.ROOT);
  }

  /**
   * The construct path of {@code resource} below its stack, found as the part of its construct
   * path whose CDK logical id is the resource's: e.g. {@code Orders/Database/Resource} for
   * {@code prod/data/Orders/Database/Resource}. Empty when the resource has no construct path or
   * its logical id is not the one CDK derives from it (overridden, or a stack that names its
   * elements otherwise).
   */
  public static Optional<String> pathInStack(Resource resource) {
    return resource.constructPath().flatMap(path -> {
      List<String> components = components(path);
      // The stack is at least one construct deep (an App's child), so its elements start at 1.
      for (int start = 1; start < components.size(); start++) {
        List<String> below = components.subList(start, components.size());
        if (below.stream().anyMatch(c -> !c.equals(HIDDEN)) && of(below).equals(resource.logicalId())) {
          return Optional.of(String.join("/", below));
        }
      }
      return Optional.empty();
    });
  }

  /** The construct ids of a {@code /}-separated path. */
  public static List<String> components(String path) {
    return Arrays.stream(path.split("/")).filter(c -> !c.isEmpty()).toList();
  }

  private static List<String> withoutRepeats(List<String> components) {
    List<String> kept = new ArrayList<>();
    for (String component : components) {
      if (kept.isEmpty() || !kept.get(kept.size() - 1).endsWith(component)) {
        kept.add(component);
      }
    }
    return kept;
  }

  /** MD5 is what CDK hashes the path with; the hash names an element, it protects nothing. */
  private static String md5(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
  }

  private static String alphanumeric(String text) {
    return text.replaceAll("[^A-Za-z0-9]", "");
  }
}

package dev.groundwork.testing.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading templates and navigating them by property path; values compared as plain Java values. */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

  private Json() {}

  /** Reads a JSON file, naming the file when it cannot. */
  public static JsonNode read(Path file) {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read JSON from " + file, e);
    }
  }

  /** Parses JSON text. */
  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Whether {@code file} exists and is a regular file. */
  public static boolean exists(Path file) {
    return Files.isRegularFile(file);
  }

  /**
   * The node at {@code path} below {@code root}: dot-separated keys with {@code [n]} indexes,
   * e.g. {@code BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault}.
   * A key that contains a dot needs {@link #at(JsonNode, List)}.
   */
  public static JsonNode at(JsonNode root, String path) {
    return at(root, segments(path));
  }

  /** The node reached by following {@code segments} (strings are keys, integers indexes). */
  public static JsonNode at(JsonNode root, List<Object> segments) {
    JsonNode node = root;
    for (Object segment : segments) {
      if (node == null || node.isMissingNode()) {
        return MissingNode.getInstance();
      }
      node = segment instanceof Integer index ? node.path(index) : node.path((String) segment);
    }
    return node == null ? MissingNode.getInstance() : node;
  }

  /** Splits a property path into keys and indexes. */
  public static List<Object> segments(String path) {
    List<Object> segments = new ArrayList<>();
    Matcher m = SEGMENT.matcher(path);
    int end = 0;
    while (m.find()) {
      String between = path.substring(end, m.start());
      if (!between.isEmpty() && !between.equals(".")) {
        throw new IllegalArgumentException("malformed property path '" + path + "' near '" + between + "'");
      }
      segments.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
      end = m.end();
    }
    if (segments.isEmpty() || end != path.length()) {
      throw new IllegalArgumentException("malformed property path '" + path
          + "'; use keys separated by '.' and [n] for list items, e.g. Tags[0].Key");
    }
    return segments;
  }

  /** The node as a plain Java value: String, Integer/Long/Double, Boolean, List, Map or null. */
  public static Object toJava(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return null;
    }
    return MAPPER.convertValue(node, Object.class);
  }

  /** Any Java value (records, maps, lists, numbers) normalised the same way as {@link #toJava}. */
  public static Object normalise(Object value) {
    if (value instanceof JsonNode node) {
      return toJava(node);
    }
    return value == null ? null : toJava(MAPPER.valueToTree(value));
  }

  /** Equality of JSON values, with numbers compared by value (5 equals 5L equals 5.0). */
  public static boolean jsonEquals(Object expected, Object actual) {
    Object e = normalise(expected);
    Object a = normalise(actual);
    if (e instanceof Number en && a instanceof Number an) {
      return Double.compare(en.doubleValue(), an.doubleValue()) == 0;
    }
    return Objects.equals(e, a);
  }

  /** Compact one-line JSON, for messages. */
  public static String compact(Object value) {
    try {
      return new ObjectMapper().writeValueAsString(value instanceof JsonNode n ? n : normalise(value));
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }

  /** Indented JSON with keys sorted, for messages and snapshots. */
  public static String pretty(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(MAPPER.treeToValue(node, Object.class)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

package dev.groundwork.assembly;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a CloudFormation template written in JSON or in YAML (short-form tags included) into
 * the one JSON tree every part of Groundwork reads: a YAML template and the same template in
 * JSON give equal trees.
 *
 * <p>The format is JSON for a {@code .json} file or text starting with <code>{</code>, YAML
 * otherwise. Every failure is an {@link UnreadableTemplateException} with the file, the line
 * and column when known, and the reason.
 */
public final class TemplateReader {

  private static final ObjectReader JSON =
      new ObjectMapper().enable(JsonParser.Feature.ALLOW_COMMENTS).reader();

  private TemplateReader() {}

  /**
   * The template in {@code file}, named {@code file} in errors.
   *
   * @throws UnreadableTemplateException when it cannot be read or parsed, or is not a mapping
   */
  public static JsonNode read(Path file) {
    return read(file, file.toString());
  }

  /** As {@link #read(Path)}, naming the file {@code name} in errors (e.g. relative to a directory). */
  public static JsonNode read(Path file, String name) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw new UnreadableTemplateException(name, 0, 0, "cannot be read as UTF-8 text: " + e, e);
    }
    boolean json = file.getFileName() != null
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    return parse(name, text, json || looksLikeJson(text));
  }

  /**
   * The template in {@code text}, JSON or YAML as {@link TemplateReader} decides, named {@code
   * name} in errors.
   */
  public static JsonNode parse(String name, String text) {
    return parse(name, text, looksLikeJson(text));
  }

  private static JsonNode parse(String name, String text, boolean json) {
    JsonNode tree = json ? parseJson(name, text) : CloudFormationYaml.read(name, stripBom(text));
    if (!tree.isObject()) {
      throw new UnreadableTemplateException(name, 1, 1, "a template is a mapping of sections "
          + "(Resources, Parameters, ...), not " + describe(tree), null);
    }
    return tree;
  }

  private static JsonNode parseJson(String name, String text) {
    try {
      JsonNode tree = JSON.readTree(stripBom(text));
      if (tree == null || tree.isMissingNode()) {
        throw new UnreadableTemplateException(name, 0, 0, "the file is empty", null);
      }
      return tree;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new UnreadableTemplateException(name, at == null ? 0 : Math.max(at.getLineNr(), 0),
          at == null ? 0 : Math.max(at.getColumnNr(), 0), "not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static boolean looksLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        return true;
      }
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return false;
      }
    }
    return false;
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String describe(JsonNode tree) {
    return tree.isArray() ? "a list" : tree.isNull() ? "null" : "the value " + tree;
  }
}

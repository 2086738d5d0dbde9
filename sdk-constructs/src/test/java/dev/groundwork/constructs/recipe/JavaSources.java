package dev.groundwork.constructs.recipe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Just enough reading of this repository's Java sources for the recipe checks and the defaults
 * tables: code without comments and literals, method bodies, {@code @param} descriptions. No
 * parser: Groundwork's sources are formatted consistently, and a check that misreads a file fails
 * loudly rather than silently passing.
 */
public final class JavaSources {
  private static final Pattern METHOD = Pattern.compile(
      "(?<![\\w.])(\\w+)\\s*\\(((?:[^;{}()]|\\([^()]*\\))*)\\)\\s*(?:throws\\s+[\\w.,\\s]+)?\\{");
  private static final List<String> KEYWORDS =
      List.of("if", "for", "while", "switch", "catch", "synchronized", "try", "return", "new", "else");

  private final Path root;

  private JavaSources(Path root) {
    this.root = root;
  }

  /** The sources under {@code root}, e.g. {@code src/main/java}. */
  public static JavaSources at(Path root) {
    return new JavaSources(root);
  }

  /** The root, for messages. */
  public Path root() {
    return root;
  }

  /** Every {@code .java} file under the root, in a stable order. */
  public List<Path> files() {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  /** The source of {@code type}, if it is in these sources. */
  public Optional<String> sourceOf(Class<?> type) {
    Class<?> top = type;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    Path file = root.resolve(top.getName().replace('.', '/') + ".java");
    return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
  }

  /** The file's text. */
  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The simple name of the top-level type a file declares: its file name. */
  public static String typeName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".java".length());
  }

  /**
   * {@code source} without comments and with every string, text block and character literal
   * emptied, so checks read code only (a message saying "PROD" is not a tier literal). Line
   * breaks are kept.
   */
  public static String code(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        end = end < 0 ? n : end + 3;
        out.append("\"\"");
        source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
        i = end;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && source.charAt(j) != c) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        out.append(c).append(c);
        i = Math.min(j + 1, n);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The body of the block whose opening brace is at {@code open}, braces excluded. */
  static String block(String code, int open) {
    int depth = 0;
    for (int i = open; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return code.substring(open + 1, i);
      }
    }
    throw new IllegalArgumentException("unbalanced braces after offset " + open);
  }

  /** Every method (and constructor) body of {@code code} by name; overloads share a name. */
  static Map<String, List<String>> methodBodies(String code) {
    Map<String, List<String>> bodies = new LinkedHashMap<>();
    Matcher m = METHOD.matcher(code);
    while (m.find()) {
      if (!KEYWORDS.contains(m.group(1))) {
        bodies.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(block(code, m.end() - 1));
      }
    }
    return bodies;
  }

  /**
   * The {@code @param} descriptions of the record {@code name} declared in {@code source}, by
   * component, read from the doc comment right before {@code record name(}; inline tags become
   * plain text.
   */
  public static Map<String, String> recordParams(String source, String name) {
    Matcher record = Pattern.compile("\\brecord\\s+" + name + "\\s*[(<]").matcher(source);
    if (!record.find()) {
      return Map.of();
    }
    int end = source.lastIndexOf("*/", record.start());
    int start = end < 0 ? -1 : source.lastIndexOf("/**", end);
    if (start < 0 || !source.substring(end + 2, record.start()).replaceAll("@\\w+(\\([^)]*\\))?", "").isBlank()) {
      return Map.of();
    }
    String doc = source.substring(start + 3, end).replaceAll("(?m)^\\s*\\*\\s?", "");
    Map<String, String> params = new LinkedHashMap<>();
    Matcher param = Pattern.compile("@param\\s+(\\w+)\\s+(.*?)(?=\\n\\s*@|\\z)", Pattern.DOTALL).matcher(doc);
    while (param.find()) {
      params.put(param.group(1), plain(param.group(2)));
    }
    return params;
  }

  /** Javadoc text as plain Markdown: {@code {@code x}} as a code span, {@code {@link X}} as X, one line. */
  static String plain(String javadoc) {
    return javadoc
        .replaceAll("\\{@code ([^}]*)}", "`$1`")
        .replaceAll("\\{@link(?:plain)? (?:[\\w.]*#)?([^} ]+)[^}]*}", "$1")
        .replaceAll("\\s+", " ")
        .strip();
  }
}

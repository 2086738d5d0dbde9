package dev.groundwork.dockerfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Dockerfile text into stages; one instance per file. */
final class DockerfileParser {
  private static final Set<String> INSTRUCTIONS = Set.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT",
      "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL",
      "STOPSIGNAL", "USER", "VOLUME", "WORKDIR");
  private static final Set<String> WITH_HEREDOCS = ImmutableSet.of("RUN", "COPY", "ADD");
  private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*=\\s*(.*?)\\s*");
  private static final Pattern HEREDOC = Pattern.compile("<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\2");
  private static final Pattern FLAG = Pattern.compile("--([a-z][a-z0-9-]*)(?:=(.*))?");
  private static final Pattern VARIABLE =
      Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String source;
  private char escape = '\\';

  DockerfileParser(String source) {
    this.source = source;
  }

  Dockerfile parse(String text) {
    String[] lines = text.split("\r?\n", -1);
    int i = readDirectives(lines);
    Map<String, String> globalArgs = new LinkedHashMap<>();
    List<Stage> stages = new ArrayList<>();
    Instruction from = null;
    List<Instruction> body = new ArrayList<>();
    while (i < lines.length) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        i++;
        continue;
      }
      int start = i + 1;
      StringBuilder joined = new StringBuilder();
      String current = lines[i].stripTrailing();
      i++;
      while (endsWithEscape(current)) {
        joined.append(current, 0, current.length() - 1).append(' ');
        current = null;
        while (i < lines.length) {
          String next = lines[i++];
          String stripped = next.strip();
          if (!stripped.isEmpty() && !stripped.startsWith("#")) {
            current = next.stripTrailing();
            break;
          }
        }
        if (current == null) {
          current = "";
        }
      }
      joined.append(current);
      String instructionText = joined.toString().strip();
      int space = firstSpace(instructionText);
      String keyword = instructionText.substring(0, space).toUpperCase(Locale.ROOT);
      String arguments = instructionText.substring(space).strip();
      if (!INSTRUCTIONS.contains(keyword)) {
        throw error(start, "unknown instruction '" + instructionText.substring(0, space) + "'");
      }
      List<String> heredocs = new ArrayList<>();
      if (WITH_HEREDOCS.contains(keyword) && !arguments.startsWith("[")) {
        Matcher heredoc = HEREDOC.matcher(arguments);
        while (heredoc.find()) {
          boolean stripTabs = !heredoc.group(1).isEmpty();
          String delimiter = heredoc.group(3);
          StringBuilder content = new StringBuilder();
          boolean closed = false;
          while (i < lines.length) {
            String raw = lines[i++];
            String candidate = stripTabs ? raw.replaceFirst("^\t+", "") : raw;
            if (candidate.equals(delimiter)) {
              closed = true;
              break;
            }
            content.append(candidate).append('\n');
          }
          if (!closed) {
            throw error(start, "here-document '" + delimiter + "' is not closed: end it with a line "
                + "holding only " + delimiter);
          }
          heredocs.add(content.toString());
        }
      }
      Instruction instruction = instruction(keyword, arguments, heredocs, start);
      if (keyword.equals("FROM")) {
        if (from != null) {
          stages.add(stage(stages.size(), from, body, globalArgs));
        }
        from = instruction;
        body = new ArrayList<>();
      } else if (from == null) {
        if (!keyword.equals("ARG")) {
          throw error(start, keyword + " before the first FROM: only ARG may come before FROM");
        }
        declare(instruction, globalArgs);
      } else {
        body.add(instruction);
      }
    }
    if (from == null) {
      throw error(0, "no FROM instruction: a Dockerfile starts with FROM (after any ARG)");
    }
    stages.add(stage(stages.size(), from, body, globalArgs));
    return new Dockerfile(source, stages);
  }

  private int readDirectives(String[] lines) {
    int i = 0;
    while (i < lines.length) {
      Matcher directive = DIRECTIVE.matcher(lines[i].strip());
      if (!directive.matches()) {
        break;
      }
      if (directive.group(1).equalsIgnoreCase("escape")) {
        String value = directive.group(2);
        if (!value.equals("\\") && !value.equals("`")) {
          throw error(i + 1, "escape directive must be \\ or `, got '" + value + "'");
        }
        escape = value.charAt(0);
      }
      i++;
    }
    return i;
  }

  private boolean endsWithEscape(String line) {
    return !line.isEmpty() && line.charAt(line.length() - 1) == escape;
  }

  private static int firstSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return text.length();
  }

  private static Instruction instruction(String keyword, String arguments, List<String> heredocs, int line) {
    Map<String, String> flags = new LinkedHashMap<>();
    String rest = arguments;
    while (rest.startsWith("--")) {
      int end = firstSpace(rest);
      Matcher flag = FLAG.matcher(rest.substring(0, end));
      if (!flag.matches()) {
        break;
      }
      flags.put(flag.group(1), flag.group(2) == null ? "" : flag.group(2));
      rest = rest.substring(end).strip();
    }
    String body = rest;
    List<String> words = execForm(body).orElseGet(() -> split(body));
    return new Instruction(keyword, arguments, flags, words, heredocs, line);
  }

  /** The items of a JSON array of strings, if {@code text} is one. */
  private static Optional<List<String>> execForm(String text) {
    if (!text.startsWith("[")) {
      return Optional.empty();
    }
    try {
      JsonNode array = JSON.readTree(text);
      if (!array.isArray()) {
        return Optional.empty();
      }
      List<String> items = new ArrayList<>();
      for (JsonNode item : array) {
        if (!item.isTextual()) {
          return Optional.empty();
        }
        items.add(item.textValue());
      }
      return Optional.of(items);
    } catch (IOException notJson) {
      return Optional.empty(); // Docker runs a malformed array in shell form, and so do we
    }
  }

  /** Words split on white space; quotes group and are removed. */
  private static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  private Stage stage(int index, Instruction from, List<Instruction> body, Map<String, String> globalArgs) {
    List<String> words = from.words();
    boolean named = words.size() == 3 && words.get(1).equalsIgnoreCase("AS");
    if (words.size() != 1 && !named) {
      throw error(from.line(), "FROM takes an image, optionally followed by AS <name>; got '"
          + from.arguments() + "'");
    }
    return new Stage(index, named ? Optional.of(words.get(2)) : Optional.empty(),
        substitute(words.get(0), globalArgs), from, body);
  }

  private static void declare(Instruction arg, Map<String, String> args) {
    for (String word : arg.words()) {
      int eq = word.indexOf('=');
      if (eq > 0) {
        args.put(word.substring(0, eq), word.substring(eq + 1));
      }
    }
  }

  /** Replaces {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-default}} by known defaults. */
  private static String substitute(String text, Map<String, String> args) {
    Matcher variable = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (variable.find()) {
      String name = variable.group(1) != null ? variable.group(1) : variable.group(4);
      String value = args.get(name);
      String replacement;
      if ("-".equals(variable.group(2))) {
        replacement = value == null || value.isEmpty() ? variable.group(3) : value;
      } else if ("+".equals(variable.group(2))) {
        replacement = value == null || value.isEmpty() ? "" : variable.group(3);
      } else {
        replacement = value == null ? variable.group() : value;
      }
      variable.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    variable.appendTail(out);
    return out.toString();
  }

  private DockerfileException error(int line, String reason) {
    return new DockerfileException(source, line, reason);
  }
}

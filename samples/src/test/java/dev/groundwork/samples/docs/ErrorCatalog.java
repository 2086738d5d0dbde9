package dev.groundwork.samples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code docs/errors.md}: every error code the published modules raise, read from their main
 * sources by {@link RaiseSites}, one row per code.
 */
final class ErrorCatalog {
  static final String REGENERATE = "mvn -q -pl samples -am test -Dtest=ErrorCatalogTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dgroundwork.writeDocs=true";

  /** Modules whose code is not Groundwork's API: the reference app and the benchmarks. */
  private static final Set<String> NOT_PUBLISHED = Set.of("samples", "benchmarks");

  /** One error code: who raises it and every distinct way its message reads. */
  record ErrorCode(String code, Set<String> raisedBy, List<Raise> raises) {
    /** The anchor pages link to, e.g. {@code errors.md#vpc_cidr_range}. */
    String anchor() {
      return code.toLowerCase(java.util.Locale.ROOT);
    }

    Set<String> properties() {
      return raises.stream().map(Raise::property).collect(Collectors.toCollection(LinkedHashSet::new));
    }
  }

  private ErrorCatalog() {}

  /** The main Java sources of every published module under {@code root}, sorted by path. */
  static List<Map.Entry<String, String>> mainSources(Path root) {
    List<Map.Entry<String, String>> files = new ArrayList<>();
    try (Stream<Path> dirs = Stream.concat(Files.list(root), Files.isDirectory(root.resolve("tooling"))
        ? Files.list(root.resolve("tooling")) : Stream.empty())) {
      List<Path> mains = dirs.filter(d -> !NOT_PUBLISHED.contains(d.getFileName().toString()))
          .map(d -> d.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList();
      for (Path main : mains) {
        try (Stream<Path> java = Files.walk(main)) {
          for (Path file : java.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
            files.add(Map.entry(root.relativize(file).toString().replace('\\', '/'), Files.readString(file)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Every error code, sorted by code; each code's raises in source order. */
  static List<ErrorCode> codes(List<Raise> raises) {
    Map<String, List<Raise>> byCode = new TreeMap<>();
    for (Raise raise : raises) {
      byCode.computeIfAbsent(raise.code(), c -> new ArrayList<>()).add(raise);
    }
    List<ErrorCode> codes = new ArrayList<>();
    byCode.forEach((code, list) -> codes.add(new ErrorCode(code,
        list.stream().map(Raise::raisedBy).filter(r -> !r.isEmpty()).collect(Collectors.toCollection(TreeSet::new)),
        list)));
    return codes;
  }

  /** The page. */
  static String render(List<ErrorCode> codes) {
    StringBuilder out = new StringBuilder("# Error codes\n\n")
        .append("<!-- Generated from the main sources by dev.groundwork.samples.docs.ErrorCatalog (JavaParser); ")
        .append("do not edit. Regenerate: ").append(REGENERATE).append(" -->\n\n");
    out.append(codes.size()).append(" codes. Input Groundwork cannot build fails before anything is ")
        .append("synthesized, with a `GroundworkValidationException` that lists every problem found, each in ")
        .append("one shape (`dev.groundwork.core.Problem`):\n\n")
        .append("```\n[CODE] Where: property must be <allowed>, got <value>. <fix>\n```\n\n")
        .append("`codes()` on the exception lists the codes. *Raised by* is the construct, props or value ")
        .append("type the message names as *where*; *must be* and *fix* are the message's words, with ")
        .append("`{…}` for what the message fills in when it is raised (the expression in the code). ")
        .append("A code raised in several ways has one line per way; numbered lines go together.");
    Map<String, List<String>> thrown = new LinkedHashMap<>();
    codes.forEach(c -> c.raises().stream().map(Raise::thrownAs).filter(t -> !t.isEmpty()).distinct()
        .forEach(t -> thrown.computeIfAbsent(t, k -> new ArrayList<>()).add("`" + c.code() + "`")));
    thrown.forEach((type, list) -> out.append(" ").append(String.join(", ", list))
        .append(list.size() == 1 ? " comes" : " come").append(" as an `").append(type)
        .append("` whose message has the same shape."));
    out.append("\n\n| code | raised by | property | must be | fix |\n|---|---|---|---|---|\n");
    for (ErrorCode code : codes) {
      out.append("| <a id=\"").append(code.anchor()).append("\"></a>`").append(code.code()).append("` | ")
          .append(String.join(", ", code.raisedBy())).append(" | ")
          .append(code.properties().stream().map(p -> "`" + p + "`").collect(Collectors.joining(", ")))
          .append(" | ").append(messageCells(code)).append(" |\n");
    }
    return out.toString();
  }

  /**
   * The "must be" and "fix" cells. One way of raising gives one line each; several ways give one
   * line per way, numbered alike in both cells when both differ, so each fix stays with its rule.
   */
  private static String messageCells(ErrorCode code) {
    Map<List<String>, Set<String>> ways = new LinkedHashMap<>(); // (allowed, fix) -> properties
    for (Raise raise : code.raises()) {
      ways.computeIfAbsent(List.of(raise.allowed(), raise.fix()), k -> new LinkedHashSet<>()).add(raise.property());
    }
    boolean prefix = code.properties().size() > 1 && ways.values().stream().allMatch(p -> p.size() == 1);
    List<String> allowed = new ArrayList<>();
    List<String> fixes = new ArrayList<>();
    ways.forEach((way, properties) -> {
      allowed.add((prefix ? "`" + properties.iterator().next() + "`: " : "") + cell(way.get(0)));
      fixes.add(cell(way.get(1)));
    });
    boolean oneFix = new LinkedHashSet<>(fixes).size() == 1;
    boolean oneAllowed = new LinkedHashSet<>(allowed).size() == 1;
    boolean numbered = !oneFix && !oneAllowed;
    return lines(allowed, numbered) + " | " + lines(fixes, numbered);
  }

  private static String lines(List<String> values, boolean numbered) {
    if (!numbered) {
      return String.join("<br>", new LinkedHashSet<>(values));
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      out.add((i + 1) + ". " + values.get(i));
    }
    return String.join("<br>", out);
  }

  /** Text safe in a table cell: no pipes, tags or emphasis by accident. */
  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
        .replace("*", "\\*").replace("`", "\\`")
        .replaceAll("(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])", "\\\\_")
        .replaceAll("\\s+", " ");
  }
}

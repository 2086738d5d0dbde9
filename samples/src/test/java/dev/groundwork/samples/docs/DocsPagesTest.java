package dev.groundwork.samples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the pages of {@code docs/} and the README navigable: every relative link leads to a file
 * and, when it names one, to an anchor of that file; no hand-written page grows past 400 lines;
 * every {@code <!-- defaults: X -->} block, which the defaults generator fills, is well formed.
 */
class DocsPagesTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final int MAX_LINES = 400;
  /** Generated from code, as long as their sources require: rules.md and compliance.md by RuleCatalog, errors.md by ErrorCatalog. */
  static final Set<String> GENERATED = Set.of("docs/rules.md", "docs/compliance.md", "docs/errors.md",
      "docs/control-tower-controls.md");

  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern HTML_ID = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern DEFAULTS = Pattern.compile("^<!-- (/?)defaults: ([A-Za-z]+) -->$");

  /** README.md and every Markdown file under docs/, sorted. */
  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  static String name(Path page) {
    return ROOT.relativize(page).toString().replace('\\', '/');
  }

  /** The lines of a page outside fenced code blocks, with inline code blanked out. */
  static List<String> prose(List<String> lines) {
    List<String> out = new ArrayList<>();
    boolean fenced = false;
    for (String line : lines) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        out.add("");
      } else {
        out.add(fenced ? "" : line.replaceAll("`[^`]*`", "``"));
      }
    }
    return out;
  }

  /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
  static String slug(String heading) {
    String text = heading.replaceAll("<[^>]+>", "").toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
        out.appendCodePoint(c);
      } else if (c == ' ') {
        out.append('-');
      }
    });
    return out.toString();
  }

  /** Every anchor a page defines: its headings (numbered like GitHub when repeated) and HTML ids. */
  static Set<String> anchors(Path page) throws IOException {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new TreeMap<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(page)) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        String slug = slug(heading.group(1));
        int count = seen.merge(slug, 1, Integer::sum);
        anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
      }
      Matcher id = HTML_ID.matcher(line);
      while (id.find()) {
        anchors.add(id.group(1));
      }
    }
    return anchors;
  }

  /** Why a link does not resolve, or empty when it does. */
  static String brokenLink(Path page, String target) throws IOException {
    if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
      return ""; // https:, mailto: and other absolute URLs are not checked here
    }
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    String anchor = hash < 0 ? "" : target.substring(hash + 1);
    Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
    if (!Files.exists(file)) {
      return "no file " + name(file);
    }
    if (!anchor.isEmpty() && (Files.isDirectory(file) || !anchors(file).contains(anchor))) {
      return "no anchor #" + anchor + " in " + name(file);
    }
    return "";
  }

  @TestFactory
  Stream<DynamicTest> everyRelativeLinkLeadsToAFileAndAnchor() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path page : pages()) {
      tests.add(DynamicTest.dynamicTest(name(page), () -> {
        List<String> broken = new ArrayList<>();
        List<String> lines = prose(Files.readAllLines(page));
        for (int i = 0; i < lines.size(); i++) {
          Matcher link = LINK.matcher(lines.get(i));
          while (link.find()) {
            String why = brokenLink(page, link.group(1));
            if (!why.isEmpty()) {
              broken.add(name(page) + ":" + (i + 1) + " (" + link.group(1) + "): " + why);
            }
          }
        }
        assertThat(broken).as("broken links").isEmpty();
      }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> noHandWrittenPageIsLongerThan400Lines() throws IOException {
    List<Path> handWritten = pages().stream().filter(p -> name(p).startsWith("docs/"))
        .filter(p -> !GENERATED.contains(name(p))).toList();
    assertThat(handWritten).as("hand-written pages").isNotEmpty();
    return handWritten.stream().map(page -> DynamicTest.dynamicTest(name(page), () ->
        assertThat(Files.readAllLines(page).size())
            .as("lines of %s; split it along a natural seam and link the parts", name(page))
            .isLessThanOrEqualTo(MAX_LINES)));
  }

  @Test
  void theGeneratedPagesExist() {
    GENERATED.forEach(page -> assertThat(ROOT.resolve(page)).isRegularFile());
  }

  @Test
  void everyDefaultsBlockClosesAndNamesAConstructOnce() throws IOException {
    Map<String, String> opened = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    for (Path page : pages()) {
      List<String> lines = Files.readAllLines(page);
      String open = null;
      for (int i = 0; i < lines.size(); i++) {
        Matcher block = DEFAULTS.matcher(lines.get(i).strip());
        if (!block.matches()) {
          continue;
        }
        String where = name(page) + ":" + (i + 1);
        String construct = block.group(2);
        if (block.group(1).isEmpty()) {
          if (open != null) {
            wrong.add(where + ": defaults of " + construct + " start inside those of " + open);
          }
          if (opened.put(construct, where) != null) {
            wrong.add(where + ": a second defaults block for " + construct);
          }
          if (!isConstruct(construct)) {
            wrong.add(where + ": no class " + construct + " in sdk-constructs or sdk-pipelines");
          }
          open = construct;
        } else if (!construct.equals(open)) {
          wrong.add(where + ": closes defaults of " + construct + " but " + open + " is open");
        } else {
          open = null;
        }
      }
      if (open != null) {
        wrong.add(name(page) + ": defaults of " + open + " never closed");
      }
    }
    assertThat(opened).as("defaults blocks").isNotEmpty();
    assertThat(wrong).isEmpty();
  }

  private static boolean isConstruct(String name) throws IOException {
    for (String module : List.of("sdk-constructs", "sdk-pipelines")) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
        if (files.anyMatch(f -> f.getFileName().toString().equals(name + ".java"))) {
          return true;
        }
      }
    }
    return false;
  }

  @Nested
  class TheChecksThemselves {
    @Test
    void slugLikeGitHub() {
      assertThat(slug("Any watcher: `Monitoring.addWatcher`")).isEqualTo("any-watcher-monitoringaddwatcher");
      assertThat(slug("3. Describe the app")).isEqualTo("3-describe-the-app");
      assertThat(slug("Deployment strategies (WebService)")).isEqualTo("deployment-strategies-webservice");
    }

    @Test
    void findABrokenFileOrAnchor() throws IOException {
      Path readme = ROOT.resolve("README.md");
      assertThat(brokenLink(readme, "docs/no-such-page.md")).startsWith("no file");
      assertThat(brokenLink(readme, "docs/errors.md#no_such_code")).startsWith("no anchor");
      assertThat(brokenLink(readme, "docs/errors.md#vpc_cidr_range")).isEmpty();
      assertThat(brokenLink(readme, "https://example.com/x.md")).isEmpty();
    }

    @Test
    void ignoreLinksInCode() {
      assertThat(prose(List.of("```java", "a[0](b)", "```", "see `[x](y.md)` and [z](z.md)")))
          .containsExactly("", "", "", "see `` and [z](z.md)");
    }
  }
}

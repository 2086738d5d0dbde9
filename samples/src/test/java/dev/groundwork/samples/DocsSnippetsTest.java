package dev.groundwork.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the Java and the POM fragments shown in the README and in {@code docs/} true.
 *
 * <p>Every {@code ```java} block must start with {@code // snippet: <path>} naming a compiled
 * source or test file of this repository (the archetype's templates count: its integration test
 * compiles the project they generate), and every {@code ```xml} block with {@code <!-- snippet:
 * <path> -->} naming a {@code pom.xml} this build or that integration test builds. The block's
 * lines must appear in that file, in order and contiguous (indentation aside). A doc example that
 * no longer compiles, or a POM fragment that no longer builds, therefore fails here.
 */
class DocsSnippetsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** A kind of fenced block: its fence, the marker its first line starts with, the file it quotes. */
  enum Kind {
    JAVA("```java", "// snippet: ", "", ".java"),
    XML("```xml", "<!-- snippet: ", " -->", "pom.xml");

    final String fence;
    final String marker;
    final String markerEnd;
    final String sourceSuffix;

    Kind(String fence, String marker, String markerEnd, String sourceSuffix) {
      this.fence = fence;
      this.marker = marker;
      this.markerEnd = markerEnd;
      this.sourceSuffix = sourceSuffix;
    }

    String source(String firstLine) {
      if (!firstLine.startsWith(marker) || !firstLine.endsWith(markerEnd)) {
        return "";
      }
      return firstLine.substring(marker.length(), firstLine.length() - markerEnd.length()).strip();
    }
  }

  record Snippet(Kind kind, Path doc, int line, String source, List<String> body) {}

  @TestFactory
  Stream<DynamicTest> everyJavaSnippetIsCopiedFromCompiledCode() throws IOException {
    return tests(Kind.JAVA);
  }

  @TestFactory
  Stream<DynamicTest> everyXmlSnippetIsCopiedFromABuiltPom() throws IOException {
    return tests(Kind.XML);
  }

  @Test
  void theCdkJsonInTheDocsIsTheOneTheArchetypeGenerates() throws IOException {
    String generated = Files.readString(ROOT.resolve(
        "tooling/groundwork-app-archetype/src/main/resources/archetype-resources/cdk.json")).strip();
    List<String> lines = Files.readAllLines(ROOT.resolve("docs/existing-projects.md"));
    List<String> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("```json")) {
        int end = lines.subList(i + 1, lines.size()).indexOf("```") + i + 1;
        blocks.add(String.join("\n", lines.subList(i + 1, end)).strip());
        i = end;
      }
    }
    assertThat(blocks).as("```json blocks of docs/existing-projects.md").contains(generated);
  }

  @Test
  void anXmlSnippetMustNameItsPom() {
    assertThat(Kind.XML.source("<!-- snippet: bom/pom.xml -->")).isEqualTo("bom/pom.xml");
    assertThat(Kind.XML.source("<plugin>")).isEmpty();
  }

  private static Stream<DynamicTest> tests(Kind kind) throws IOException {
    List<Snippet> snippets = new ArrayList<>();
    for (Path doc : documents()) {
      snippets.addAll(snippets(doc, kind));
    }
    assertThat(snippets).as("%s snippets in README.md and docs/", kind).isNotEmpty();
    return snippets.stream().map(s -> DynamicTest.dynamicTest(
        ROOT.relativize(s.doc()) + ":" + s.line(), () -> check(s)));
  }

  @Test
  void findsASnippetThatDrifted() throws IOException {
    Snippet drifted = new Snippet(Kind.JAVA, ROOT.resolve("README.md"), 1,
        "samples/src/main/java/dev/groundwork/samples/ReferenceApp.java",
        List.of(".name(\"orders\")", ".team(\"someone-else\")"));
    assertThat(contained(drifted.body(), lines(ROOT.resolve(drifted.source())))).isFalse();
  }

  private static void check(Snippet snippet) throws IOException {
    Kind kind = snippet.kind();
    assertThat(snippet.source()).as("%s:%d must start with '%s<path>%s'", snippet.doc(), snippet.line(),
        kind.marker, kind.markerEnd).isNotEmpty();
    Path source = ROOT.resolve(snippet.source());
    assertThat(source).as("source named by %s:%d", snippet.doc(), snippet.line()).isRegularFile();
    assertThat(source.toString()).as("%s snippets must come from a %s file that is built", kind, kind.sourceSuffix)
        .endsWith(kind.sourceSuffix);
    assertThat(contained(snippet.body(), lines(source)))
        .as("%s:%d is not a verbatim copy of %s (indentation aside); update the doc or the code",
            ROOT.relativize(snippet.doc()), snippet.line(), snippet.source())
        .isTrue();
  }

  static boolean contained(List<String> needle, List<String> haystack) {
    if (needle.isEmpty()) {
      return false;
    }
    for (int start = 0; start + needle.size() <= haystack.size(); start++) {
      if (haystack.subList(start, start + needle.size()).equals(needle)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static List<Path> documents() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  private static List<Snippet> snippets(Path doc, Kind kind) throws IOException {
    List<String> lines = Files.readAllLines(doc);
    List<Snippet> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals(kind.fence)) {
        continue;
      }
      int start = i + 1;
      List<String> body = new ArrayList<>();
      int j = start;
      while (j < lines.size() && !lines.get(j).strip().equals("```")) {
        body.add(lines.get(j));
        j++;
      }
      String first = body.isEmpty() ? "" : body.get(0).strip();
      String source = kind.source(first);
      List<String> code = body.stream().skip(source.isEmpty() ? 0 : 1).map(String::strip)
          .filter(l -> !l.isEmpty()).toList();
      found.add(new Snippet(kind, doc, start, source, code));
      i = j;
    }
    return found;
  }
}

package dev.groundwork.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/testing.md honest: every line of its Java examples must appear in a test that the
 * build compiles and runs (ReferenceAppTest here, or sdk-testing's own tests).
 */
class TestingGuideTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyJavaExampleLineComesFromACompiledTest() throws IOException {
    String guide = Files.readString(ROOT.resolve("docs/testing.md"));
    Set<String> testLines = testSourceLines();
    List<String> missing = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(guide);
    int blocks = 0;
    while (m.find()) {
      blocks++;
      for (String line : m.group(1).split("\n")) {
        String trimmed = line.trim();
        if (!trimmed.isEmpty() && !trimmed.equals("…") && !testLines.contains(trimmed)) {
          missing.add(trimmed);
        }
      }
    }
    assertThat(blocks).as("Java examples in docs/testing.md").isGreaterThanOrEqualTo(5);
    assertThat(missing).as("example lines in docs/testing.md not found in any compiled test").isEmpty();
  }

  private static Set<String> testSourceLines() throws IOException {
    List<Path> roots = List.of(ROOT.resolve("samples/src/test/java"), ROOT.resolve("sdk-testing/src/test/java"));
    try (Stream<Path> files = roots.stream().flatMap(TestingGuideTest::walk)) {
      return files.filter(p -> p.toString().endsWith(".java")).flatMap(TestingGuideTest::lines)
          .map(String::trim).collect(Collectors.toSet());
    }
  }

  private static Stream<Path> walk(Path dir) {
    try {
      return Files.walk(dir).toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

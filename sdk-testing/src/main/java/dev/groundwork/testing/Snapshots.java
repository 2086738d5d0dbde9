package dev.groundwork.testing;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.testing.internal.Json;
import dev.groundwork.testing.internal.TemplateNormalizer;
import dev.groundwork.testing.internal.UnifiedDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.assertj.core.api.Assertions;

/**
 * Golden-template (snapshot) tests: a stack's normalised template is compared with a file kept
 * in the repository, and a mismatch fails with a unified diff.
 *
 * <p>Golden files live in {@code src/test/resources/snapshots/<name>.template.json} of the
 * module under test (override the directory with {@code -Dgroundwork.snapshotDir=…}). They are
 * never written by a normal run: a missing or different file fails the test. To accept a change
 * on purpose, run with {@code -Dgroundwork.updateSnapshots=true} (Groundwork's build passes it
 * to the test JVM through surefire's {@code systemPropertyVariables}), then read the diff of the
 * golden files in review. Normalisation is described in {@link TemplateNormalizer}.
 */
public final class Snapshots {
  /** System property that makes a run rewrite golden files instead of comparing. */
  public static final String UPDATE_PROPERTY = "groundwork.updateSnapshots";
  /** System property naming the golden-file directory. */
  public static final String DIRECTORY_PROPERTY = "groundwork.snapshotDir";

  private Snapshots() {}

  /** The directory golden files are read from and written to. */
  public static Path directory() {
    return Paths.get(System.getProperty(DIRECTORY_PROPERTY, "src/test/resources/snapshots")).toAbsolutePath();
  }

  /** Whether this run rewrites golden files. */
  public static boolean updating() {
    return Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false"));
  }

  /** The normalised, key-sorted, indented template that a golden file holds. */
  public static String render(StackTemplate template) {
    return Json.pretty(TemplateNormalizer.normalise(template.json()));
  }

  /** Compares {@code template} with the golden file {@code name}, or rewrites it when updating. */
  public static void assertMatches(StackTemplate template, String name) {
    assertMatches(template, name, directory(), updating());
  }

  static void assertMatches(StackTemplate template, String name, Path directory, boolean update) {
    Path golden = directory.resolve(name + ".template.json");
    String actual = render(template);
    try {
      if (update) {
        Files.createDirectories(golden.getParent());
        if (!Files.isRegularFile(golden) || !Files.readString(golden, StandardCharsets.UTF_8).equals(actual)) {
          Files.writeString(golden, actual, StandardCharsets.UTF_8);
          System.out.println("[groundwork] snapshot updated: " + golden);
        }
        return;
      }
      if (!Files.isRegularFile(golden)) {
        Assertions.fail("No golden template for " + template.describe() + " at " + golden
            + ".\nCreate it on purpose with -D" + UPDATE_PROPERTY + "=true (e.g. mvn test -D" + UPDATE_PROPERTY
            + "=true), then review and commit the file.");
      }
      String expected = Files.readString(golden, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        Assertions.fail(template.describe() + " differs from its golden template " + golden
            + " (- golden, + synthesized):\n"
            + UnifiedDiff.of("golden/" + name + ".template.json", expected, "synthesized/" + template.stackName(), actual)
            + "\nIf the change is intended, rerun with -D" + UPDATE_PROPERTY + "=true and commit the updated file.");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write golden template " + golden, e);
    }
  }
}

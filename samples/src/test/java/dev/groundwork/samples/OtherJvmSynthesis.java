package dev.groundwork.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An app synthesized by its {@code main} in a JVM of its own, for the cross-JVM determinism
 * tests. The JDK's {@code Set.of} and {@code Map.of} iterate in an order salted per JVM; the
 * other JVM synthesizes only if its salt runs them the other way round from the test's JVM (the
 * first argument is that JVM's {@link #iterationDirection()}, the second the app's main class),
 * so that a salted collection left on the way to the output shows as a difference. Otherwise it
 * exits with {@link #SAME_DIRECTION} and the test starts another. It runs with the JIT's default
 * tiers (the build's test JVM stops at C1).
 */
public final class OtherJvmSynthesis {
  /** Exit status when this JVM iterates {@code Set.of} as the test's JVM does. */
  public static final int SAME_DIRECTION = 75;
  private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(6);
  private static final int ATTEMPTS = 10;

  private OtherJvmSynthesis() {}

  /** Runs {@code args[1]}'s (default: the reference app's) {@code main} unless this JVM iterates as {@code args[0]} says. */
  public static void main(String[] args) throws Exception {
    if (iterationDirection().equals(args[0])) {
      System.exit(SAME_DIRECTION);
    }
    Class<?> app = args.length > 1 ? Class.forName(args[1]) : ReferenceApp.class;
    app.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
  }

  /** The element a two-element {@code Set.of} yields first: which one depends on the JVM's salt. */
  public static String iterationDirection() {
    return Set.of("first", "second").iterator().next();
  }

  /** Starts JVMs until one iterates {@code Set.of} unlike this one, and lets it synthesize {@code app} into {@code outdir}. */
  public static void synthesize(Class<?> app, Path outdir, Path log) throws Exception {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      ProcessBuilder launch = new ProcessBuilder(java, "-cp", classpath, OtherJvmSynthesis.class.getName(),
          iterationDirection(), app.getName()).redirectErrorStream(true).redirectOutput(log.toFile());
      launch.environment().put("CDK_OUTDIR", outdir.toString());
      Process child = launch.start();
      if (!child.waitFor(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        child.destroyForcibly();
        throw new AssertionError("the other JVM's synthesis took over " + CHILD_TIMEOUT + "; its output: " + log);
      }
      if (child.exitValue() != SAME_DIRECTION) {
        assertThat(child.exitValue()).as("the other JVM's exit status; its output:%n%s", Files.readString(log))
            .isZero();
        return;
      }
    }
    throw new AssertionError(ATTEMPTS + " JVMs in a row iterated Set.of as this one does");
  }

  /**
   * Synthesizes {@code app} in another JVM into {@code dir} and asserts it wrote the same files as
   * {@code first}, byte for byte: at least one template and each of {@code expected}.
   */
  public static void assertWritesTheSameOutput(Class<?> app, Path first, Path dir, String... expected)
      throws Exception {
    Path outdir = dir.resolve("cdk.out");
    synthesize(app, outdir, dir.resolve("other-jvm.log"));
    TreeMap<String, byte[]> a = outputFiles(first);
    TreeMap<String, byte[]> b = outputFiles(outdir);
    assertThat(a.keySet()).anyMatch(name -> name.endsWith(".template.json")).contains(expected);
    assertThat(b.keySet()).as("files the other JVM wrote").containsExactlyElementsOf(a.keySet());
    assertThat(differences(a, b)).as("files the other JVM wrote differently").isEmpty();
  }

  /** Every file of the output directory, by path relative to it. */
  public static TreeMap<String, byte[]> outputFiles(Path root) throws IOException {
    TreeMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  /** For each file that differs, where it first departs, with some text of each around it. */
  public static Map<String, String> differences(TreeMap<String, byte[]> a, TreeMap<String, byte[]> b) {
    Map<String, String> differences = new TreeMap<>();
    a.forEach((name, bytes) -> firstDifference(bytes, b.get(name)).ifPresent(d -> differences.put(name, d)));
    return differences;
  }

  private static Optional<String> firstDifference(byte[] a, byte[] b) {
    int at = Arrays.mismatch(a, b);
    if (at < 0) {
      return Optional.empty();
    }
    return Optional.of("differs at byte " + at + ": this JVM wrote …" + around(a, at) + "…, the other …"
        + around(b, at) + "…");
  }

  private static String around(byte[] bytes, int at) {
    int from = Math.max(0, at - 80);
    return new String(bytes, from, Math.min(bytes.length, at + 80) - from, StandardCharsets.UTF_8);
  }
}

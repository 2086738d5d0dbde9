package dev.groundwork.benchmarks.loop;

import dev.groundwork.benchmarks.RunTestClass;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What {@code mvn verify} does with an app module, without Maven's own start-up, in the working
 * directory: in this JVM, standing for Maven's, the {@code share-synth} goal; then {@link
 * TenTestClasses} in a JVM of their own, as surefire forks one for the tests; then, back in this
 * JVM, the {@code synth} goal, which skips when the tests' synthesis stood for it. Prints the time
 * of each step; exits non-zero if a step fails.
 */
public final class BuildLoopRun {
  private BuildLoopRun() {}

  public static void main(String[] args) throws Exception {
    File here = new File("").getAbsoluteFile();
    long start = System.nanoTime();
    SynthGoalRun.configured(here, SynthGoalRun.SHARE_SYNTH).execute();
    long shared = System.nanoTime();
    Process tests = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), RunTestClass.class.getName(),
        TenTestClasses.class.getName() + "#CLASSES").inheritIO().start();
    int status = tests.waitFor();
    if (status != 0) {
      System.err.println("[build-loop] the test JVM exited with " + status);
      System.exit(status);
    }
    long tested = System.nanoTime();
    SynthGoalRun.configured(here, SynthGoalRun.SYNTH).execute();
    long done = System.nanoTime();
    System.out.printf(Locale.ROOT, "[build-loop] share-synth %.2f s, ten test classes %.2f s, synth %.2f s%n",
        (shared - start) / 1e9, (tested - shared) / 1e9, (done - tested) / 1e9);
  }
}

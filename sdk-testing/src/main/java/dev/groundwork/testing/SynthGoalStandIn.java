package dev.groundwork.testing;

import dev.groundwork.app.SynthResult;
import dev.groundwork.assembly.inputs.ClasspathExtras;
import dev.groundwork.assembly.inputs.InputsRecord;
import dev.groundwork.assembly.inputs.SharedSynthesis;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Lets a test run's synthesis of an app's main class stand for the synth goal's: when the build
 * wrote what the goal will run ({@link SharedSynthesis}, the {@code share-synth} goal), and this
 * JVM ran the same main under the same conditions, the assembly is recorded with the goal's
 * inputs, so {@code groundwork:synth} skips instead of synthesizing it again.
 *
 * <p>Same conditions: main class, arguments, working directory and Java; every environment
 * variable and declared system property the goal would give the app, by value; the goal's class
 * path in its order, and the test run's added entries (test classes, test libraries) holding no
 * class or resource of it and offering no service it looks up. Anything else and the goal
 * synthesizes, as without a test run.
 */
final class SynthGoalStandIn {
  /** Where the synth goal keeps its state when it is not {@code target/groundwork} under the working directory. */
  static final String STATE_DIRECTORY_PROPERTY = "groundwork.stateDirectory";

  private SynthGoalStandIn() {}

  /**
   * Records {@code result} for the synth goal if it can stand for the goal's synthesis of {@code
   * mainClass}; returns one line saying what happened, or empty when the build shares nothing.
   */
  static Optional<String> offer(Class<?> mainClass, List<String> arguments, SynthResult result, String testClass)
      throws IOException {
    Path state = stateDirectory();
    Optional<SharedSynthesis> shared;
    try {
      shared = SharedSynthesis.read(state);
    } catch (IOException e) {
      return Optional.of("groundwork:synth will synthesize again: " + state.resolve(SharedSynthesis.FILE)
          + " cannot be read (" + e.getMessage() + ")");
    }
    if (shared.isEmpty()) {
      return Optional.empty();
    }
    if (!result.accepted()) {
      return Optional.of("groundwork:synth will synthesize again: this synthesis was rejected (policy errors)");
    }
    SharedSynthesis goal = shared.get();
    SharedSynthesis.Observed jvm = new SharedSynthesis.Observed(mainClass.getName(), arguments,
        Path.of(System.getProperty("user.dir")), Path.of(System.getProperty("java.home")), classpath(),
        System::getenv, System::getProperty);
    List<String> differences = new ArrayList<>(goal.differences(jvm));
    if (differences.isEmpty()) {
      differences.addAll(ClasspathExtras.conflicts(goal.classpath(), goal.extraEntries(jvm)));
    }
    if (!differences.isEmpty()) {
      return Optional.of("groundwork:synth will synthesize again: this test JVM does not run " + mainClass.getName()
          + " as the goal would: " + String.join("; ", differences));
    }
    goal.fulfil(state, result.assemblyDirectory(), "the test run (" + testClass + ")");
    return Optional.of("this synthesis stands for groundwork:synth's (its inputs are recorded in "
        + result.assemblyDirectory().resolve(InputsRecord.FILE) + ")");
  }

  private static Path stateDirectory() {
    String configured = System.getProperty(STATE_DIRECTORY_PROPERTY);
    return configured != null && !configured.isBlank()
        ? Path.of(configured)
        : Path.of(System.getProperty("user.dir"), "target", "groundwork");
  }

  private static List<Path> classpath() {
    return Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
        .filter(entry -> !entry.isBlank()).map(Path::of).toList();
  }
}

package dev.groundwork.benchmarks.loop;

import dev.groundwork.benchmarks.GroundworkReferenceApp;
import java.io.File;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.Mojo;

/**
 * Runs groundwork-maven-plugin's {@code synth} goal on the reference app in the working
 * directory, as {@code mvn package} would after the tests but without Maven's own start-up: the
 * goal's parameters are set the way Maven sets them (by field), then it runs. The first run in a
 * directory synthesizes (a fresh JVM and Node.js); a second, with nothing changed, should skip.
 * Prints the goal's own time; exits non-zero if the goal fails.
 */
public final class SynthGoalRun {
  private SynthGoalRun() {}

  public static void main(String[] args) throws Exception {
    Mojo goal = configured(new File("").getAbsoluteFile());
    long start = System.nanoTime();
    goal.execute();
    System.out.printf(Locale.ROOT, "[synth-goal] %.2f s%n", (System.nanoTime() - start) / 1e9);
  }

  /** The goal set up to synthesize the reference app in {@code here}. */
  static Mojo configured(File here) throws ReflectiveOperationException {
    Mojo goal = (Mojo) Class.forName("dev.groundwork.maven.SynthMojo").getConstructor().newInstance();
    set(goal, "mainClass", GroundworkReferenceApp.class.getName());
    set(goal, "arguments", List.of());
    set(goal, "workingDirectory", here);
    // No JVM options: the same JVM as the benchmark's one-synthesis variant.
    set(goal, "jvmArgs", "");
    set(goal, "classpath", List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
    set(goal, "packaging", "jar");
    set(goal, "stateDirectory", new File(here, "target/groundwork"));
    set(goal, "pluginVersion", "benchmark");
    // The reference app builds its fulfilment image from images/ beside where it runs.
    set(goal, "inputFiles", List.of(new File("images")));
    return goal;
  }

  private static void set(Object goal, String name, Object value) throws ReflectiveOperationException {
    for (Class<?> type = goal.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        field.set(goal, value);
        return;
      } catch (NoSuchFieldException e) {
        // declared on a superclass
      }
    }
    throw new NoSuchFieldException(name);
  }
}

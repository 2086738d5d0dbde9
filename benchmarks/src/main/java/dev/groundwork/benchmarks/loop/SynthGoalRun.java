package dev.groundwork.benchmarks.loop;

import dev.groundwork.benchmarks.GroundworkReferenceApp;
import java.io.File;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import dev.groundwork.maven.TestConfiguration;
import org.apache.maven.plugin.Mojo;

/**
 * Runs groundwork-maven-plugin's {@code synth} goal on the reference app in the working
 * directory, as {@code mvn package} would after the tests but without Maven's own start-up: the
 * goal's parameters are set the way Maven sets them (by field), then it runs. The first run in a
 * directory synthesizes (a fresh JVM and Node.js); a second, with nothing changed, should skip, and
 * so should a run after {@link TenTestClasses} synthesized the app in the goal's stead. With the
 * argument {@code share-synth} it runs that goal instead, as a build does before its tests.
 * Prints the goal's own time; exits non-zero if the goal fails.
 *
 * <p>The synth JVM is the benchmark's plain one (no JVM options, no class archive), the same as the
 * one-synthesis variant's, unless the argument is {@code synth-as-configured}: then it starts as
 * the goal starts it by default ({@code -XX:TieredStopAtLevel=1} and the class archive, kept in the
 * directory the system property {@code groundwork.classArchives} names).
 */
public final class SynthGoalRun {
  static final String SYNTH = "dev.groundwork.maven.SynthMojo";
  static final String SHARE_SYNTH = "dev.groundwork.maven.ShareSynthMojo";
  /** The jars of the benchmarks' class path a project has in test scope only. */
  private static final Pattern TEST_LIBRARY =
      Pattern.compile("^(junit-|opentest4j-|apiguardian-|assertj-|byte-buddy-|java-diff-utils-|groundwork-testing-)");

  private SynthGoalRun() {}

  public static void main(String[] args) throws Exception {
    String name = args.length > 0 ? args[0] : "synth";
    Mojo goal = configured(new File("").getAbsoluteFile(), name.equals("share-synth") ? SHARE_SYNTH : SYNTH);
    if (name.equals("synth-as-configured")) {
      // the synth JVM's default options are the test JVMs' (the same C1 flag)
      set(goal, "jvmArgs", TestConfiguration.ARG_LINE);
      set(goal, "classArchive", true);
      set(goal, "classArchives", new File(System.getProperty("groundwork.classArchives")));
    }
    long start = System.nanoTime();
    goal.execute();
    System.out.printf(Locale.ROOT, "[%s goal] %.2f s%n", name, (System.nanoTime() - start) / 1e9);
  }

  /** The goal {@code type} set up to synthesize the reference app in {@code here}. */
  static Mojo configured(File here, String type) throws ReflectiveOperationException {
    Mojo goal = (Mojo) Class.forName(type).getConstructor().newInstance();
    set(goal, "mainClass", GroundworkReferenceApp.class.getName());
    set(goal, "arguments", List.of());
    set(goal, "workingDirectory", here);
    // No JVM options: the same JVM as the benchmark's one-synthesis variant.
    set(goal, "jvmArgs", "");
    // The app's runtime class path: this one without the test libraries, as Maven gives the goal.
    set(goal, "classpath", Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !TEST_LIBRARY.matcher(new File(entry).getName()).find()).toList());
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

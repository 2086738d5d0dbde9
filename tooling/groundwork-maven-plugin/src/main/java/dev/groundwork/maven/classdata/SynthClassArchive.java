package dev.groundwork.maven.classdata;

import dev.groundwork.assembly.inputs.ClasspathExtras;
import dev.groundwork.assembly.inputs.ContentHash;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A class data sharing (AppCDS) archive of the classes the synth JVM loads from the app's
 * libraries, made once per machine for each set of libraries, so that every later synthesis maps
 * them instead of reading, parsing and verifying them again: about a sixth less CPU for the
 * reference app ({@code docs/synthesis-performance.md}, "Faster start").
 *
 * <p>On Java 17 an archive holds classes from jars only, and is used only by a JVM whose class
 * path starts with the jars it was made from. So the synth JVM gets the jars first and the app's
 * own directories ({@code target/classes}) after them, which loads the same classes only when no
 * directory holds a class, resource or service a jar holds too ({@link ClasspathExtras}); when one
 * does, no archive is used and the order stays as Maven gives it.
 *
 * <p>Three stages, one per synthesis with the same libraries: the first records the classes the
 * JVM loads ({@code -XX:DumpLoadedClassList}); the second archives them before it starts ({@code
 * -Xshare:dump}, once, several seconds) and starts from the archive, as every later one does. A
 * CI job that synthesizes once only records. The key names the JVM and each jar's path, size and
 * modification time, which the JVM checks too; the {@value #KEPT} most recently used archives are
 * kept. Files are written under temporary names and moved into place, so two builds at once
 * cannot tear one.
 */
public final class SynthClassArchive {
  /** How many archives (about 50 MB each) are kept: the most recently used. */
  static final int KEPT = 3;
  static final String ARCHIVE = ".jsa";
  static final String CLASS_LIST = ".classlist";
  /** Marks a key whose archive could not be made, so that it is not tried on every synthesis. */
  static final String FAILED = ".failed";

  private final Path directory;
  private final String javaHome;
  private final String vmName;
  private final String vmVersion;

  /**
   * Archives in {@code directory}, for the JVM of {@code javaHome} (whose {@code bin/java} the goal
   * starts), {@code vmName} ({@code java.vm.name}) at {@code vmVersion} ({@code java.vm.version}).
   */
  public SynthClassArchive(Path directory, String javaHome, String vmName, String vmVersion) {
    this.directory = directory;
    this.javaHome = javaHome;
    this.vmName = vmName;
    this.vmVersion = vmVersion;
  }

  /** The archives of the JVM running this code, in {@code directory}. */
  public static SynthClassArchive forThisJvm(Path directory) {
    return new SynthClassArchive(directory, System.getProperty("java.home"), System.getProperty("java.vm.name"),
        System.getProperty("java.vm.version"));
  }

  /**
   * How to start the synth JVM on {@code classpath}: from the archive when there is one (made now
   * from the classes an earlier synthesis recorded, when that is all there is), else recording the
   * classes it loads; or as it is, with the reason, when the class path cannot start with its jars.
   * {@code progress} gets one line when an archive is made, as that takes seconds.
   */
  public SynthJvmStart prepare(List<String> classpath, Consumer<String> progress) throws IOException {
    if (!hotSpot(vmName)) {
      // OpenJ9 has class sharing of its own, with other options; it would refuse these.
      return SynthJvmStart.asGiven(classpath, "the archive needs a HotSpot JVM (OpenJDK's); this one is " + vmName);
    }
    List<String> jars = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (String entry : classpath) {
      Path path = Path.of(entry);
      (Files.isRegularFile(path) && entry.toLowerCase(Locale.ROOT).endsWith(".jar") ? jars : rest).add(entry);
    }
    if (jars.isEmpty()) {
      return SynthJvmStart.asGiven(classpath, "the class path has no jars");
    }
    List<String> conflicts = ClasspathExtras.conflicts(paths(jars), paths(rest));
    if (!conflicts.isEmpty()) {
      return SynthJvmStart.asGiven(classpath, "the app's classes must come before its libraries on the class path, as "
          + conflicts.get(0));
    }
    List<String> ordered = new ArrayList<>(jars);
    ordered.addAll(rest);
    String key = key(jars);
    Path archive = directory.resolve(key + ARCHIVE);
    Path classList = directory.resolve(key + CLASS_LIST);
    Files.createDirectories(directory);
    prune(key);
    if (!Files.isRegularFile(archive) && Files.isRegularFile(classList) && !Files.exists(directory.resolve(key + FAILED))) {
      archive(key, jars, progress);
    }
    if (Files.isRegularFile(archive)) {
      markUsed(archive);
      // -Xshare:auto: should the JVM still refuse the archive, it starts without it, silently.
      return SynthJvmStart.fromArchive(ordered, List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto",
          "-Xlog:cds=off", "-Xlog:class+path=off"));
    }
    Path recording = Files.createTempFile(directory, key + ".", CLASS_LIST + ".tmp");
    return SynthJvmStart.recording(ordered, List.of("-XX:DumpLoadedClassList=" + recording), recording, classList);
  }

  /** Marks {@code archive} as just used, for {@link #prune}; an archive someone else owns stays as it is. */
  private static void markUsed(Path archive) {
    try {
      Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // only the order of pruning depends on it
    }
  }

  /**
   * Archives the classes of {@code key}'s class list that the jars hold into its archive, in a JVM
   * of its own; when that fails, says so and marks the key, and the synthesis starts without.
   */
  private void archive(String key, List<String> jars, Consumer<String> progress) throws IOException {
    Path archive = directory.resolve(key + ARCHIVE);
    Path java = Path.of(javaHome, "bin", "java");
    Path partial = Files.createTempFile(directory, archive.getFileName() + ".", ".tmp");
    Path output = Files.createTempFile(directory, "dump.", ".log");
    long start = System.nanoTime();
    try {
      ProcessBuilder dump = new ProcessBuilder(java.toString(), "-Xshare:dump",
          "-XX:SharedClassListFile=" + directory.resolve(key + CLASS_LIST), "-XX:SharedArchiveFile=" + partial,
          "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Xlog:gc=off")
          .redirectErrorStream(true)
          .redirectOutput(output.toFile());
      dump.environment().put("CLASSPATH", String.join(File.pathSeparator, jars));
      Process process;
      try {
        process = dump.start();
      } catch (IOException e) {
        giveUp(key, java + " could not start: " + e.getMessage(), "", progress);
        return;
      }
      int status = process.waitFor(10, TimeUnit.MINUTES) ? process.exitValue() : -1;
      if (status != 0) {
        process.destroyForcibly();
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        String last = lines.isEmpty() ? "no output" : lines.get(lines.size() - 1).strip();
        giveUp(key, java + " -Xshare:dump exited with " + status + ": " + last, String.join("\n", lines), progress);
        return;
      }
      Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      progress.accept(String.format(Locale.ROOT, "archived the synth JVM's library classes for later syntheses on "
          + "this machine, once for these libraries (%.1f s): %s", (System.nanoTime() - start) / 1e9, archive));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while archiving the synth JVM's classes", e);
    } finally {
      Files.deleteIfExists(partial);
      Files.deleteIfExists(output);
    }
  }

  /** Marks {@code key} as not to be archived again, keeping why, and says so once. */
  private void giveUp(String key, String reason, String output, Consumer<String> progress) throws IOException {
    Files.writeString(directory.resolve(key + FAILED), reason + "\n" + output + "\n", StandardCharsets.UTF_8);
    progress.accept("could not archive the synth JVM's library classes (" + reason + "); synthesizing without, as before");
  }

  /**
   * Keeps the archive and class list of {@code keptKey} and of the {@value #KEPT} - 1 other keys
   * most recently used; removes temporary files a killed build left a day ago or earlier. Runs on
   * every synthesis, so the class lists of jars rebuilt by every build (a reactor's own) do not
   * pile up.
   */
  void prune(String keptKey) throws IOException {
    Map<String, FileTime> used = new TreeMap<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".tmp") && Files.getLastModifiedTime(file).toMillis() < System.currentTimeMillis()
            - TimeUnit.DAYS.toMillis(1)) {
          // left behind by a build that was killed
          Files.deleteIfExists(file);
        } else if (name.endsWith(ARCHIVE) || name.endsWith(CLASS_LIST) || name.endsWith(FAILED)) {
          used.merge(name.substring(0, name.lastIndexOf('.')), Files.getLastModifiedTime(file),
              (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
      }
    }
    List<String> stale = used.entrySet().stream()
        .filter(e -> !e.getKey().equals(keptKey))
        .sorted(Map.Entry.<String, FileTime>comparingByValue(Comparator.reverseOrder()))
        .skip(KEPT - 1)
        .map(Map.Entry::getKey)
        .toList();
    for (String key : stale) {
      for (String suffix : List.of(ARCHIVE, CLASS_LIST, FAILED)) {
        Files.deleteIfExists(directory.resolve(key + suffix));
      }
    }
  }

  /** What an archive of {@code jars} depends on: the JVM, and each jar's path, size and modification time. */
  String key(List<String> jars) {
    StringBuilder identity = new StringBuilder(javaHome).append('\n').append(vmVersion).append('\n');
    for (String jar : jars) {
      Path path = Path.of(jar).toAbsolutePath().normalize();
      try {
        identity.append(path).append('\t').append(Files.size(path)).append('\t')
            .append(Files.getLastModifiedTime(path).toMillis()).append('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return "synth-" + ContentHash.of(identity.toString()).substring(0, 24);
  }

  /** Whether a JVM of this {@code java.vm.name} takes HotSpot's class data sharing options. */
  static boolean hotSpot(String vmName) {
    return vmName != null && (vmName.contains("HotSpot") || vmName.contains("OpenJDK"));
  }

  private static List<Path> paths(List<String> entries) {
    return entries.stream().map(Path::of).toList();
  }
}

package dev.groundwork.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.groundwork.maven.classdata.SynthClassArchive;
import dev.groundwork.maven.classdata.SynthJvmStart;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synth JVM's class archive, in real JVMs: the first run records, the second archives and
 * loads a library class from the archive, the third only uses it; and the cases that keep it off.
 */
class SynthClassArchiveTest {
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The app's classes (a directory) first, as Maven gives them, then a library jar. */
  private static final List<String> CLASSPATH = List.of(location(ClassArchiveProbe.class), location(ImmutableList.class));

  private static SynthOutcome run(SynthJvmStart start, Path classLog) throws Exception {
    SynthRun run = new SynthRun(JAVA, List.of("-Xlog:class+load=info:file=" + classLog), ClassArchiveProbe.class.getName(),
        CLASSPATH, List.of(), new java.io.File("."), Map.of()).startingWith(start);
    List<String> stderr = new ArrayList<>();
    SynthOutcome outcome = run.run(stderr::add);
    assertThat(stderr).contains("loaded 2 from a library");
    return outcome;
  }

  /** Where the JVM says it loaded ImmutableList from. */
  private static String source(Path classLog) throws IOException {
    try (Stream<String> lines = Files.lines(classLog)) {
      return lines.filter(line -> line.contains(" com.google.common.collect.ImmutableList ")).findFirst().orElseThrow();
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class ThreeSyntheses {
    Path archives;
    Path logs;
    final List<String> progress = new ArrayList<>();
    SynthJvmStart first;
    SynthJvmStart second;
    SynthJvmStart third;

    @BeforeAll
    void synthesizeThreeTimes(@TempDir Path archives, @TempDir Path logs) throws Exception {
      this.archives = archives;
      this.logs = logs;
      SynthClassArchive archive = SynthClassArchive.forThisJvm(archives);
      first = archive.prepare(CLASSPATH, progress::add);
      first.finish(run(first, logs.resolve("first.log")).status() == 0);
      second = archive.prepare(CLASSPATH, progress::add);
      second.finish(run(second, logs.resolve("second.log")).status() == 0);
      third = archive.prepare(CLASSPATH, progress::add);
      third.finish(run(third, logs.resolve("third.log")).status() == 0);
    }

    @Test
    void theFirstRecordsTheClassesItLoads() throws IOException {
      assertThat(first.archived()).isFalse();
      assertThat(first.jvmArguments()).singleElement().asString().startsWith("-XX:DumpLoadedClassList=");
      assertThat(first.recording()).isPresent().get().matches(Files::notExists, "moved into place after the run");
      assertThat(first.classList()).isPresent().get().matches(Files::isRegularFile);
      assertThat(Files.readString(first.classList().get())).contains("com/google/common/collect/ImmutableList");
      assertThat(source(logs.resolve("first.log"))).contains("source: file:" + CLASSPATH.get(1));
    }

    @Test
    void theJarsComeFirstAndTheAppsDirectoryAfterThem() {
      for (SynthJvmStart start : List.of(first, second, third)) {
        assertThat(start.classpath()).containsExactly(CLASSPATH.get(1), CLASSPATH.get(0));
        assertThat(start.note()).isEmpty();
      }
    }

    @Test
    void theSecondArchivesOnceAndLoadsLibraryClassesFromTheArchive() throws IOException {
      assertThat(second.archived()).isTrue();
      assertThat(second.jvmArguments()).anyMatch(option -> option.startsWith("-XX:SharedArchiveFile=" + archives));
      assertThat(source(logs.resolve("second.log"))).contains("source: shared objects file");
      assertThat(progress).singleElement().asString()
          .startsWith("archived the synth JVM's library classes for later syntheses on this machine");
      try (Stream<Path> files = Files.list(archives)) {
        assertThat(files.map(file -> file.getFileName().toString()))
            .as("one archive and its class list, no temporary file left").hasSize(2)
            .anyMatch(name -> name.endsWith(".jsa")).anyMatch(name -> name.endsWith(".classlist"));
      }
    }

    @Test
    void theThirdUsesTheSameArchiveWithoutMakingItAgain() throws IOException {
      assertThat(third.jvmArguments()).isEqualTo(second.jvmArguments());
      assertThat(source(logs.resolve("third.log"))).contains("source: shared objects file");
      assertThat(progress).hasSize(1);
    }
  }

  @Test
  void aDirectoryHoldingANameAJarHoldsKeepsMavensOrderAndNoArchive(@TempDir Path archives, @TempDir Path app)
      throws IOException {
    Path shadow = app.resolve("com/google/common/collect/ImmutableList.class");
    Files.createDirectories(shadow.getParent());
    Files.write(shadow, new byte[] {1});
    List<String> classpath = List.of(app.toString(), location(ImmutableList.class));
    SynthJvmStart start = SynthClassArchive.forThisJvm(archives).prepare(classpath, line -> {});
    assertThat(start.classpath()).isEqualTo(classpath);
    assertThat(start.jvmArguments()).isEmpty();
    assertThat(start.note()).get().asString()
        .startsWith("the app's classes must come before its libraries on the class path, as ")
        .contains("com/google/common/collect/ImmutableList.class");
  }

  @Test
  void aJarChangedSinceTheRecordingIsRecordedAgain(@TempDir Path archives, @TempDir Path libraries) throws IOException {
    Path jar = Files.copy(Path.of(location(ImmutableList.class)), libraries.resolve("guava.jar"));
    List<String> classpath = List.of(location(ClassArchiveProbe.class), jar.toString());
    SynthClassArchive archive = SynthClassArchive.forThisJvm(archives);
    SynthJvmStart first = archive.prepare(classpath, line -> {});
    Files.writeString(first.recording().orElseThrow(), "com/google/common/collect/ImmutableList\n");
    first.finish(true);
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
    SynthJvmStart next = archive.prepare(classpath, line -> {});
    assertThat(next.archived()).as("no archive from a recording of another jar").isFalse();
    assertThat(next.classList()).isPresent().isNotEqualTo(first.classList());
  }

  @Test
  void aFailedRunKeepsNoRecording(@TempDir Path archives) throws IOException {
    SynthJvmStart start = SynthClassArchive.forThisJvm(archives).prepare(CLASSPATH, line -> {});
    Files.writeString(start.recording().orElseThrow(), "java/lang/Object\n");
    start.finish(false);
    assertThat(start.recording().get()).doesNotExist();
    assertThat(start.classList().get()).doesNotExist();
  }

  @Test
  void anArchiveThatCannotBeMadeIsSaidOnceAndNotTriedAgain(@TempDir Path archives, @TempDir Path fakeJdk)
      throws IOException {
    Path java = fakeJdk.resolve("bin/java");
    Files.createDirectories(java.getParent());
    Files.writeString(java, "#!/bin/sh\necho 'Error: no space left for the archive'\nexit 1\n");
    assertThat(java.toFile().setExecutable(true)).isTrue();
    SynthClassArchive archive =
        new SynthClassArchive(archives, fakeJdk.toString(), "OpenJDK 64-Bit Server VM", "17.0.15+6");
    SynthJvmStart first = archive.prepare(CLASSPATH, line -> {});
    Files.writeString(first.recording().orElseThrow(), "java/lang/Object\n");
    first.finish(true);
    List<String> progress = new ArrayList<>();
    SynthJvmStart second = archive.prepare(CLASSPATH, progress::add);
    SynthJvmStart third = archive.prepare(CLASSPATH, progress::add);
    assertThat(progress).singleElement().asString().startsWith("could not archive the synth JVM's library classes (")
        .contains("exited with 1: Error: no space left for the archive")
        .endsWith("synthesizing without, as before");
    assertThat(second.archived()).isFalse();
    assertThat(third.archived()).isFalse();
    assertThat(third.recording()).isPresent();
    try (Stream<Path> files = Files.list(archives)) {
      assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".jsa"))
          .anyMatch(name -> name.endsWith(".failed"));
    }
  }

  @Test
  void aJvmOtherThanHotSpotKeepsItsOwnWays(@TempDir Path archives) throws IOException {
    SynthJvmStart start = new SynthClassArchive(archives, System.getProperty("java.home"), "Eclipse OpenJ9 VM", "0.49.0")
        .prepare(CLASSPATH, line -> {});
    assertThat(start.jvmArguments()).isEmpty();
    assertThat(start.classpath()).isEqualTo(CLASSPATH);
    assertThat(start.note()).contains("the archive needs a HotSpot JVM (OpenJDK's); this one is Eclipse OpenJ9 VM");
    assertThat(archives).isEmptyDirectory();
  }

  @Test
  void aClassPathOfDirectoriesAloneHasNoArchive(@TempDir Path archives) throws IOException {
    SynthJvmStart start = SynthClassArchive.forThisJvm(archives).prepare(List.of(CLASSPATH.get(0)), line -> {});
    assertThat(start.jvmArguments()).isEmpty();
    assertThat(start.note()).contains("the class path has no jars");
    assertThat(Optional.of(start.classpath())).contains(List.of(CLASSPATH.get(0)));
  }
}

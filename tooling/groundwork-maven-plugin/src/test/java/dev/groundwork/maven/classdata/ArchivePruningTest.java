package dev.groundwork.maven.classdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives are about 50 MB each: only the most recently used are kept. */
class ArchivePruningTest {
  @Test
  void keepsTheCurrentKeyAndTheTwoOthersMostRecentlyUsed(@TempDir Path archives) throws IOException {
    for (int i = 0; i < 5; i++) {
      for (String suffix : List.of(".jsa", ".classlist")) {
        Path file = Files.writeString(archives.resolve("synth-old" + i + suffix), "x");
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000L * (i + 1)));
      }
    }
    Path failed = Files.writeString(archives.resolve("synth-failed.failed"), "x");
    Files.setLastModifiedTime(failed, FileTime.fromMillis(1_000L));
    Path killed = Files.writeString(archives.resolve("synth-x.jsa.123.tmp"), "x");
    Files.setLastModifiedTime(killed, FileTime.fromMillis(1_000L));
    Files.writeString(archives.resolve("synth-y.classlist.456.tmp"), "a recording in progress");
    Path current = Files.writeString(archives.resolve("synth-current.classlist"), "x");
    Files.setLastModifiedTime(current, FileTime.fromMillis(500L));
    SynthClassArchive.forThisJvm(archives).prune("synth-current");
    try (Stream<Path> files = Files.list(archives)) {
      assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder(
          "synth-current.classlist", "synth-old4.jsa", "synth-old4.classlist", "synth-old3.jsa", "synth-old3.classlist",
          "synth-y.classlist.456.tmp");
    }
  }
}

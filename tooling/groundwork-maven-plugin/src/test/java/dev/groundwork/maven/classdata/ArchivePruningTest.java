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
  void keepsTheMostRecentlyUsedArchives(@TempDir Path archives) throws IOException {
    for (int i = 0; i < 5; i++) {
      for (String suffix : List.of(".jsa", ".classlist")) {
        Path file = Files.writeString(archives.resolve("synth-old" + i + suffix), "x");
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000L * (i + 1)));
      }
    }
    Path stale = Files.writeString(archives.resolve("synth-x.jsa.123.tmp"), "x");
    Files.setLastModifiedTime(stale, FileTime.fromMillis(1_000L));
    Path kept = Files.writeString(archives.resolve("synth-new.jsa"), "x");
    SynthClassArchive.forThisJvm(archives).prune(kept);
    try (Stream<Path> files = Files.list(archives)) {
      assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder(
          "synth-new.jsa", "synth-old4.jsa", "synth-old4.classlist", "synth-old3.jsa", "synth-old3.classlist");
    }
  }

}

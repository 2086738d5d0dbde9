package dev.groundwork.assembly.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHashCacheTest {
  @TempDir
  Path dir;

  @Test
  void aSettledFileIsNotReadAgainUntilItsSizeOrTimeChanges() throws Exception {
    Path jar = dir.resolve("lib.jar");
    Files.writeString(jar, "one");
    FileTime old = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
    Files.setLastModifiedTime(jar, old);
    FileHashCache cache = FileHashCache.load(dir.resolve("hashes.tsv"));
    String first = cache.hash(jar);
    cache.save();

    // Same size and time, other bytes: a settled entry is trusted (the cost of not reading 120 MB).
    Files.writeString(jar, "two");
    Files.setLastModifiedTime(jar, old);
    assertThat(FileHashCache.load(dir.resolve("hashes.tsv")).hash(jar)).isEqualTo(first);

    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
    assertThat(FileHashCache.load(dir.resolve("hashes.tsv")).hash(jar)).isEqualTo(ContentHash.of("two"));
  }

  @Test
  void aFileHashedWhileFreshIsReadAgainEvenWithTheSameSizeAndTime() throws Exception {
    Path jar = dir.resolve("module.jar");
    Files.writeString(jar, "one");
    FileHashCache cache = FileHashCache.load(dir.resolve("hashes.tsv"));
    cache.hash(jar);
    cache.save();
    FileTime time = Files.getLastModifiedTime(jar);
    Files.writeString(jar, "two");
    Files.setLastModifiedTime(jar, time);
    assertThat(FileHashCache.load(dir.resolve("hashes.tsv")).hash(jar))
        .as("rewritten within the file system's time resolution of being hashed").isEqualTo(ContentHash.of("two"));
  }

  @Test
  void anUnreadableCacheIsEmpty() throws Exception {
    Files.writeString(dir.resolve("hashes.tsv"), "not\ta\tcache\tline\twith\tnumbers");
    Path jar = dir.resolve("lib.jar");
    Files.writeString(jar, "one");
    assertThat(FileHashCache.load(dir.resolve("hashes.tsv")).hash(jar)).isEqualTo(ContentHash.of("one"));
  }
}

package dev.groundwork.assembly.inputs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Content hashes of large files (dependency jars) remembered by path, size and modification
 * time, so a build that changed nothing does not read the 120 MB of aws-cdk-lib again.
 *
 * <p>A file whose size or modification time (nanoseconds where the file system keeps them)
 * differs from the remembered one is hashed again, as git's index and Gradle's file hashes do.
 * As in git, an entry is trusted only for a file that was already {@value #SETTLED_SECONDS}
 * seconds old when it was hashed: a file rewritten within the file system's time resolution of
 * being hashed would otherwise keep its old hash. The synth goal keeps one cache per machine (the
 * user's cache directory), so a clean build finds the jars' hashes too; builds running at once
 * each write a whole new file and move it into place, so the last one wins and none is torn.
 */
public final class FileHashCache {
  private final Path file;
  private final Map<String, Entry> entries = new TreeMap<>();
  private boolean changed;

  /** How old a file must have been when hashed for its entry to be trusted. */
  static final long SETTLED_SECONDS = 2;

  private record Entry(long size, long modified, long hashedAt, String hash) {
    boolean matches(long size, long modified) {
      return this.size == size && this.modified == modified && modified + SETTLED_SECONDS * 1_000_000_000L < hashedAt;
    }
  }

  private FileHashCache(Path file) {
    this.file = file;
  }

  /** The cache kept in {@code file}; an unreadable or missing file is an empty cache. */
  public static FileHashCache load(Path file) {
    FileHashCache cache = new FileHashCache(file);
    try {
      if (Files.isRegularFile(file)) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String[] fields = line.split("\t", 5);
          if (fields.length == 5) {
            cache.entries.put(fields[4], new Entry(Long.parseLong(fields[1]), Long.parseLong(fields[2]),
                Long.parseLong(fields[3]), fields[0]));
          }
        }
      }
    } catch (IOException | NumberFormatException e) {
      cache.entries.clear();
    }
    return cache;
  }

  /** The hash of the regular file {@code path}: remembered if it has not changed, else read. */
  public String hash(Path path) throws IOException {
    Path absolute = path.toAbsolutePath().normalize();
    BasicFileAttributes attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
    long size = attributes.size();
    long modified = attributes.lastModifiedTime().toInstant().getEpochSecond() * 1_000_000_000L
        + attributes.lastModifiedTime().toInstant().getNano();
    Entry known = entries.get(absolute.toString());
    if (known != null && known.matches(size, modified)) {
      return known.hash();
    }
    Instant now = Instant.now();
    long hashedAt = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    String hash = ContentHash.ofFile(absolute);
    entries.put(absolute.toString(), new Entry(size, modified, hashedAt, hash));
    changed = true;
    return hash;
  }

  /** Writes the cache back if anything was hashed anew. */
  public void save() throws IOException {
    if (!changed) {
      return;
    }
    List<String> lines = new ArrayList<>();
    entries.forEach((path, e) -> lines.add(e.hash() + "\t" + e.size() + "\t" + e.modified() + "\t" + e.hashedAt()
        + "\t" + path));
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
    try {
      Files.write(temporary, lines, StandardCharsets.UTF_8);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
    changed = false;
  }
}

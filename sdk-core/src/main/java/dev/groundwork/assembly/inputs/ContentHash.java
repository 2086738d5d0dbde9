package dev.groundwork.assembly.inputs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * SHA-256 of text, of a file's bytes, and of a directory tree (its files' relative paths and
 * contents, in path order, so the same tree hashes the same on every machine).
 */
public final class ContentHash {
  /** The value recorded for an input that does not exist (an unset variable, a missing file). */
  public static final String ABSENT = "absent";

  private ContentHash() {}

  /** The hash of {@code text} (UTF-8). */
  public static String of(String text) {
    return hex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The hash of a regular file's bytes. */
  public static String ofFile(Path file) throws IOException {
    MessageDigest digest = digest();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return hex(digest.digest());
  }

  /**
   * The hash of every regular file under {@code root} that {@code include} accepts (given the path
   * relative to {@code root}): each relative path, with {@code /} as separator, and its content.
   */
  public static String ofTree(Path root, Predicate<Path> include) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).map(root::relativize).filter(include)
          .sorted((a, b) -> separated(a).compareTo(separated(b))).toList();
    }
    StringBuilder listing = new StringBuilder();
    try {
      for (Path relative : files) {
        listing.append(separated(relative)).append('\0').append(ofFile(root.resolve(relative))).append('\n');
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return of(listing.toString());
  }

  /** The hash of {@code path} whatever it is: a file's bytes, a directory's tree, or {@value #ABSENT}. */
  public static String ofPath(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      return ofTree(path, p -> true);
    }
    return Files.isRegularFile(path) ? ofFile(path) : ABSENT;
  }

  private static String separated(Path relative) {
    return relative.toString().replace('\\', '/');
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}

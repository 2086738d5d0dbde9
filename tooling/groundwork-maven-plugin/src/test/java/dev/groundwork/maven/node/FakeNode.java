package dev.groundwork.maven.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Shell scripts that answer {@code --version} like a Node.js binary, and fail when asked to run anything. */
final class FakeNode {
  private FakeNode() {}

  /** The script text of a Node.js that reports {@code version} ({@code 24.1.0}). */
  static String script(String version) {
    return "#!/bin/sh\n"
        + "if [ \"$1\" = --version ]; then echo v" + version + "; exit 0; fi\n"
        + "echo 'a fake Node.js: it only prints its version' >&2; exit 1\n";
  }

  /** Writes an executable {@code node} reporting {@code version} into {@code dir} and returns it. */
  static Path in(Path dir, String version) throws IOException {
    Files.createDirectories(dir);
    Path node = dir.resolve("node");
    Files.writeString(node, script(version));
    Files.setPosixFilePermissions(node, PosixFilePermissions.fromString("rwxr-xr-x"));
    return node;
  }
}

package dev.groundwork.maven.node;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Node.js executable and the version it reported.
 *
 * @param path the executable, absolute
 * @param version what its {@code --version} printed
 */
public record NodeBinary(Path path, NodeVersion version) {

  /**
   * Runs {@code path --version}: the binary with its version, or empty when it is missing, does not
   * run, or prints no release version.
   */
  public static Optional<NodeBinary> probe(Path path) {
    if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
      return Optional.empty();
    }
    try {
      Process process = new ProcessBuilder(List.of(path.toString(), "--version"))
          .redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output;
      try (InputStream in = process.getInputStream()) {
        output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.empty();
      }
      if (process.exitValue() != 0) {
        return Optional.empty();
      }
      return NodeVersion.parse(output).map(v -> new NodeBinary(path.toAbsolutePath(), v));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}

package dev.groundwork.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** Chooses the cloud assembly directory and clears what a previous synthesis left there. */
public final class AssemblyDirectory {
  private AssemblyDirectory() {}

  /**
   * {@code CDK_OUTDIR} if set (the CDK CLI reads the assembly from there), else the configured
   * directory, else {@code cdk.out} in the working directory.
   */
  public static Path resolve(Optional<Path> configured, String cdkOutdirVariable) {
    if (cdkOutdirVariable != null && !cdkOutdirVariable.isBlank()) {
      return Paths.get(cdkOutdirVariable).toAbsolutePath().normalize();
    }
    return configured.orElse(Paths.get("cdk.out")).toAbsolutePath().normalize();
  }

  /**
   * Empties {@code dir} if it holds a cloud assembly, so templates of stacks removed from the
   * code do not linger and get deployed or checked. A directory without a {@code manifest.json}
   * is not ours and is left alone.
   */
  public static void clearPreviousAssembly(Path dir) {
    if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(dir)) {
          Files.delete(path);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the previous cloud assembly in " + dir, e);
    }
  }
}

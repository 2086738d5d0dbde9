package dev.groundwork.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Stands in for a Groundwork main under the synth goal, quickly: writes a small assembly into
 * {@code cdk.out} in the working directory (a template holding the system property {@code
 * fake.bucket}, if set), adds a line to {@code runs.txt} as proof it ran, names the assembly as
 * {@code SynthCommand} does when the goal asks, and exits with its first argument (0 if none).
 */
public final class FakeSynthApp {
  private FakeSynthApp() {}

  public static void main(String[] args) throws IOException {
    Path assembly = Path.of("cdk.out").toAbsolutePath();
    Files.createDirectories(assembly);
    try (var files = Files.list(assembly)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.writeString(assembly.resolve("manifest.json"), "{\"version\": \"48.0.0\"}\n");
    Files.writeString(assembly.resolve("orders-dev-data.template.json"),
        "{\"Resources\": {\"" + System.getProperty("fake.bucket", "Bucket") + "\": {\"Type\": \"AWS::S3::Bucket\"}}}\n");
    Files.writeString(Path.of("runs.txt"), "ran\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    int status = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    if (status == 0 && System.getenv(SynthEnvironment.PRINT_ASSEMBLY) != null) {
      System.err.println(SynthOutcome.ASSEMBLY_PREFIX + assembly);
    }
    System.exit(status);
  }
}

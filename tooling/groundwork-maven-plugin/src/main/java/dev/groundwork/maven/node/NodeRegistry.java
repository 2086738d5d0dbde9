package dev.groundwork.maven.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An npm registry (registry.npmjs.org, or a mirror or proxy of it) read over HTTPS: a package's
 * releases from its metadata document, and a release's tarball, checked against the registry's
 * SHA-512 hash while it downloads. Needs neither npm nor Node.js.
 */
public final class NodeRegistry {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration METADATA_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration TARBALL_TIMEOUT = Duration.ofMinutes(15);

  private final URI root;
  private final HttpClient client;
  private final Optional<String> authorization;

  /**
   * @param root the registry's address, e.g. {@code https://registry.npmjs.org}; a path (a mirror's
   *     {@code https://nexus.example.com/repository/npm/}) is kept
   * @param client the HTTP client (its proxy and redirect settings apply)
   * @param authorization an {@code Authorization} header value for the registry, if it needs one
   */
  public NodeRegistry(URI root, HttpClient client, Optional<String> authorization) {
    String text = root.toString();
    this.root = URI.create(text.endsWith("/") ? text : text + "/");
    this.client = client;
    this.authorization = authorization;
  }

  /** The registry's address, for messages. */
  public URI root() {
    return root;
  }

  /** Every release of {@code packageName} that has a tarball and a SHA-512 hash, in the registry's order. */
  public List<NodePackage> releases(String packageName, String defaultExecutable) throws NodeUnavailableException {
    URI uri = root.resolve(packageName);
    HttpResponse<InputStream> response = send(HttpRequest.newBuilder(uri).timeout(METADATA_TIMEOUT)
        .header("Accept", "application/json"), uri);
    JsonNode document;
    try (InputStream body = response.body()) {
      if (response.statusCode() == 404) {
        throw new NodeUnavailableException("the npm registry at " + root + " has no package " + packageName
            + " (HTTP 404 for " + uri + "); point groundwork.nodeRegistry at a registry that mirrors "
            + "registry.npmjs.org");
      }
      requireOk(response, uri);
      document = JSON.readTree(body);
    } catch (IOException e) {
      throw new NodeUnavailableException("cannot read " + uri + ": " + e.getMessage());
    }
    List<NodePackage> releases = new ArrayList<>();
    JsonNode versions = document.path("versions");
    for (Iterator<Map.Entry<String, JsonNode>> it = versions.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      release(packageName, entry.getKey(), entry.getValue(), defaultExecutable).ifPresent(releases::add);
    }
    return releases;
  }

  /**
   * Downloads {@code release}'s tarball to {@code target}, hashing it on the way.
   *
   * @throws NodeUnavailableException when the download fails or its SHA-512 hash is not the
   *     registry's; {@code target} is deleted then
   */
  public void download(NodePackage release, Path target) throws NodeUnavailableException {
    HttpResponse<InputStream> response = send(HttpRequest.newBuilder(release.tarball()).timeout(TARBALL_TIMEOUT),
        release.tarball());
    MessageDigest digest = Integrity.newDigest();
    try (InputStream body = response.body()) {
      requireOk(response, release.tarball());
      try (OutputStream out = Files.newOutputStream(target)) {
        byte[] buffer = new byte[1 << 16];
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
          digest.update(buffer, 0, n);
          out.write(buffer, 0, n);
        }
      }
    } catch (IOException e) {
      deleteQuietly(target);
      throw new NodeUnavailableException("cannot download " + release.tarball() + ": " + e.getMessage());
    } catch (NodeUnavailableException e) {
      deleteQuietly(target);
      throw e;
    }
    byte[] actual = digest.digest();
    if (!release.integrity().matches(actual)) {
      deleteQuietly(target);
      throw new NodeUnavailableException("the download of " + release.name() + "@" + release.version() + " from "
          + release.tarball() + " does not match the registry's integrity hash (expected " + release.integrity()
          + ", got " + Integrity.format(actual) + "); it was discarded. A proxy or mirror that alters files, "
          + "or a corrupted mirror, causes this: try again, or use another groundwork.nodeRegistry");
    }
  }

  private HttpResponse<InputStream> send(HttpRequest.Builder request, URI uri) throws NodeUnavailableException {
    request.header("User-Agent", "groundwork-maven-plugin");
    authorization.ifPresent(a -> request.header("Authorization", a));
    try {
      return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new NodeUnavailableException("cannot reach the npm registry at " + uri + " (" + describe(e) + "). "
          + "Check the network and Maven's proxy settings (settings.xml), or set groundwork.nodeRegistry to a "
          + "mirror you can reach");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NodeUnavailableException("interrupted while reading " + uri);
    }
  }

  private static void requireOk(HttpResponse<?> response, URI uri) throws NodeUnavailableException {
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      throw new NodeUnavailableException("the npm registry refused " + uri + " (HTTP " + status + "); if it needs "
          + "credentials, name a <server> of settings.xml with groundwork.nodeRegistryServerId");
    }
    if (status != 200) {
      throw new NodeUnavailableException("the npm registry answered HTTP " + status + " for " + uri);
    }
  }

  private static Optional<NodePackage> release(String name, String versionText, JsonNode manifest,
      String defaultExecutable) {
    Optional<NodeVersion> version = NodeVersion.parse(versionText).filter(v -> !versionText.startsWith("v"));
    JsonNode dist = manifest.path("dist");
    String tarball = dist.path("tarball").asText("");
    String integrity = dist.path("integrity").asText("");
    if (version.isEmpty() || tarball.isEmpty() || !integrity.contains("sha512-")) {
      return Optional.empty();
    }
    JsonNode bin = manifest.path("bin");
    String executable = bin.isTextual() ? bin.asText() : bin.path("node").asText(defaultExecutable);
    try {
      return Optional.of(new NodePackage(name, version.get(), URI.create(tarball), Integrity.parse(integrity),
          executable));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A partial download in a staging directory that is deleted as a whole anyway.
    }
  }
}

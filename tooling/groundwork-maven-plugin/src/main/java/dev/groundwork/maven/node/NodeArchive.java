package dev.groundwork.maven.node;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Unpacks what running Node.js needs from a platform package's tarball: the executable, and the
 * package's licence and {@code package.json} beside it. The C headers and man pages the package
 * also holds (a third of its size) are left out.
 *
 * <p>npm tarballs keep their files under {@code package/}; they are written without that prefix.
 */
final class NodeArchive {
  private static final String PREFIX = "package/";

  private NodeArchive() {}

  /**
   * Unpacks {@code tarball} into {@code directory} (which must exist) and returns the executable.
   *
   * @param executable the executable's path inside the package, e.g. {@code bin/node}
   * @throws NodeUnavailableException when the path is not a plain relative path, or the tarball
   *     does not hold it as a regular file
   */
  static Path unpack(Path tarball, String executable, Path directory) throws NodeUnavailableException, IOException {
    Path relative = Path.of(executable).normalize();
    if (relative.isAbsolute() || relative.startsWith("..") || relative.toString().isEmpty()) {
      throw new NodeUnavailableException("the package names its executable '" + executable
          + "', which is not a path inside the package");
    }
    String wanted = relative.toString().replace('\\', '/');
    Set<String> kept = new LinkedHashSet<>(Set.of(wanted, "LICENSE", "package.json"));
    Path binary = directory.resolve(relative);
    boolean found = false;
    try (InputStream file = Files.newInputStream(tarball);
        TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(new BufferedInputStream(file)))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        String name = entry.getName().startsWith(PREFIX) ? entry.getName().substring(PREFIX.length()) : "";
        if (!kept.contains(name)) {
          continue;
        }
        if (!entry.isFile() || entry.isSymbolicLink() || entry.isLink()) {
          throw new NodeUnavailableException("the package's " + entry.getName() + " is not a regular file");
        }
        Path target = directory.resolve(name);
        Files.createDirectories(target.getParent());
        Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
        found |= name.equals(wanted);
      }
    }
    if (!found) {
      throw new NodeUnavailableException("the package holds no " + PREFIX + wanted);
    }
    if (!binary.toFile().setExecutable(true, false)) {
      throw new IOException("cannot make " + binary + " executable");
    }
    return binary;
  }
}

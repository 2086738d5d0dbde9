package dev.groundwork.maven;

import java.util.Map;
import java.util.Optional;

/**
 * What the test JVMs of a Groundwork app need, the same as the synth JVM gets: the C1 flag, CDK's
 * validator off, jsii's banners silenced, and {@code JSII_NODE} the Node.js the {@code node} goal
 * provides. {@code groundwork-app-parent} writes it as surefire configuration; the plugin's
 * lifecycle participant adds it to surefire where the plugin is declared with extensions (a test
 * keeps the two equal).
 */
public final class TestConfiguration {
  /** surefire's {@code argLine}: C1 only, about a third less CPU for a JVM that lives seconds. */
  public static final String ARG_LINE = "-XX:TieredStopAtLevel=1";
  /** The expression surefire resolves, when tests start, to the {@code node} goal's binary. */
  public static final String NODE_EXPRESSION = "${" + NodeMojo.NODE_PROPERTY + "}";

  private TestConfiguration() {}

  /** The test JVMs' environment variables, in the synth JVM's order. */
  public static Map<String, String> environmentVariables(boolean cdkValidation) {
    return SynthEnvironment.of(Map.of(), cdkValidation, Optional.of(NODE_EXPRESSION));
  }
}

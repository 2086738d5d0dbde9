package dev.groundwork.maven.node;

import java.util.List;

/**
 * The Node.js the plugin hands on, with where it came from and why the machine's own was passed
 * over (for the log line).
 *
 * @param binary the executable and its version
 * @param source where it came from
 * @param passedOver why each candidate before it was not used, in the order they were tried
 */
public record ProvidedNode(NodeBinary binary, NodeSource source, List<String> passedOver) {

  /** {@code Node.js v24.21.0 for CDK: /usr/bin/node (on the PATH)}. */
  public String describe() {
    String why = passedOver.isEmpty() ? "" : "; " + String.join("; ", passedOver);
    return "Node.js " + binary.version().display() + " for CDK: " + binary.path() + " (" + source.description()
        + why + ")";
  }
}

package dev.groundwork.maven.node;

/**
 * No Node.js Groundwork can run CDK on could be found or installed; the message says why and what
 * to do. A problem of the machine or the configuration, so the goals report it without a trace.
 */
public final class NodeUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  public NodeUnavailableException(String message) {
    super(message);
  }
}

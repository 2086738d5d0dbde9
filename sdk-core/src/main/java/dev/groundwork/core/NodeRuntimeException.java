package dev.groundwork.core;

/**
 * The machine cannot run synthesis: Node.js is missing or too old for AWS CDK.
 *
 * <p>Raised before the first call into jsii, so the user reads what to install rather than a
 * stack trace from the jsii runtime.
 */
public final class NodeRuntimeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NodeRuntimeException(String message) {
    super(message);
  }
}

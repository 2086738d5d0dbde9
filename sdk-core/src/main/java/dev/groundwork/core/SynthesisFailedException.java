package dev.groundwork.core;

/**
 * Synthesis could not produce a cloud assembly: the output directory cannot be written or is
 * being written by another synthesis, or the Node.js process that jsii runs died or threw.
 *
 * <p>Whatever synthesis had written so far is removed, and the previous assembly in the output
 * directory stays as it was, so nothing half-written can be deployed.
 */
public final class SynthesisFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String summary;

  /**
   * @param message what failed, where, and what to do; its first line stands alone
   * @param summary a few words for the last line of a failed run, e.g. {@code output directory
   *     not writable}
   */
  public SynthesisFailedException(String message, String summary) {
    super(message);
    this.summary = summary;
  }

  /** The same, keeping the failure underneath for whoever debugs it. */
  public SynthesisFailedException(String message, String summary, Throwable cause) {
    super(message, cause);
    this.summary = summary;
  }

  /** What failed, in a few words. */
  public String summary() {
    return summary;
  }
}

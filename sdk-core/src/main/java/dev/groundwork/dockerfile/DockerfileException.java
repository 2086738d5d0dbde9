package dev.groundwork.dockerfile;

/**
 * A Dockerfile that cannot be read or does not parse; the message names the file, the line and
 * what is wrong, e.g. {@code images/api/Dockerfile line 3: unknown instruction 'FORM'}.
 */
public final class DockerfileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String reason;

  DockerfileException(String source, int line, String reason) {
    super(source + (line > 0 ? " line " + line : "") + ": " + reason);
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  /** The file (as the caller named it). */
  public String source() {
    return source;
  }

  /** The 1-based line of the problem, or 0 when it concerns the whole file. */
  public int line() {
    return line;
  }

  /** What is wrong, without the file and line. */
  public String reason() {
    return reason;
  }
}

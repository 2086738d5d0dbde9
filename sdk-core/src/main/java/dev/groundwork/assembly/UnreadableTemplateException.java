package dev.groundwork.assembly;

import java.util.Optional;

/**
 * A template file that is not a readable CloudFormation template: not valid JSON or YAML, an
 * unknown short-form tag, a duplicate key, or not a mapping at the top. Says where (file, line,
 * column, when the parser knows them) and why, so a report can point at the spot.
 */
public final class UnreadableTemplateException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String reason;

  /**
   * @param file the file as reports name it
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param reason what is wrong, e.g. {@code unknown tag !Reff}
   */
  public UnreadableTemplateException(String file, int line, int column, String reason, Throwable cause) {
    super(describe(file, line, column, reason), cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  private static String describe(String file, int line, int column, String reason) {
    return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + reason;
  }

  /** The file as reports name it. */
  public String file() {
    return file;
  }

  /** The 1-based line of the problem, when the parser knows it. */
  public Optional<Integer> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }

  /** The 1-based column of the problem, when the parser knows it. */
  public Optional<Integer> column() {
    return column > 0 ? Optional.of(column) : Optional.empty();
  }

  /** What is wrong, without the location. */
  public String reason() {
    return reason;
  }

  /** The same problem, for a file named {@code newName} in reports. */
  public UnreadableTemplateException in(String newName) {
    return new UnreadableTemplateException(newName, line, column, reason, getCause());
  }
}

package dev.groundwork.maven;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How a synth JVM ended: its exit status and the one-line result Groundwork's {@code
 * SynthCommand} prints last on standard error when it fails.
 *
 * @param status the JVM's exit status (0 synthesized, 1 policy errors, 2 invalid app, 3 Node.js)
 * @param resultLine that line without its prefix, e.g. {@code 2 policy errors}
 * @param assembly where a successful synthesis put the cloud assembly, as its last line said
 */
record SynthOutcome(int status, Optional<String> resultLine, Optional<Path> assembly) {
  /** The prefix of the result line; {@code SynthCommand.RESULT_PREFIX} in groundwork-core. */
  static final String RESULT_PREFIX = "[groundwork] failed: ";
  /** The prefix of the assembly line; {@code SynthCommand.ASSEMBLY_PREFIX} in groundwork-core. */
  static final String ASSEMBLY_PREFIX = "[groundwork] assembly: ";

  /**
   * The build failure message, empty when synthesis succeeded: Groundwork's result line, which
   * keeps the exit statuses apart by wording ({@code 2 policy errors}, {@code invalid app: 3
   * problems}, {@code Node.js missing or too old}) since Maven itself always exits with 1.
   */
  Optional<String> failure(String mainClass) {
    if (status == 0) {
      return Optional.empty();
    }
    return Optional.of(resultLine.orElse("synthesis failed: " + mainClass + " exited with status "
        + status + " (its output is above; a main that is not SynthCommand.run says no more)"));
  }
}

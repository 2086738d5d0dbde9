package dev.groundwork.app.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Says in one line which environment failed to synthesize and why, from what jsii reported.
 *
 * <p>jsii hands back the Node.js error with its JavaScript stack, or a broken pipe when the Node.js
 * process died; the user needs the environment, the cause and the state of the output directory,
 * then whatever detail lines the error had, not frames inside aws-cdk-lib.
 */
public final class SynthesisFailure {
  private static final int MAX_DETAIL_LINES = 20;
  /** jsii repeats the Node.js error's first line under this prefix. */
  private static final String JSII_REPEAT = "@jsii/kernel.";

  private SynthesisFailure() {}

  /**
   * A headline naming {@code where} (an environment), the cause and {@code outdir}, then the
   * cause's own detail lines without stack frames.
   */
  public static String describe(String where, Throwable failure, Path outdir) {
    List<String> lines = Arrays.stream(causeText(failure).split("\\R"))
        .filter(line -> !line.isBlank() && !line.stripLeading().startsWith("at ")
            && !line.startsWith(JSII_REPEAT))
        .toList();
    String headline = lines.isEmpty() ? failure.getClass().getSimpleName() : lines.get(0).strip();
    if (lostNode(failure)) {
      headline = "the Node.js process that jsii runs AWS CDK in ended unexpectedly (killed, or out of memory; "
          + "jsii reported '" + headline + "')";
    }
    String details = lines.stream().skip(1).limit(MAX_DETAIL_LINES)
        .map(line -> "\n  " + line.strip()).collect(Collectors.joining());
    return "synthesis of " + where + " failed: " + headline + " (" + outdir
        + " was not changed: it keeps the previous assembly, if there was one)" + details;
  }

  /** jsii reports a Node.js process that is gone as an I/O failure on its pipes. */
  private static boolean lostNode(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IOException || t instanceof UncheckedIOException) {
        return true;
      }
    }
    return false;
  }

  /** The innermost message: jsii may wrap the Node.js error or the broken pipe. */
  private static String causeText(Throwable failure) {
    Throwable current = failure;
    String text = failure.getMessage();
    while (current != null) {
      if (current.getMessage() != null && !current.getMessage().isBlank()) {
        text = current.getMessage();
      }
      current = current.getCause() == current ? null : current.getCause();
    }
    return text == null ? "" : text;
  }
}

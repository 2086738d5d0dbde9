package dev.groundwork.app.internal;

import dev.groundwork.core.SynthesisFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says in one line which environment failed to synthesize and why, from what jsii reported.
 *
 * <p>jsii hands back the Node.js error with its JavaScript stack, or a broken pipe when the Node.js
 * process died; the user needs the environment, the cause and the state of the output directory,
 * then whatever detail lines the error had, not frames inside aws-cdk-lib.
 *
 * <p>A dependency cycle between stacks (CDK's {@code DependencyCycle}) is told in its own words:
 * CDK says "adding this dependency (…) would create a cyclic reference", naming the reference it
 * met last as the culprit, which is usually the one in the expected direction (the services using
 * the database). The line names both stacks and every reference of the cycle instead, each as
 * "stack uses construct path.attribute", without taking sides.
 */
public final class SynthesisFailure {
  private static final int MAX_DETAIL_LINES = 20;
  /** jsii repeats the Node.js error's first line under this prefix. */
  private static final String JSII_REPEAT = "@jsii/kernel.";
  /** CDK's Stack.addDependency message (aws-cdk-lib 2.272, core/lib/stack.js). */
  private static final Pattern CYCLE = Pattern.compile(
      "'([^']+)' depends on '([^']+)' \\((.*)\\)\\. Adding this dependency \\((.*)\\) would create a cyclic reference\\.");
  /** One reason of a stack dependency: {@code <consumer stack path> -> <producer construct path>.<attribute>}. */
  private static final Pattern REASON = Pattern.compile("([^\\s,]+) -> ([^\\s,]+)");
  /**
   * Where Groundwork's documentation says what to do about a cycle: named by its section, since a
   * user's project has no copy of the docs to point a path into.
   */
  static final String CYCLE_DOCS = "Groundwork's getting-started guide, \"A dependency cycle between stacks\"";

  private SynthesisFailure() {}

  /**
   * The failure of one environment's synthesis: the message {@link #describe} writes (for a
   * dependency cycle, {@link #cycle}'s line), and a summary naming the environment, or the stacks
   * of a cycle.
   *
   * @param where the environment as the headline names it, e.g. {@code prod (2/2, PROD tier, …)}
   * @param environment the environment's name
   * @param stackNames the CloudFormation stack name of a stack's construct path
   */
  public static SynthesisFailedException environmentFailed(String where, String environment, RuntimeException failure,
      Path outdir, Function<String, String> stackNames) {
    Optional<Cycle> cycle = cycle(causeText(failure), stackNames);
    if (cycle.isPresent()) {
      return new SynthesisFailedException("synthesis of environment " + where + " failed: " + cycle.get().line()
          + " (" + outdir + " was not changed: it keeps the previous assembly, if there was one)",
          "dependency cycle between stacks " + listed(cycle.get().stacks()), failure);
    }
    return new SynthesisFailedException(describe("environment " + where, failure, outdir),
        "synthesis of environment '" + environment + "' failed", failure);
  }

  /**
   * A dependency cycle between stacks.
   *
   * @param stacks the stacks of the cycle, by CloudFormation name, in the order CDK met them
   * @param line what to say: the stacks, each reference of the cycle and where the fix is
   */
  record Cycle(List<String> stacks, String line) {}

  /** The cycle CDK reported in {@code text}, if it is one. */
  static Optional<Cycle> cycle(String text, Function<String, String> stackNames) {
    Matcher cycle = CYCLE.matcher(text);
    if (!cycle.find()) {
      return Optional.empty();
    }
    Set<String> stacks = new LinkedHashSet<>();
    stacks.add(stackNames.apply(cycle.group(1)));
    stacks.add(stackNames.apply(cycle.group(2)));
    List<String> uses = new ArrayList<>();
    Matcher reason = REASON.matcher(cycle.group(3) + ", " + cycle.group(4));
    while (reason.find()) {
      String consumer = stackNames.apply(reason.group(1));
      stacks.add(consumer);
      uses.add(consumer + " uses " + reason.group(2));
    }
    List<String> names = List.copyOf(stacks);
    return Optional.of(new Cycle(names, "stacks " + listed(names) + " depend on each other: "
        + String.join(", and ", uses) + ". A stack may use what the stacks it depends on define, not the "
        + "other way round: create the resource that writes into the other stack (a security-group rule, a "
        + "policy naming a role) in the stack that uses it (" + CYCLE_DOCS + ")"));
  }

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

  /** {@code a and b}, {@code a, b and c}. */
  private static String listed(List<String> names) {
    return names.size() < 2 ? String.join("", names)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
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

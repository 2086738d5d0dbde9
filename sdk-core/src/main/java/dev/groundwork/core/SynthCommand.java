package dev.groundwork.core;

import dev.groundwork.core.internal.NodeRuntime;
import dev.groundwork.policy.report.ConsoleReport;
import dev.groundwork.policy.report.PolicyReports;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The {@code main} of a Groundwork app: builds it, synthesizes it, prints a short summary, and
 * exits non-zero on failure.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *   SynthCommand.run(() -> ReferenceApp.create());
 * }
 * }</pre>
 *
 * <p>Exit status: {@value #OK} on success, {@value #POLICY_ERRORS} when any policy finding of
 * severity ERROR remains, {@value #INVALID_INPUT} when the app description is
 * invalid, {@value #ENVIRONMENT_UNUSABLE} when Node.js is missing or too old. Known failures
 * print their message without a stack trace; anything else is a bug and keeps its trace.
 */
public final class SynthCommand {
  public static final int OK = 0;
  public static final int POLICY_ERRORS = 1;
  public static final int INVALID_INPUT = 2;
  public static final int ENVIRONMENT_UNUSABLE = 3;

  private SynthCommand() {}

  /** Runs {@link #execute} on the standard streams and exits the JVM with its status. */
  public static void run(Supplier<PlatformApp> appFactory) {
    System.exit(execute(appFactory, System.out, System.err));
  }

  /** Builds and synthesizes the app, printing to {@code out} and {@code err}; returns the exit status. */
  public static int execute(Supplier<PlatformApp> appFactory, PrintStream out, PrintStream err) {
    try {
      NodeRuntime.requireSupported();
      PlatformApp app = appFactory.get();
      SynthResult result = app.synth(line -> out.println("[groundwork] " + line));
      printSummary(app, result, out);
      ConsoleReport.print(result.policy(), out);
      out.println("[groundwork] policy reports: " + relative(Path.of("").toAbsolutePath(),
          result.assemblyDirectory().resolve(PolicyReports.JSON_FILE)) + " (and .sarif, junit.xml)");
      return result.policy().hasErrors() ? POLICY_ERRORS : OK;
    } catch (GroundworkValidationException e) {
      err.println("[groundwork] the app description is invalid:");
      err.println(e.getMessage());
      return INVALID_INPUT;
    } catch (NodeRuntimeException e) {
      err.println("[groundwork] " + e.getMessage());
      return ENVIRONMENT_UNUSABLE;
    }
  }

  static void printSummary(PlatformApp app, SynthResult result, PrintStream out) {
    Path cwd = Path.of("").toAbsolutePath();
    out.printf("[groundwork] %s: %d stacks in %d environments%n", app.props().name(),
        result.stacks().size(), app.environments().size());
    for (SynthesizedStack stack : result.stacks()) {
      out.printf("  %-40s %s%n", stack.stackName(), relative(cwd, stack.templatePath()));
    }
    out.println("[groundwork] phases: " + phases(result.phaseTimings())
        + " | total " + seconds(result.totalTime()));
    out.println("[groundwork] CDK built-in validator: " + cdkValidatorStatus(System.getenv("CDK_VALIDATION")));
    out.println("[groundwork] cloud assembly: " + relative(cwd, result.assemblyDirectory()));
  }

  /** Whether aws-cdk-lib's own CloudFormation validator runs, as jsii's Node process sees it. */
  static String cdkValidatorStatus(String cdkValidation) {
    return "false".equals(cdkValidation)
        ? "off (CDK_VALIDATION=false; Groundwork's policy engine checks the templates)"
        : "on (it roughly doubles synth time; set CDK_VALIDATION=false where the JVM is launched)";
  }

  private static String phases(Map<String, Duration> timings) {
    return timings.entrySet().stream()
        .map(e -> e.getKey() + " " + seconds(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
  }

  private static String relative(Path base, Path path) {
    return path.startsWith(base) ? base.relativize(path).toString() : path.toString();
  }
}

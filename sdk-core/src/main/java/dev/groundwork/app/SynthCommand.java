package dev.groundwork.app;

import dev.groundwork.app.internal.NodeRuntime;
import dev.groundwork.assembly.SynthesizedStack;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.NodeRuntimeException;
import dev.groundwork.core.SynthesisFailedException;
import dev.groundwork.core.Tier;
import dev.groundwork.bootstrap.ExecutionPolicy;
import dev.groundwork.cost.CostJson;
import dev.groundwork.cost.CostTable;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.formats.ConsoleReport;
import dev.groundwork.policy.formats.PolicyReports;
import dev.groundwork.replacement.AssemblyDiff;
import dev.groundwork.replacement.ChangeJson;
import dev.groundwork.replacement.ChangeSummary;
import dev.groundwork.replacement.RefactorMappings;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The {@code main} of a Groundwork app: builds it, synthesizes it, prints a short summary, and
 * exits non-zero on failure.
 *
 * <p>Given a previous assembly, the summary is followed by the change set per stack (added,
 * modified in place, replaced, moved, removed), before the policy findings.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *   SynthCommand.run(() -> new PlatformApp(PlatformAppProps.builder()
 *       .name("orders").team("payments").costCenter("cc-1234")
 *       .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
 *       .build()));
 * }
 * }</pre>
 *
 * <p>Exit status: {@value #OK} on success, {@value #POLICY_ERRORS} when any policy finding of
 * severity ERROR remains (the assembly is then rejected: it and its reports are written to {@code
 * <outdir>.rejected}, which the output says, and the output directory keeps the last assembly that
 * passed), {@value #INVALID_INPUT} when the app description is
 * invalid, {@value #ENVIRONMENT_UNUSABLE} when Node.js is missing or too old,
 * {@value #SYNTHESIS_FAILED} when no assembly could be written (the output directory cannot be
 * written or another synthesis holds it, or the Node.js process jsii runs died or threw; the
 * output directory keeps its previous assembly). Known failures
 * print their message without a stack trace, then one last line on standard error starting with
 * {@value #RESULT_PREFIX} that says what failed in a few words ({@code 2 policy errors},
 * {@code invalid app: 3 problems}, {@code Node.js missing or too old},
 * {@code synthesis of environment 'prod' failed}); the Maven plugin's
 * {@code synth} goal fails the build with that line, since Maven's own exit status is always 1.
 * Anything else is a bug and keeps its trace.
 *
 * <p>Under the CDK CLI ({@code CDK_OUTDIR} set) everything is printed on standard error: the CLI
 * passes the app's standard output on to its own, where {@code cdk ls} lists the stacks and
 * {@code cdk synth} prints a template, so the app keeps it clean.
 */
public final class SynthCommand {
  public static final int OK = 0;
  public static final int POLICY_ERRORS = 1;
  public static final int INVALID_INPUT = 2;
  public static final int ENVIRONMENT_UNUSABLE = 3;
  public static final int SYNTHESIS_FAILED = 4;
  /** Starts the last line on standard error of a failed run. */
  public static final String RESULT_PREFIX = "[groundwork] failed: ";
  /**
   * Set (to any value) by the Maven plugin's {@code synth} goal: a successful run then ends with
   * one line on standard error, {@value #ASSEMBLY_PREFIX} and the assembly's absolute path, so the
   * goal knows where to record what the synthesis depended on.
   */
  public static final String PRINT_ASSEMBLY_VARIABLE = "GROUNDWORK_PRINT_ASSEMBLY";
  /** Starts the line naming the assembly of a successful run, when {@value #PRINT_ASSEMBLY_VARIABLE} is set. */
  public static final String ASSEMBLY_PREFIX = "[groundwork] assembly: ";

  /** Set while {@link #appOf} runs a main: {@link #run} hands its factory over instead of synthesizing. */
  private static final ThreadLocal<Consumer<Supplier<PlatformApp>>> CAPTURE = new ThreadLocal<>();

  private SynthCommand() {}

  /**
   * Runs {@link #execute} on the standard streams (only standard error under the CDK CLI) and
   * exits the JVM with its status. Inside {@link #appOf} it only hands {@code appFactory} over and
   * returns, so a main ends with this call.
   */
  public static void run(Supplier<PlatformApp> appFactory) {
    Consumer<Supplier<PlatformApp>> capture = CAPTURE.get();
    if (capture != null) {
      capture.accept(appFactory);
      return;
    }
    System.exit(execute(appFactory, reportStream(System.getenv(), System.out, System.err), System.err));
  }

  /**
   * The app factory that {@code mainClass}'s {@code main(args)} passes to {@link #run}: the main
   * runs on this thread, but {@code run} returns the factory to this method instead of
   * synthesizing and exiting. For tests that synthesize exactly what the app's main does (the
   * synth goal runs that main), such as {@code SynthesisExtension.ofMain}.
   *
   * @throws IllegalArgumentException when {@code mainClass} has no {@code public static void
   *     main(String[])}, or its main returns without calling {@code SynthCommand.run}
   */
  public static Supplier<PlatformApp> appOf(Class<?> mainClass, String... args) {
    Method main;
    try {
      main = mainClass.getMethod("main", String[].class);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(mainClass.getName() + " has no public static void main(String[] args); give "
          + "the class whose main calls SynthCommand.run");
    }
    if (!Modifier.isStatic(main.getModifiers())) {
      throw new IllegalArgumentException(mainClass.getName() + ".main(String[]) is not static; give the class whose "
          + "static main calls SynthCommand.run");
    }
    List<Supplier<PlatformApp>> captured = new ArrayList<>(1);
    Consumer<Supplier<PlatformApp>> outer = CAPTURE.get();
    CAPTURE.set(captured::add);
    try {
      main.invoke(null, (Object) args.clone());
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException(mainClass.getName() + ".main(String[]) cannot be called from here: " + e.getMessage());
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(mainClass.getName() + ".main failed: " + cause, cause);
    } finally {
      if (outer == null) {
        CAPTURE.remove();
      } else {
        CAPTURE.set(outer);
      }
    }
    if (captured.size() != 1) {
      throw new IllegalArgumentException(mainClass.getName() + ".main(" + String.join(" ", args) + ") called "
          + "SynthCommand.run " + captured.size() + " times; it must call it exactly once, as its last statement");
    }
    return captured.get(0);
  }

  /**
   * Where the report goes: {@code err} when the CDK CLI runs the app ({@code CDK_OUTDIR} set),
   * since the CLI passes the app's standard output into its own; otherwise {@code out}.
   */
  static PrintStream reportStream(Map<String, String> environment, PrintStream out, PrintStream err) {
    return environment.containsKey("CDK_OUTDIR") ? err : out;
  }

  /** Builds and synthesizes the app, printing to {@code out} and {@code err}; returns the exit status. */
  public static int execute(Supplier<PlatformApp> appFactory, PrintStream out, PrintStream err) {
    try {
      NodeRuntime.requireSupported();
      PlatformApp app = appFactory.get();
      SynthResult result = app.synth(line -> out.println("[groundwork] " + line));
      printSummary(app, result, out);
      result.changes().ifPresent(changes -> printChanges(changes, result.assemblyDirectory(), out));
      ConsoleReport.print(result.policy(), out);
      out.println("[groundwork] policy reports: " + relative(Path.of("").toAbsolutePath(),
          result.assemblyDirectory().resolve(PolicyReports.JSON_FILE))
          + " (and .sarif, junit.xml; the fix links point into " + RuleInfo.DOCS_PAGE + " beside them)");
      out.print(CostTable.render(result.cost()));
      out.println("[groundwork] cost estimate: " + relative(Path.of("").toAbsolutePath(),
          result.assemblyDirectory().resolve(CostJson.FILE)));
      out.println("[groundwork] CDK bootstrap without AdministratorAccess: " + relative(Path.of("").toAbsolutePath(),
          result.assemblyDirectory().resolve(ExecutionPolicy.COMMANDS_FILE)));
      if (!result.accepted()) {
        long errors = result.policy().count(Severity.ERROR);
        err.println("[groundwork] rejected: the assembly and its reports are in "
            + relative(Path.of("").toAbsolutePath(), result.assemblyDirectory()) + "; "
            + relative(Path.of("").toAbsolutePath(), app.outdir()) + " keeps the last assembly that passed");
        err.println(RESULT_PREFIX + errors + (errors == 1 ? " policy error" : " policy errors"));
        return POLICY_ERRORS;
      }
      if (System.getenv(PRINT_ASSEMBLY_VARIABLE) != null) {
        err.println(ASSEMBLY_PREFIX + result.assemblyDirectory().toAbsolutePath().normalize());
      }
      return OK;
    } catch (GroundworkValidationException e) {
      err.println("[groundwork] the app description is invalid:");
      err.println(e.getMessage());
      int problems = e.problems().size();
      err.println(RESULT_PREFIX + "invalid app: " + problems + (problems == 1 ? " problem" : " problems"));
      return INVALID_INPUT;
    } catch (NodeRuntimeException e) {
      err.println("[groundwork] " + e.getMessage());
      err.println(RESULT_PREFIX + "Node.js missing or too old");
      return ENVIRONMENT_UNUSABLE;
    } catch (SynthesisFailedException e) {
      err.println("[groundwork] " + e.getMessage());
      err.println(RESULT_PREFIX + e.summary());
      return SYNTHESIS_FAILED;
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

  /**
   * The change set against the previous assembly, per stack, before the findings that say which
   * changes lose data; then where its JSON is and, for resources moved to another stack, the
   * stack-refactor mappings.
   */
  static void printChanges(AssemblyDiff changes, Path assemblyDirectory, PrintStream out) {
    Path cwd = Path.of("").toAbsolutePath();
    out.print(ChangeSummary.render(changes));
    out.println("[groundwork] change set: " + relative(cwd, assemblyDirectory.resolve(ChangeJson.FILE)));
    RefactorMappings refactor = RefactorMappings.of(changes);
    if (!refactor.isEmpty()) {
      out.println("[groundwork] stack refactoring needed before deploying (" + refactor.moves().size()
          + (refactor.moves().size() == 1 ? " resource" : " resources") + " moved to another stack): "
          + relative(cwd, assemblyDirectory.resolve(RefactorMappings.FILE)) + " for cdk refactor --override-file; "
          + refactor.environments().stream()
              .map(e -> relative(cwd, assemblyDirectory.resolve(RefactorMappings.fileFor(e))))
              .collect(Collectors.joining(", "))
          + " for CloudFormation's CreateStackRefactor (--resource-mappings)");
    }
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

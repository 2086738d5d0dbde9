package dev.groundwork.check;

import dev.groundwork.app.SynthCommand;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.check.UnreadableTemplates.Unreadable;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Problem;
import dev.groundwork.policy.PolicyEngine;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.formats.ConsoleReport;
import dev.groundwork.policy.formats.PolicyReports;
import dev.groundwork.report.HtmlReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code groundwork check}: reads the templates a {@link CheckRequest} names, evaluates them with
 * the baseline pack and any {@link RuleLibraryProvider}'s rules, prints the console report and
 * writes the JSON, SARIF, JUnit XML and HTML reports (and the catalog of the rules that ran).
 * The command-line jar and the Maven goal both call it.
 *
 * <p>Exit status, as a synthesis's ({@link SynthCommand}): {@value SynthCommand#OK} when no
 * finding of severity ERROR remains, {@value SynthCommand#POLICY_ERRORS} when one does (a template
 * that cannot be read is one: {@code GW_TEMPLATE_READABLE}), {@value SynthCommand#INVALID_INPUT}
 * when the command line, a path it names, a rules class or the suppression file is wrong. A
 * failed run ends with one line on standard error starting with {@value SynthCommand#RESULT_PREFIX}.
 */
public final class CheckCommand {

  private CheckCommand() {}

  /**
   * How a check ended.
   *
   * @param status the exit status
   * @param failure the result line without its prefix when the check failed, e.g. {@code 3 policy errors}
   * @param report the policy report, when the templates were evaluated
   */
  public record Outcome(int status, Optional<String> failure, Optional<PolicyReport> report) {}

  /**
   * Runs the command line {@code args} (after the word {@code check}) relative to {@code base},
   * loading rules classes with {@code rules}; returns the exit status.
   */
  public static int execute(List<String> args, Path base, PrintStream out, PrintStream err, ClassLoader rules) {
    if (CheckArguments.wantsHelp(args)) {
      out.print(CheckArguments.USAGE);
      return SynthCommand.OK;
    }
    CheckRequest request;
    try {
      request = CheckArguments.parse(args, base);
    } catch (GroundworkValidationException e) {
      return invalid(e, err, "the command line is wrong (see --help)").status();
    }
    return execute(request, out, err, rules).status();
  }

  /** Runs {@code request}, loading rules classes with {@code rules}. */
  public static Outcome execute(CheckRequest request, PrintStream out, PrintStream err, ClassLoader rules) {
    try {
      CheckPolicy policy = CheckPolicy.of(request, rules);
      TemplateDiscovery.Found found = TemplateDiscovery.find(request);
      PolicyReport report = PolicyEngine.create(policy.library(), policy.options())
          .evaluate(found.stacks(), List.of(new UnreadableTemplates(found.unreadable())));
      printSummary(request, found, out);
      ConsoleReport.print(report, out);
      writeReports(report, request.output());
      out.println("[groundwork] reports: " + shown(request, request.output().resolve(PolicyReports.SARIF_FILE))
          + " (and " + PolicyReports.JSON_FILE + ", " + PolicyReports.JUNIT_FILE + ", " + HtmlReport.FILE
          + " beside it)");
      if (report.hasErrors()) {
        long errors = report.count(Severity.ERROR);
        String line = errors + (errors == 1 ? " policy error" : " policy errors");
        err.println(SynthCommand.RESULT_PREFIX + line);
        return new Outcome(SynthCommand.POLICY_ERRORS, Optional.of(line), Optional.of(report));
      }
      return new Outcome(SynthCommand.OK, Optional.empty(), Optional.of(report));
    } catch (GroundworkValidationException e) {
      return invalid(e, err, "the check's input is invalid");
    }
  }

  private static Outcome invalid(GroundworkValidationException e, PrintStream err, String what) {
    err.println("[groundwork] " + what + ":");
    err.println(e.getMessage());
    int problems = e.problems().size();
    String line = "invalid input: " + problems + (problems == 1 ? " problem" : " problems");
    err.println(SynthCommand.RESULT_PREFIX + line);
    return new Outcome(SynthCommand.INVALID_INPUT, Optional.of(line), Optional.empty());
  }

  private static void printSummary(CheckRequest request, TemplateDiscovery.Found found, PrintStream out) {
    int total = found.stacks().size() + found.unreadable().size();
    out.printf("[groundwork] check: %d template%s%s%n", total, total == 1 ? "" : "s",
        found.skippedFiles() == 0 ? "" : " (" + found.skippedFiles() + " other JSON/YAML files skipped: not templates)");
    for (StackTemplate stack : found.stacks()) {
      out.printf("  %-40s %s (%s)%n", stack.stackName(), stack.templateFile(),
          stack.tier().map(Enum::name).orElse("?"));
    }
    for (Unreadable u : found.unreadable()) {
      out.printf("  %-40s %s (unreadable)%n", u.stack(), u.problem().file());
    }
  }

  private static void writeReports(PolicyReport report, Path output) {
    try {
      PolicyReports.write(report, output);
      Files.writeString(output.resolve(HtmlReport.FILE), HtmlReport.render(report), StandardCharsets.UTF_8);
    } catch (UncheckedIOException | IOException e) {
      throw new GroundworkValidationException(List.of(new Problem("CHECK_OUTPUT",
          "groundwork check", "--output", output.toString(), "a directory the check can create and write",
          "Choose another directory with --output, or fix its permissions (" + e.getMessage() + ").")));
    }
  }

  private static String shown(CheckRequest request, Path path) {
    return path.startsWith(request.base()) ? request.base().relativize(path).toString() : path.toString();
  }
}

package dev.groundwork.policy.formats;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.SuppressedFinding;
import dev.groundwork.policy.UnknownResult;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The readable report: findings grouped by environment, stack and severity, each with rule id,
 * construct path, message and fix; the suppressed findings with their reasons; the checks that
 * could not decide, each with its rule, resource and the value that was not known; then a
 * one-line total. ANSI colour only on a terminal.
 */
public final class ConsoleReport {

  private static final String RESET = "\u001b[0m";
  private static final Map<Severity, String> COLOURS =
      ImmutableMap.of(Severity.ERROR, "\u001b[31m", Severity.WARNING, "\u001b[33m", Severity.INFO, "\u001b[36m");

  private ConsoleReport() {}

  /** Prints the report, coloured only when {@code System.console() != null}. */
  public static void print(PolicyReport report, PrintStream out) {
    out.print(render(report, System.console() != null));
    out.flush();
  }

  /** The report text; {@code colour} adds ANSI escapes. */
  public static String render(PolicyReport report, boolean colour) {
    StringBuilder out = new StringBuilder();
    Map<String, List<Finding>> byStack = report.findings().stream().collect(Collectors.groupingBy(
        f -> f.environment() + " / " + f.stack(), TreeMap::new, Collectors.toList()));
    byStack.forEach((stack, findings) -> {
      out.append(stack).append('\n');
      for (Severity severity : Severity.values()) {
        List<Finding> group = findings.stream().filter(f -> f.severity() == severity).toList();
        if (group.isEmpty()) {
          continue;
        }
        out.append("  ").append(paint(severity.name(), severity, colour))
            .append(" (").append(group.size()).append(")\n");
        for (Finding f : group) {
          out.append("    ").append(f.ruleId()).append("  ").append(f.constructPath())
              .append("  [").append(f.propertyPath()).append("]\n")
              .append("      ").append(f.message()).append('\n')
              .append("      fix: ").append(f.rule().remediation())
              .append(" (").append(f.rule().documentation()).append(")\n");
        }
      }
    });
    if (!report.suppressed().isEmpty()) {
      out.append("suppressed (").append(report.suppressed().size()).append(")\n");
      for (SuppressedFinding s : report.suppressed()) {
        out.append("    ").append(s.finding().ruleId()).append("  ").append(s.finding().constructPath())
            .append("  because: ").append(s.suppression().reason())
            .append(s.suppression().until().map(d -> " (until " + d + ")").orElse("")).append('\n');
      }
    }
    if (!report.unknowns().isEmpty()) {
      out.append("unknown (").append(report.unknowns().size())
          .append("): not checked, a value the rule reads is not known at synthesis\n");
      for (UnknownResult u : report.unknowns()) {
        out.append("    ").append(u.rule()).append("  ").append(u.constructPath())
            .append("  (").append(u.environment()).append(" / ").append(u.stack()).append(")  because: ")
            .append(u.reason()).append('\n');
      }
    }
    Severity worst = report.hasErrors() ? Severity.ERROR
        : report.count(Severity.WARNING) > 0 ? Severity.WARNING : Severity.INFO;
    out.append(paint(report.summaryLine(), worst, colour)).append('\n');
    return out.toString();
  }

  private static String paint(String text, Severity severity, boolean colour) {
    return colour ? COLOURS.get(severity) + text + RESET : text;
  }
}

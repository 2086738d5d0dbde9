package dev.groundwork.policy.formats;

import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.StackSummary;
import java.util.List;

/**
 * {@code groundwork-junit.xml}: one test case per rule and stack. ERROR findings fail the case;
 * WARNING and INFO findings pass it with the findings in system-out; a rule that applied to
 * nothing in the stack is skipped.
 */
public final class JunitReport {

  private static final int REPLACEMENT = 0xFFFD;

  private JunitReport() {}

  public static String render(PolicyReport report) {
    StringBuilder suites = new StringBuilder();
    int tests = 0;
    int failures = 0;
    int skipped = 0;
    for (StackSummary stack : report.stacks()) {
      StringBuilder cases = new StringBuilder();
      int stackFailures = 0;
      int stackSkipped = 0;
      String classname = stack.environment() + "." + stack.stack();
      for (RuleInfo rule : report.rules()) {
        List<Finding> findings = report.findings().stream()
            .filter(f -> f.environment().equals(stack.environment())
                && f.stack().equals(stack.stack()) && f.ruleId().equals(rule.id()))
            .toList();
        cases.append("    <testcase classname=\"").append(xml(classname)).append("\" name=\"")
            .append(rule.id()).append("\">\n");
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
          stackFailures++;
          cases.append("      <failure type=\"ERROR\" message=\"").append(errors.size())
              .append(" finding(s): ").append(xml(rule.title())).append("\">")
              .append(xml(lines(errors))).append("</failure>\n");
        } else if (findings.isEmpty() && stack.applicable().getOrDefault(rule.id(), 0) == 0) {
          stackSkipped++;
          cases.append("      <skipped message=\"not applicable to any resource\"/>\n");
        }
        if (!findings.isEmpty() && errors.size() < findings.size()) {
          cases.append("      <system-out>").append(xml(lines(findings.stream()
              .filter(f -> f.severity() != Severity.ERROR).toList()))).append("</system-out>\n");
        }
        cases.append("    </testcase>\n");
      }
      int stackTests = report.rules().size();
      tests += stackTests;
      failures += stackFailures;
      skipped += stackSkipped;
      suites.append("  <testsuite name=\"").append(xml(classname)).append("\" tests=\"")
          .append(stackTests).append("\" failures=\"").append(stackFailures)
          .append("\" errors=\"0\" skipped=\"").append(stackSkipped).append("\">\n")
          .append(cases).append("  </testsuite>\n");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"groundwork-policy\" tests=\""
        + tests + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + skipped + "\">\n"
        + suites + "</testsuites>\n";
  }

  private static String lines(List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    for (Finding f : findings) {
      out.append(f.severity()).append(' ').append(f.constructPath()).append(" [")
          .append(f.propertyPath()).append("]: ").append(f.message()).append('\n');
    }
    return out.toString();
  }

  /**
   * Escapes markup and replaces what XML 1.0 cannot hold at all (control characters, lone
   * surrogates, U+FFFE and U+FFFF, which templates may quote) with U+FFFD.
   */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.appendCodePoint(allowedInXml(c) ? c : REPLACEMENT);
      }
    });
    return out.toString();
  }

  private static boolean allowedInXml(int c) {
    return c == '\n' || c == '\t' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  }
}

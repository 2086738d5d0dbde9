package dev.groundwork.policy;

import java.util.Comparator;

/**
 * One violation of one rule by one resource, with everything needed to find and fix it.
 *
 * @param rule the rule's metadata (title, remediation, documentation link)
 * @param severity the effective severity, after packs, re-grading and tier escalation
 * @param environment the environment (stage) name
 * @param stack the stack name
 * @param templateFile the template, relative to the assembly directory
 * @param logicalId the resource's logical id (the parameter name for parameter rules, the
 *     metadata key for a finding on the template's own metadata)
 * @param constructPath the construct path from {@code aws:cdk:path}, or {@code <stack>/<logicalId>}
 * @param propertyPath where in the resource, e.g. {@code Properties.BucketEncryption}
 * @param message what is wrong, quoting the offending value
 */
public record Finding(
    RuleInfo rule,
    Severity severity,
    String environment,
    String stack,
    String templateFile,
    String logicalId,
    String constructPath,
    String propertyPath,
    String message) {

  /** Report order: environment, stack, severity, rule, construct path, property path. */
  public static final Comparator<Finding> ORDER = Finding::compareForReport;

  // Written out rather than chained Comparator.comparing: reports sort every finding, and the
  // chained form costs a lambda call and a boxed key per field per comparison.
  private static int compareForReport(Finding a, Finding b) {
    int c = a.environment.compareTo(b.environment);
    if (c == 0) {
      c = a.stack.compareTo(b.stack);
    }
    if (c == 0) {
      c = a.severity.compareTo(b.severity);
    }
    if (c == 0) {
      c = a.rule.id().value().compareTo(b.rule.id().value());
    }
    if (c == 0) {
      c = a.constructPath.compareTo(b.constructPath);
    }
    if (c == 0) {
      c = a.logicalId.compareTo(b.logicalId);
    }
    if (c == 0) {
      c = a.propertyPath.compareTo(b.propertyPath);
    }
    return c != 0 ? c : a.message.compareTo(b.message);
  }

  public RuleId ruleId() {
    return rule.id();
  }
}

package dev.groundwork.testing;

import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.SuppressedFinding;
import dev.groundwork.testing.internal.Messages;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link PolicyReport} (the engine's own report object, as synthesis returned
 * it or as read back from {@code groundwork-report.json}): errors, findings of a rule on a
 * construct, suppressions used.
 */
public final class PolicyReportAssert extends AbstractAssert<PolicyReportAssert, PolicyReport> {

  PolicyReportAssert(PolicyReport actual) {
    super(actual, PolicyReportAssert.class);
  }

  /** No unsuppressed finding of severity ERROR. */
  public PolicyReportAssert hasNoErrors() {
    isNotNull();
    List<Finding> errors = actual.errors();
    if (!errors.isEmpty()) {
      fail("Expected no policy errors but the report has " + errors.size() + ":" + list(errors));
    }
    return this;
  }

  /** No unsuppressed finding at all. */
  public PolicyReportAssert hasNoFindings() {
    isNotNull();
    if (!actual.findings().isEmpty()) {
      fail("Expected no policy findings but the report has " + actual.findings().size() + ":"
          + list(actual.findings()));
    }
    return this;
  }

  /** An unsuppressed finding of {@code ruleId} on {@code constructPath} or a resource below it. */
  public PolicyReportAssert hasFinding(String ruleId, String constructPath) {
    isNotNull();
    if (matching(actual.findings(), ruleId, constructPath).isEmpty()) {
      fail("Expected a finding " + ruleId + " at '" + constructPath + "' but the report has none there; its findings are:"
          + list(actual.findings()));
    }
    return this;
  }

  /**
   * An unsuppressed finding of {@code ruleId} with {@code severity} ({@code ERROR}, {@code
   * WARNING} or {@code INFO}) on or below {@code constructPath}.
   */
  public PolicyReportAssert hasFinding(String ruleId, String constructPath, String severity) {
    hasFinding(ruleId, constructPath);
    if (matching(actual.findings(), ruleId, constructPath).stream().noneMatch(f -> f.severity().name().equals(severity))) {
      fail("Expected finding " + ruleId + " at '" + constructPath + "' to be " + severity + " but found:"
          + list(matching(actual.findings(), ruleId, constructPath)));
    }
    return this;
  }

  /** No unsuppressed finding of {@code ruleId} anywhere. */
  public PolicyReportAssert doesNotHaveFinding(String ruleId) {
    isNotNull();
    List<Finding> found = actual.findings().stream().filter(f -> f.ruleId().value().equals(ruleId)).toList();
    if (!found.isEmpty()) {
      fail("Expected no finding " + ruleId + " but found " + found.size() + ":" + list(found));
    }
    return this;
  }

  /** No unsuppressed finding of {@code ruleId} on or below {@code constructPath}. */
  public PolicyReportAssert doesNotHaveFinding(String ruleId, String constructPath) {
    isNotNull();
    List<Finding> found = matching(actual.findings(), ruleId, constructPath);
    if (!found.isEmpty()) {
      fail("Expected no finding " + ruleId + " at '" + constructPath + "' but found:" + list(found));
    }
    return this;
  }

  /** A suppression silenced {@code ruleId} on or below {@code constructPath}. */
  public PolicyReportAssert hasSuppressed(String ruleId, String constructPath) {
    isNotNull();
    boolean used = actual.suppressed().stream().anyMatch(s -> s.finding().ruleId().value().equals(ruleId)
        && isAtOrBelow(s.finding(), constructPath));
    if (!used) {
      fail("Expected a suppression of " + ruleId + " at '" + constructPath + "' to have been used, but the suppressed findings are:"
          + Messages.list(actual.suppressed().stream().map(PolicyReportAssert::describe).toList()));
    }
    return this;
  }

  /** No finding was suppressed. */
  public PolicyReportAssert hasNoSuppressions() {
    isNotNull();
    if (!actual.suppressed().isEmpty()) {
      fail("Expected no suppressed findings but found " + actual.suppressed().size() + ":"
          + Messages.list(actual.suppressed().stream().map(PolicyReportAssert::describe).toList()));
    }
    return this;
  }

  /** Every rule could decide: no result was unknown because of an unresolved value. */
  public PolicyReportAssert hasNoUnknownResults() {
    isNotNull();
    if (!actual.unknowns().isEmpty()) {
      fail("Expected every rule to decide, but " + actual.unknowns().size() + " results are unknown:"
          + Messages.list(actual.unknowns().stream()
              .map(u -> u.rule() + " at '" + u.constructPath() + "': " + u.reason()).toList()));
    }
    return this;
  }

  private static List<Finding> matching(List<Finding> findings, String ruleId, String path) {
    return findings.stream().filter(f -> f.ruleId().value().equals(ruleId) && isAtOrBelow(f, path)).toList();
  }

  /** Whether the finding is on {@code path} or on a resource below it. */
  private static boolean isAtOrBelow(Finding finding, String path) {
    String p = stripSlash(path);
    String mine = stripSlash(finding.constructPath());
    return mine.equals(p) || mine.startsWith(p + "/");
  }

  private static String stripSlash(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }

  private static String list(List<Finding> findings) {
    return Messages.list(findings.stream().map(PolicyReportAssert::describe).toList());
  }

  private static String describe(Finding f) {
    return f.severity() + " " + f.ruleId() + " at '" + f.constructPath() + "' (" + f.stack() + " " + f.logicalId()
        + (f.propertyPath().isEmpty() ? "" : " " + f.propertyPath()) + "): " + f.message();
  }

  private static String describe(SuppressedFinding s) {
    return s.finding().ruleId() + " at '" + s.finding().constructPath() + "' suppressed: \""
        + s.suppression().reason() + "\"" + s.suppression().until().map(e -> " until " + e).orElse("");
  }

  private void fail(String message) {
    failWithMessage("%s", message);
  }
}

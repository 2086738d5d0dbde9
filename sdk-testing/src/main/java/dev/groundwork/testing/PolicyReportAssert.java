package dev.groundwork.testing;

import dev.groundwork.testing.internal.Messages;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link PolicyReport}: errors, findings of a rule on a construct, suppressions used. */
public final class PolicyReportAssert extends AbstractAssert<PolicyReportAssert, PolicyReport> {

  PolicyReportAssert(PolicyReport actual) {
    super(actual, PolicyReportAssert.class);
  }

  /** No unsuppressed finding of severity ERROR. */
  public PolicyReportAssert hasNoErrors() {
    isNotNull();
    if (!actual.errors().isEmpty()) {
      fail("Expected no policy errors but the report (" + actual.file() + ") has " + actual.errors().size() + ":"
          + Messages.list(actual.errors()));
    }
    return this;
  }

  /** No unsuppressed finding at all. */
  public PolicyReportAssert hasNoFindings() {
    isNotNull();
    if (!actual.findings().isEmpty()) {
      fail("Expected no policy findings but the report has " + actual.findings().size() + ":"
          + Messages.list(actual.findings()));
    }
    return this;
  }

  /** An unsuppressed finding of {@code ruleId} on {@code constructPath} or a resource below it. */
  public PolicyReportAssert hasFinding(String ruleId, String constructPath) {
    isNotNull();
    if (matching(actual.findings(), ruleId, constructPath).isEmpty()) {
      fail("Expected a finding " + ruleId + " at '" + constructPath + "' but the report has none there; its findings are:"
          + Messages.list(actual.findings()));
    }
    return this;
  }

  /** An unsuppressed finding of {@code ruleId} with {@code severity} on or below {@code constructPath}. */
  public PolicyReportAssert hasFinding(String ruleId, String constructPath, String severity) {
    hasFinding(ruleId, constructPath);
    if (matching(actual.findings(), ruleId, constructPath).stream().noneMatch(f -> f.severity().equals(severity))) {
      fail("Expected finding " + ruleId + " at '" + constructPath + "' to be " + severity + " but found:"
          + Messages.list(matching(actual.findings(), ruleId, constructPath)));
    }
    return this;
  }

  /** No unsuppressed finding of {@code ruleId} anywhere. */
  public PolicyReportAssert doesNotHaveFinding(String ruleId) {
    isNotNull();
    List<ReportFinding> found = actual.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    if (!found.isEmpty()) {
      fail("Expected no finding " + ruleId + " but found " + found.size() + ":" + Messages.list(found));
    }
    return this;
  }

  /** No unsuppressed finding of {@code ruleId} on or below {@code constructPath}. */
  public PolicyReportAssert doesNotHaveFinding(String ruleId, String constructPath) {
    isNotNull();
    List<ReportFinding> found = matching(actual.findings(), ruleId, constructPath);
    if (!found.isEmpty()) {
      fail("Expected no finding " + ruleId + " at '" + constructPath + "' but found:" + Messages.list(found));
    }
    return this;
  }

  /** A suppression silenced {@code ruleId} on or below {@code constructPath}. */
  public PolicyReportAssert hasSuppressed(String ruleId, String constructPath) {
    isNotNull();
    boolean used = actual.suppressed().stream().anyMatch(s -> s.finding().ruleId().equals(ruleId)
        && s.finding().isAtOrBelow(constructPath));
    if (!used) {
      fail("Expected a suppression of " + ruleId + " at '" + constructPath + "' to have been used, but the suppressed findings are:"
          + Messages.list(actual.suppressed()));
    }
    return this;
  }

  /** No finding was suppressed. */
  public PolicyReportAssert hasNoSuppressions() {
    isNotNull();
    if (!actual.suppressed().isEmpty()) {
      fail("Expected no suppressed findings but found " + actual.suppressed().size() + ":"
          + Messages.list(actual.suppressed()));
    }
    return this;
  }

  /** Every rule could decide: no result was unknown because of an unresolved value. */
  public PolicyReportAssert hasNoUnknownResults() {
    isNotNull();
    if (!actual.unknowns().isEmpty()) {
      fail("Expected every rule to decide, but " + actual.unknowns().size() + " results are unknown:"
          + Messages.list(actual.unknowns().stream()
              .map(u -> u.ruleId() + " at '" + u.constructPath() + "': " + u.message()).toList()));
    }
    return this;
  }

  private static List<ReportFinding> matching(List<ReportFinding> findings, String ruleId, String path) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId) && f.isAtOrBelow(path)).toList();
  }

  private void fail(String message) {
    failWithMessage("%s", message);
  }
}

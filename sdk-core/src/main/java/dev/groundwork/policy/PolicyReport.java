package dev.groundwork.policy;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Everything one evaluation found, sorted so every output built from it is deterministic.
 *
 * @param rules metadata of every rule that ran (engine rules included), sorted by id
 * @param findings findings left after suppressions, in {@link Finding#ORDER}
 * @param suppressed findings silenced by a suppression, with the reason
 * @param unknowns rules that could not decide on a resource (unresolved intrinsics)
 * @param stacks per-stack totals, sorted by environment and stack
 */
public record PolicyReport(
    List<RuleInfo> rules,
    List<Finding> findings,
    List<SuppressedFinding> suppressed,
    List<UnknownResult> unknowns,
    List<StackSummary> stacks) {

  public PolicyReport {
    rules = ImmutableList.copyOf(rules);
    findings = ImmutableList.copyOf(findings);
    suppressed = ImmutableList.copyOf(suppressed);
    unknowns = ImmutableList.copyOf(unknowns);
    stacks = ImmutableList.copyOf(stacks);
  }

  /** The number of findings of {@code severity}. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** Unsuppressed findings of severity ERROR, in report order. */
  public List<Finding> errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  /** Whether any ERROR remains, which fails synthesis. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** The process exit status synthesis should end with: 1 when any ERROR remains, else 0. */
  public int exitStatus() {
    return hasErrors() ? 1 : 0;
  }

  /** Resources evaluated over all stacks. */
  public int resources() {
    return stacks.stream().mapToInt(StackSummary::resources).sum();
  }

  /** The one-line total, e.g. {@code policy: 2 errors, 1 warning, 0 info, 1 suppressed ...}. */
  public String summaryLine() {
    return String.format(
        "policy: %d error%s, %d warning%s, %d info, %d suppressed, %d unknown in %d stack%s (%d resources) — %s",
        count(Severity.ERROR), plural(count(Severity.ERROR)),
        count(Severity.WARNING), plural(count(Severity.WARNING)),
        count(Severity.INFO), suppressed.size(), unknowns.size(),
        stacks.size(), plural(stacks.size()), resources(), hasErrors() ? "FAILED" : "passed");
  }

  private static String plural(long n) {
    return n == 1 ? "" : "s";
  }
}

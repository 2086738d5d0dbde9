package dev.groundwork.policy;

/**
 * The engine's rule about rules that fail: a rule that throws on a resource (or returns no
 * outcome) has not checked it, so the engine records an ERROR finding on that resource naming
 * the rule and what it threw, and goes on with every other rule and resource.
 */
public final class RuleFailures {

  private RuleFailures() {}

  /** A rule threw on a resource instead of returning an outcome. */
  public static final RuleInfo FAILED = RuleInfo.builder("GW_POLICY_RULE_FAILED")
      .title("Every rule decides on every resource it applies to")
      .severity(Severity.ERROR)
      .allResourceTypes()
      .rationale("A rule that throws has not checked the resource, so nothing is known about "
          + "what it guards; the run fails rather than pass a resource nobody checked. The rest "
          + "of the evaluation and every report still happen.")
      .remediation("Report the finding (its message names the rule and the exception) to the "
          + "rule's owner; until it is fixed, suppress this finding on the resource with a reason "
          + "or disable the failing rule.")
      .noControls("Governs Groundwork's own rules, not a cloud resource; no framework control applies.")
      .build();

  /** The message of a failure of {@code rule}: the rule, the exception and where it was thrown. */
  static String message(RuleInfo rule, Throwable failure) {
    StackTraceElement[] trace = failure.getStackTrace();
    return "rule " + rule.id() + " failed on this resource and did not check it: " + failure
        + (trace.length > 0 ? " (at " + trace[0] + ")" : "");
  }
}

package dev.groundwork.policy;

/** The result kind of evaluating one rule against one resource. */
public enum Outcome {
  /** The resource satisfies the rule. */
  COMPLIANT,
  /** The resource violates the rule; the evaluation carries the violations. */
  NON_COMPLIANT,
  /** The rule does not concern this resource (e.g. an Aurora member instance for a cluster rule). */
  NOT_APPLICABLE,
  /** A value the rule needs is an unresolved intrinsic (parameter, import, condition). */
  UNKNOWN
}

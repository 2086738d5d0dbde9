package dev.groundwork.policy;

/**
 * A rule that could not decide because a value is an unresolved intrinsic (a parameter, an
 * import, a condition). Reported so the gap is visible; it never fails synthesis.
 *
 * @param rule the rule id
 * @param environment the environment name
 * @param stack the stack name
 * @param logicalId the resource's logical id
 * @param constructPath the construct path
 * @param reason which value was unresolved
 */
public record UnknownResult(
    RuleId rule, String environment, String stack, String logicalId, String constructPath,
    String reason) {}

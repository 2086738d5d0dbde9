package dev.groundwork.policy;

import dev.groundwork.core.Tier;

/**
 * What a rule sees: the resource under evaluation and the whole stack it belongs to.
 *
 * @param resource the resource under evaluation
 * @param stack the stack: template (to follow references), environment and tier
 */
public record RuleContext(Resource resource, StackTemplate stack) {

  /** The whole template, to follow {@code Ref}/{@code Fn::GetAtt} or read Parameters. */
  public Template template() {
    return stack.template();
  }

  /** The tier of the environment the stack is deployed to. */
  public Tier tier() {
    return stack.tier();
  }
}

package dev.groundwork.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.groundwork.assembly.Parameter;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.TemplateElement;
import dev.groundwork.core.Tier;

/**
 * What a rule sees: the resource (or, for a {@code templateParameters()} rule, the parameter)
 * under evaluation and the whole stack it belongs to.
 *
 * @param element the resource or parameter under evaluation
 * @param stack the stack: its template (to follow references), environment and tier
 * @param tier the tier of the stack's environment
 */
public record RuleContext(TemplateElement element, StackTemplate stack, Tier tier) {

  public RuleContext {
    checkNotNull(element, "element");
    checkNotNull(stack, "stack");
    checkNotNull(tier, "tier");
  }

  /** A resource in its stack, whose environment's tier must be known. */
  public static RuleContext of(Resource resource) {
    return new RuleContext(resource, resource.stack(), tierOf(resource.stack()));
  }

  /** A template parameter in its stack, whose environment's tier must be known. */
  public static RuleContext of(Parameter parameter) {
    return new RuleContext(parameter, parameter.stack(), tierOf(parameter.stack()));
  }

  /**
   * The resource under evaluation.
   *
   * @throws IllegalStateException for a rule on template parameters (use {@link #parameter()})
   */
  public Resource resource() {
    if (element instanceof Resource resource) {
      return resource;
    }
    throw new IllegalStateException("this rule checks template parameters: read ctx.parameter(), not ctx.resource()");
  }

  /**
   * The template parameter under evaluation.
   *
   * @throws IllegalStateException for a rule on resources (use {@link #resource()})
   */
  public Parameter parameter() {
    if (element instanceof Parameter parameter) {
      return parameter;
    }
    throw new IllegalStateException("this rule checks resources: read ctx.resource(), not ctx.parameter()");
  }

  /** The whole template, to follow {@code Ref}/{@code Fn::GetAtt} or find related resources. */
  public StackTemplate template() {
    return stack;
  }

  /** The tier of {@code stack}'s environment; the engine evaluates only stacks of a known tier. */
  static Tier tierOf(StackTemplate stack) {
    return stack.tier().orElseThrow(() -> new IllegalArgumentException(stack.describe()
        + " has no tier: rules read the tier of the stack's environment, so the engine evaluates only stacks of a "
        + "known tier. Give it one: a template written in a test, with groundwork-testing's TemplateFixture "
        + "(DEV unless inTier(...) says otherwise); a template parsed yourself, with StackTemplate.of(name, "
        + "environment, tier, file, json); a cloud assembly, with SynthesizedApp.read(dir, tiers)"));
  }
}

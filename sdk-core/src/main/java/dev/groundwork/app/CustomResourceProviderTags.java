package dev.groundwork.app;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.assembly.Taggability;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.IAspect;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

/**
 * Gives the resources of a CDK custom-resource provider the tags of their stack.
 *
 * <p>CDK writes a provider's IAM role and Lambda function (behind e.g. {@code
 * restrictDefaultSecurityGroup} or {@code autoDeleteObjects}) as raw {@link CfnResource}s, which
 * CDK's tag aspect does not reach, so they would be the only untagged resources of a stack and
 * fail the required-tags rule. Added to the provider construct,
 * {@code Aspects.of(provider).add(new CustomResourceProviderTags())}, this aspect runs after the
 * environment's tag aspects have tagged the stack (aspects run from the root down, tags first)
 * and copies the stack's tags onto each resource whose type takes tags. {@code PlatformApp} adds
 * it to every provider of its stacks ({@link #addToProvidersOf(Stack)}); outside one, call that
 * for your stacks.
 */
public final class CustomResourceProviderTags implements IAspect {

  /**
   * Adds this aspect to every CDK provider directly under {@code stack}: CDK creates each as a
   * child of its stack named {@code Custom::<Name>CustomResourceProvider}. Call it once every
   * provider exists, before synthesis.
   */
  public static void addToProvidersOf(Stack stack) {
    for (IConstruct child : stack.getNode().getChildren()) {
      String id = child.getNode().getId();
      if (id.startsWith("Custom::") && id.endsWith("CustomResourceProvider")) {
        Aspects.of(child).add(new CustomResourceProviderTags());
      }
    }
  }

  @Override
  public void visit(IConstruct node) {
    if (!(node instanceof CfnResource resource)
        || Taggability.of(resource.getCfnResourceType()) != Taggability.TAGGABLE) {
      return;
    }
    Map<String, String> tags = new TreeMap<>(Stack.of(node).getTags().tagValues());
    if (!tags.isEmpty()) {
      resource.addPropertyOverride("Tags", tags.entrySet().stream()
          .map(e -> ImmutableMap.of("Key", e.getKey(), "Value", e.getValue()))
          .toList());
    }
  }
}

package dev.groundwork.constructs.internal;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.IAspect;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

/**
 * Gives the resources of a CDK custom-resource provider the tags of their stack.
 *
 * <p>CDK writes a provider's IAM role and Lambda function as raw {@link CfnResource}s, which
 * CDK's tag aspect does not reach, so they would be the only untagged resources of a stack and
 * fail the required-tags policy. Added to the provider construct, this aspect runs after the
 * environment's tag aspects have tagged the stack (aspects run from the root down, tags first)
 * and copies the stack's tags onto each such resource.
 */
public final class ProviderResourceTags implements IAspect {
  private static final List<String> TAGGABLE_TYPES = List.of("AWS::IAM::Role", "AWS::Lambda::Function");

  @Override
  public void visit(IConstruct node) {
    if (!(node instanceof CfnResource resource) || !TAGGABLE_TYPES.contains(resource.getCfnResourceType())) {
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

package dev.groundwork.constructs.kubernetes;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.IAspect;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

/**
 * Gives the {@code KubectlReadyBarrier} parameter of a CDK {@code eks_v2} cluster the tags of its
 * stack. CDK writes it as a raw {@code AWS::SSM::Parameter} {@link CfnResource}, which CDK's tag
 * aspect does not reach, so it would be the stack's only untagged resource. SSM parameters take
 * their tags as a map, not as the key/value list {@code CustomResourceProviderTags} writes.
 */
final class ReadyBarrierTags implements IAspect {
  @Override
  public void visit(IConstruct node) {
    if (node instanceof CfnResource resource && "AWS::SSM::Parameter".equals(resource.getCfnResourceType())) {
      Map<String, String> tags = new TreeMap<>(Stack.of(node).getTags().tagValues());
      if (!tags.isEmpty()) {
        resource.addPropertyOverride("Tags", tags);
      }
    }
  }
}

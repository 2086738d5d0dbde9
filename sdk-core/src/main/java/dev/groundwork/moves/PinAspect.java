package dev.groundwork.moves;

import dev.groundwork.assembly.LogicalIds;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.IAspect;
import software.constructs.IConstruct;

/**
 * Gives every CloudFormation element under a moved construct the logical id CDK allocated at
 * the construct's old path. Added on the moved construct itself, so it visits only its subtree.
 */
final class PinAspect implements IAspect {
  private final MoveRegistry registry;
  private final MoveRegistry.Declared declared;

  PinAspect(MoveRegistry registry, MoveRegistry.Declared declared) {
    this.registry = registry;
    this.declared = declared;
  }

  @Override
  public void visit(IConstruct node) {
    // Elements of a nested stack under the construct are named relative to that stack, not moved.
    if (!(node instanceof CfnElement element) || element.getStack() != registry.stack()) {
      return;
    }
    String path = registry.pathInStack(element);
    if (!registry.innermost(declared, path)) {
      return;
    }
    Object current = registry.stack().resolve(element.getLogicalId());
    boolean allocated = LogicalIds.of(path).equals(current)
        || registry.pinOf(element).map(current::equals).orElse(false);
    if (!allocated) {
      return; // set on purpose (overrideLogicalId, renameLogicalId, a stack naming its own way): kept
    }
    String logicalId = LogicalIds.of(declared.from() + path.substring(declared.to().length()));
    element.overrideLogicalId(logicalId);
    registry.pinned(declared, element, path, logicalId);
  }
}

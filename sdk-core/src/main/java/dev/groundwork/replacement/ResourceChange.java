package dev.groundwork.replacement;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import java.util.List;
import java.util.Optional;

/**
 * What happens to one resource when the new assembly is deployed over the previous one.
 *
 * @param kind added, removed, modified in place, replaced or unchanged
 * @param stack the stack of the new assembly ({@link ChangeKind#REMOVED}: the one it leaves)
 * @param previous the resource in the previous assembly; empty when added
 * @param current the resource in the new assembly; empty when removed
 * @param replacement for {@link ChangeKind#REPLACED}, whether it is certain ({@code ALWAYS})
 *     or depends on the new value ({@code CONDITIONAL}); else {@code NONE}
 * @param causes why: the properties that changed (for a replacement, those that replace), or
 *     {@code logical id} when the construct's logical id changed
 */
public record ResourceChange(ChangeKind kind, StackTemplate stack, Optional<Resource> previous,
    Optional<Resource> current, Replacement replacement, List<String> causes) {

  public ResourceChange {
    checkNotNull(kind, "kind");
    checkNotNull(stack, "stack");
    causes = ImmutableList.copyOf(causes);
  }

  /** The resource as the reports name it: the new one, or for a removed resource the old one. */
  public Resource resource() {
    return current.or(() -> previous).orElseThrow();
  }

  /** The CloudFormation type. */
  public String type() {
    return resource().type();
  }

  /** Whether the replacement is certain or may happen (only for {@link ChangeKind#REPLACED}). */
  public boolean certain() {
    return replacement == Replacement.ALWAYS;
  }

  /** Whether the logical id changed (a replacement by a new resource under another id). */
  public boolean logicalIdChanged() {
    return previous.isPresent() && current.isPresent()
        && !previous.get().logicalId().equals(current.get().logicalId());
  }
}

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
 * @param kind added, removed, modified in place, replaced, moved or unchanged
 * @param stack the stack of the new assembly ({@link ChangeKind#REMOVED}: the one it leaves;
 *     {@link ChangeKind#MOVED}: the one it is in now)
 * @param previous the resource in the previous assembly (for a move, possibly in another
 *     stack); empty when added
 * @param current the resource in the new assembly; empty when removed
 * @param replacement for {@link ChangeKind#REPLACED} and {@link ChangeKind#MOVED}, whether it is
 *     certain ({@code ALWAYS}) or depends on the new value ({@code CONDITIONAL}); else {@code NONE}
 * @param causes why: the properties that changed (for a replacement, those that replace), or
 *     {@code logical id} when the construct's logical id changed, or {@code stack} when it moved
 *     to another stack
 * @param candidates for an added stateful resource, the resources of the same type and
 *     identifying properties that left, any of which it may be (for a removed one, the new
 *     resources it may have become): set only when the match is ambiguous
 */
public record ResourceChange(ChangeKind kind, StackTemplate stack, Optional<Resource> previous,
    Optional<Resource> current, Replacement replacement, List<String> causes, List<Resource> candidates) {

  public ResourceChange {
    checkNotNull(kind, "kind");
    checkNotNull(stack, "stack");
    causes = ImmutableList.copyOf(causes);
    candidates = ImmutableList.copyOf(candidates);
  }

  /** A change without candidates (every change but an ambiguous move). */
  public ResourceChange(ChangeKind kind, StackTemplate stack, Optional<Resource> previous,
      Optional<Resource> current, Replacement replacement, List<String> causes) {
    this(kind, stack, previous, current, replacement, causes, List.of());
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

  /** Whether the resource moved to another stack ({@link ChangeKind#MOVED} only). */
  public boolean stackChanged() {
    return previous.isPresent() && current.isPresent()
        && !previous.get().stack().stackName().equals(current.get().stack().stackName());
  }

  /** Whether the resource may be one of several that moved at once: {@link #candidates()} is not empty. */
  public boolean ambiguous() {
    return !candidates.isEmpty();
  }
}

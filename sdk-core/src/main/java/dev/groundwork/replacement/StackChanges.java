package dev.groundwork.replacement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.groundwork.assembly.StackTemplate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What deploying the new assembly does to one of its stacks: the change set of that stack.
 *
 * @param stack the stack of the new assembly
 * @param isNew whether only the new assembly has it (then {@code changes} lists only what moved
 *     into it, and every other resource is created)
 * @param changes its resources' changes, in template order, then the removed ones
 */
public record StackChanges(StackTemplate stack, boolean isNew, List<ResourceChange> changes) {

  public StackChanges {
    changes = ImmutableList.copyOf(changes);
  }

  static StackChanges of(StackTemplate stack, boolean isNew, List<ResourceChange> changes) {
    return new StackChanges(stack, isNew, changes);
  }

  /** How many resources of each kind, in {@link ChangeKind} order. */
  public Map<ChangeKind, Integer> counts() {
    Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
    for (ChangeKind kind : ChangeKind.values()) {
      counts.put(kind, 0);
    }
    changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
    return ImmutableMap.copyOf(counts);
  }

  /** The moves into this stack from another stack. */
  public List<ResourceChange> movedIn() {
    return changes.stream().filter(c -> c.kind() == ChangeKind.MOVED && c.stackChanged()).toList();
  }
}

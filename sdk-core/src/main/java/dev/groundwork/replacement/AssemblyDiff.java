package dev.groundwork.replacement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.StatefulTypes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What deploying a new assembly over a previous one does to each resource, stack by stack
 * (stacks matched by CloudFormation stack name): added, removed, modified in place, replaced,
 * moved, unchanged.
 *
 * <p>A resource is replaced when a property the {@link ReplacementSpec} marks as replacing
 * changed (conditionally for the spec's "maybe"), when such a property refers to a resource
 * that is itself replaced (its physical id or ARN changes), when its type changed, or when its
 * construct path is under a new logical id. A stateful resource that left one logical id while
 * one of the same type and identifying properties appeared under another, in the same stack or
 * another stack of the same environment, is moved (several at once are ambiguous: added and
 * removed, each with its candidates). A removed stateful resource with an
 * added one of the same type but other identifying properties in the same stack counts as
 * replaced by a rename (the new one starts empty). A type the spec does not know that changed may
 * be replaced. Stacks only one assembly has are listed, not compared (deploying does not delete a
 * stack that left the app); of a new stack, only what moved into it is listed.
 */
public final class AssemblyDiff {
  private final ImmutableList<ResourceChange> changes;
  private final ImmutableList<StackTemplate> previousStacks;
  private final ImmutableList<StackTemplate> currentStacks;
  private final ImmutableList<String> newStacks;
  private final ImmutableList<String> goneStacks;
  private final String specVersion;

  private AssemblyDiff(List<ResourceChange> changes, List<StackTemplate> previousStacks,
      List<StackTemplate> currentStacks, List<String> newStacks, List<String> goneStacks, String specVersion) {
    this.changes = ImmutableList.copyOf(changes);
    this.previousStacks = ImmutableList.copyOf(previousStacks);
    this.currentStacks = ImmutableList.copyOf(currentStacks);
    this.newStacks = ImmutableList.copyOf(newStacks);
    this.goneStacks = ImmutableList.copyOf(goneStacks);
    this.specVersion = specVersion;
  }

  /** Compares {@code current} with {@code previous} using {@code spec}. */
  public static AssemblyDiff between(List<StackTemplate> previous, List<StackTemplate> current,
      ReplacementSpec spec) {
    Map<String, StackTemplate> before = new LinkedHashMap<>();
    previous.forEach(s -> before.put(s.stackName(), s));
    List<StackComparison> comparisons = new ArrayList<>();
    List<String> added = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (StackTemplate stack : current) {
      seen.add(stack.stackName());
      StackTemplate old = before.get(stack.stackName());
      if (old == null) {
        added.add(stack.stackName());
      }
      comparisons.add(old == null ? StackComparison.ofNewStack(stack) : StackComparison.of(old, stack, spec));
    }
    Map<String, MoveMatcher> matchers = matchMoves(comparisons);
    List<ResourceChange> changes = new ArrayList<>();
    for (StackComparison comparison : comparisons) {
      changes.addAll(comparison.changes(matchers.get(comparison.stack().environmentName())));
    }
    List<String> gone = before.keySet().stream().filter(name -> !seen.contains(name)).toList();
    return new AssemblyDiff(changes, previous, current, added, gone, spec.version());
  }

  /** One matcher per environment, over the stateful resources that left or appeared in its stacks. */
  private static Map<String, MoveMatcher> matchMoves(List<StackComparison> comparisons) {
    Map<String, List<Resource>> gone = new LinkedHashMap<>();
    Map<String, List<Resource>> appeared = new LinkedHashMap<>();
    for (StackComparison comparison : comparisons) {
      String environment = comparison.stack().environmentName();
      comparison.onlyOld().stream().filter(r -> StatefulTypes.contains(r.type()))
          .forEach(gone.computeIfAbsent(environment, e -> new ArrayList<>())::add);
      comparison.onlyNew().stream().filter(r -> StatefulTypes.contains(r.type()))
          .forEach(appeared.computeIfAbsent(environment, e -> new ArrayList<>())::add);
    }
    Map<String, MoveMatcher> matchers = new LinkedHashMap<>();
    for (StackComparison comparison : comparisons) {
      String environment = comparison.stack().environmentName();
      matchers.computeIfAbsent(environment, e -> MoveMatcher.match(gone.getOrDefault(e, List.of()),
          appeared.getOrDefault(e, List.of())));
    }
    return matchers;
  }

  /**
   * Every resource of the stacks both assemblies have, stack by stack, and the resources that
   * moved into a new stack.
   */
  public ImmutableList<ResourceChange> changes() {
    return changes;
  }

  /** The changes of one kind. */
  public List<ResourceChange> changes(ChangeKind kind) {
    return changes.stream().filter(c -> c.kind() == kind).toList();
  }

  /** How many resources of each kind, in {@link ChangeKind} order. */
  public Map<ChangeKind, Integer> counts() {
    Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
    for (ChangeKind kind : ChangeKind.values()) {
      counts.put(kind, 0);
    }
    changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
    return counts;
  }

  /** Stacks only the new assembly has (every resource in them is new). */
  public ImmutableList<String> newStacks() {
    return newStacks;
  }

  /** Stacks only the previous assembly has (deploying the new one leaves them in place). */
  public ImmutableList<String> goneStacks() {
    return goneStacks;
  }

  /** The stacks of the previous assembly. */
  public ImmutableList<StackTemplate> previousStacks() {
    return previousStacks;
  }

  /** The stacks of the new assembly, in synthesis order. */
  public ImmutableList<StackTemplate> currentStacks() {
    return currentStacks;
  }

  /** The version of the replacement spec the comparison used. */
  public String specVersion() {
    return specVersion;
  }

  /** The changes of each stack of the new assembly, in synthesis order. */
  public List<StackChanges> byStack() {
    Set<String> fresh = ImmutableSet.copyOf(newStacks);
    Map<StackTemplate, List<ResourceChange>> byStack = new LinkedHashMap<>();
    changes.forEach(c -> byStack.computeIfAbsent(c.stack(), s -> new ArrayList<>()).add(c));
    return currentStacks.stream().map(stack -> StackChanges.of(stack, fresh.contains(stack.stackName()),
        byStack.getOrDefault(stack, List.of()))).toList();
  }
}

package dev.groundwork.replacement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.StatefulTypes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What deploying a new assembly over a previous one does to each resource, stack by stack
 * (stacks matched by CloudFormation stack name): added, removed, modified in place, replaced,
 * unchanged.
 *
 * <p>A resource is replaced when a property the {@link ReplacementSpec} marks as replacing
 * changed (conditionally for the spec's "maybe"), when such a property refers to a resource
 * that is itself replaced (its physical id or ARN changes), when its type changed, or when its
 * construct path is under a new logical id. A removed stateful resource with an added one of
 * the same type in the same stack counts as replaced by a rename (the new one starts empty). A
 * type the spec does not know that changed may be replaced. Stacks only one assembly has are
 * listed, not compared: deploying does not delete a stack that left the app.
 */
public final class AssemblyDiff {
  private static final String LOGICAL_ID = "logical id";

  private final ImmutableList<ResourceChange> changes;
  private final ImmutableList<String> newStacks;
  private final ImmutableList<String> goneStacks;

  private AssemblyDiff(List<ResourceChange> changes, List<String> newStacks, List<String> goneStacks) {
    this.changes = ImmutableList.copyOf(changes);
    this.newStacks = ImmutableList.copyOf(newStacks);
    this.goneStacks = ImmutableList.copyOf(goneStacks);
  }

  /** Compares {@code current} with {@code previous} using {@code spec}. */
  public static AssemblyDiff between(List<StackTemplate> previous, List<StackTemplate> current,
      ReplacementSpec spec) {
    Map<String, StackTemplate> before = new LinkedHashMap<>();
    previous.forEach(s -> before.put(s.stackName(), s));
    List<ResourceChange> changes = new ArrayList<>();
    List<String> added = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (StackTemplate stack : current) {
      seen.add(stack.stackName());
      StackTemplate old = before.get(stack.stackName());
      if (old == null) {
        added.add(stack.stackName());
      } else {
        changes.addAll(compare(old, stack, spec));
      }
    }
    List<String> gone = before.keySet().stream().filter(name -> !seen.contains(name)).toList();
    return new AssemblyDiff(changes, added, gone);
  }

  private static List<ResourceChange> compare(StackTemplate old, StackTemplate stack, ReplacementSpec spec) {
    Map<String, ResourceChange> byId = new LinkedHashMap<>();
    List<Resource> onlyNew = new ArrayList<>();
    for (Resource resource : stack.resources()) {
      Optional<Resource> before = old.resource(resource.logicalId());
      if (before.isPresent()) {
        byId.put(resource.logicalId(), compare(stack, before.get(), resource, spec));
      } else {
        onlyNew.add(resource);
      }
    }
    List<Resource> onlyOld = new ArrayList<>(old.resources().stream()
        .filter(r -> stack.resource(r.logicalId()).isEmpty()).toList());
    cascade(byId, spec);
    List<ResourceChange> out = new ArrayList<>(byId.values());
    for (Resource resource : onlyNew) {
      Optional<Resource> before = samePath(resource, onlyOld)
          .or(() -> StatefulTypes.contains(resource.type()) ? sameType(resource, onlyOld) : Optional.empty());
      before.ifPresent(onlyOld::remove);
      out.add(before.map(b -> new ResourceChange(ChangeKind.REPLACED, stack, Optional.of(b), Optional.of(resource),
              Replacement.ALWAYS, List.of(LOGICAL_ID)))
          .orElseGet(() -> new ResourceChange(ChangeKind.ADDED, stack, Optional.empty(), Optional.of(resource),
              Replacement.NONE, List.of())));
    }
    onlyOld.forEach(r -> out.add(new ResourceChange(ChangeKind.REMOVED, stack, Optional.of(r), Optional.empty(),
        Replacement.NONE, List.of())));
    return out;
  }

  private static Optional<Resource> samePath(Resource resource, List<Resource> candidates) {
    Optional<String> path = resource.constructPath();
    return path.flatMap(p -> candidates.stream()
        .filter(c -> c.type().equals(resource.type()) && c.constructPath().equals(path)).findFirst());
  }

  private static Optional<Resource> sameType(Resource resource, List<Resource> candidates) {
    return candidates.stream().filter(c -> c.type().equals(resource.type())).findFirst();
  }

  private static ResourceChange compare(StackTemplate stack, Resource before, Resource after, ReplacementSpec spec) {
    if (!before.type().equals(after.type())) {
      return change(stack, before, after, ChangeKind.REPLACED, Replacement.ALWAYS, List.of("Type"));
    }
    JsonNode oldProps = before.properties();
    JsonNode newProps = after.properties();
    Set<String> changed = changedKeys(oldProps, newProps);
    Set<String> changedAttributes = changedKeys(withoutPropertiesAndMetadata(before.json()),
        withoutPropertiesAndMetadata(after.json()));
    if (changed.isEmpty() && changedAttributes.isEmpty()) {
      return change(stack, before, after, ChangeKind.UNCHANGED, Replacement.NONE, List.of());
    }
    if (!changed.isEmpty() && !spec.knows(after.type())) {
      List<String> causes = new ArrayList<>(changed);
      causes.add("type unknown to the replacement spec " + spec.version());
      return change(stack, before, after, ChangeKind.REPLACED, Replacement.CONDITIONAL, causes);
    }
    Map<Replacement, List<String>> replacing = new EnumMap<>(Replacement.class);
    spec.replacingPaths(after.type()).forEach((path, replacement) -> {
      if (!path.valuesIn(oldProps).equals(path.valuesIn(newProps))) {
        replacing.computeIfAbsent(replacement, r -> new ArrayList<>()).add(path.text());
      }
    });
    Replacement level = replacing.keySet().stream().reduce(Replacement.NONE, Replacement::max);
    if (level != Replacement.NONE) {
      List<String> causes = new ArrayList<>(replacing.getOrDefault(Replacement.ALWAYS, List.of()));
      causes.addAll(replacing.getOrDefault(Replacement.CONDITIONAL, List.of()));
      return change(stack, before, after, ChangeKind.REPLACED, level, causes);
    }
    List<String> causes = new ArrayList<>(changed);
    causes.addAll(changedAttributes);
    return change(stack, before, after, ChangeKind.MODIFIED_IN_PLACE, Replacement.NONE, causes);
  }

  /**
   * Marks as replaced what a replacing property ties to a replaced resource: its {@code Ref}
   * or {@code Fn::GetAtt} value changes when the target is replaced, even if the text does not.
   */
  private static void cascade(Map<String, ResourceChange> byId, ReplacementSpec spec) {
    boolean more = true;
    while (more) {
      more = false;
      for (Map.Entry<String, ResourceChange> entry : byId.entrySet()) {
        ResourceChange change = entry.getValue();
        if (change.kind() == ChangeKind.REPLACED || change.current().isEmpty()) {
          continue;
        }
        Resource resource = change.current().get();
        Replacement level = Replacement.NONE;
        List<String> causes = new ArrayList<>();
        for (Map.Entry<SpecPath, Replacement> path : spec.replacingPaths(resource.type()).entrySet()) {
          for (JsonNode value : path.getKey().valuesIn(resource.properties())) {
            for (String target : Intrinsics.references(value)) {
              ResourceChange targetChange = byId.get(target);
              if (targetChange != null && targetChange.kind() == ChangeKind.REPLACED) {
                Replacement via = path.getValue() == Replacement.ALWAYS && targetChange.certain()
                    ? Replacement.ALWAYS : Replacement.CONDITIONAL;
                level = level.max(via);
                causes.add(path.getKey().text() + " (refers to " + target + ", which is replaced)");
              }
            }
          }
        }
        if (level != Replacement.NONE) {
          entry.setValue(new ResourceChange(ChangeKind.REPLACED, change.stack(), change.previous(),
              change.current(), level, causes));
          more = true;
        }
      }
    }
  }

  /** The keys whose values differ ({@code AWS::NoValue} counting as absent). */
  private static Set<String> changedKeys(JsonNode before, JsonNode after) {
    Set<String> keys = new TreeSet<>();
    before.fieldNames().forEachRemaining(keys::add);
    after.fieldNames().forEachRemaining(keys::add);
    Set<String> changed = new TreeSet<>();
    for (String key : keys) {
      if (!value(before, key).equals(value(after, key))) {
        changed.add(key);
      }
    }
    return changed;
  }

  private static JsonNode value(JsonNode object, String key) {
    JsonNode value = object.path(key);
    return Intrinsics.isAbsent(value) ? MissingNode.getInstance() : value;
  }

  private static JsonNode withoutPropertiesAndMetadata(JsonNode resource) {
    ObjectNode copy = resource.deepCopy();
    copy.remove(List.of("Properties", "Metadata", "Type"));
    return copy;
  }

  private static ResourceChange change(StackTemplate stack, Resource before, Resource after, ChangeKind kind,
      Replacement replacement, List<String> causes) {
    return new ResourceChange(kind, stack, Optional.of(before), Optional.of(after), replacement, causes);
  }

  /** Every resource of the stacks both assemblies have, stack by stack. */
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
}

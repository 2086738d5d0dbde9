package dev.groundwork.replacement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.StatefulTypes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One stack of the new assembly against its previous version (none for a new stack): the
 * resources under the same logical id compared, those with a new logical id at the same
 * construct path paired, and the rest left for move matching.
 */
record StackComparison(StackTemplate stack, boolean isNew, List<ResourceChange> sameId,
    Map<Resource, Resource> samePath, List<Resource> onlyNew, List<Resource> onlyOld) {
  private static final String LOGICAL_ID = "logical id";
  private static final String STACK = "stack";

  static StackComparison ofNewStack(StackTemplate stack) {
    return new StackComparison(stack, true, List.of(), Map.of(), stack.resources(), List.of());
  }

  static StackComparison of(StackTemplate old, StackTemplate stack, ReplacementSpec spec) {
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
    List<Resource> onlyOld = old.resources().stream().filter(r -> stack.resource(r.logicalId()).isEmpty()).toList();
    cascade(byId, spec);
    // A new logical id at a construct path and type the old template had: the same construct.
    Map<String, List<Resource>> oldByPath = new LinkedHashMap<>();
    onlyOld.forEach(r -> r.constructPath().ifPresent(path ->
        oldByPath.computeIfAbsent(r.type() + " " + path, k -> new ArrayList<>()).add(r)));
    Map<Resource, Resource> samePath = new LinkedHashMap<>();
    for (Resource resource : onlyNew) {
      resource.constructPath().map(path -> oldByPath.get(resource.type() + " " + path))
          .filter(list -> !list.isEmpty()).ifPresent(list -> samePath.put(resource, list.remove(0)));
    }
    Set<Resource> paired = Collections.newSetFromMap(new LinkedHashMap<>());
    paired.addAll(samePath.values());
    return new StackComparison(stack, false, List.copyOf(byId.values()), samePath,
        onlyNew.stream().filter(r -> !samePath.containsKey(r)).toList(),
        onlyOld.stream().filter(r -> !paired.contains(r)).toList());
  }

  /** Every change of this stack, moves told apart by {@code moves} (the matcher of its environment). */
  List<ResourceChange> changes(MoveMatcher moves) {
    List<ResourceChange> out = new ArrayList<>(sameId);
    List<Resource> leftOld = new ArrayList<>(onlyOld.stream()
        .filter(r -> !moves.moved(r) && moves.candidates(r).isEmpty()).toList());
    Set<Resource> fresh = Collections.newSetFromMap(new LinkedHashMap<>());
    fresh.addAll(onlyNew);
    for (Resource resource : stack.resources()) {
      Resource before = samePath.get(resource);
      if (before != null) {
        out.add(replaced(before, resource));
      } else if (fresh.contains(resource)) {
        newResource(resource, moves, leftOld).ifPresent(out::add);
      }
    }
    leftOld.forEach(r -> out.add(removed(r, List.of())));
    onlyOld.stream().filter(r -> !moves.candidates(r).isEmpty())
        .forEach(r -> out.add(removed(r, moves.candidates(r))));
    return out;
  }

  private Optional<ResourceChange> newResource(Resource resource, MoveMatcher moves, List<Resource> leftOld) {
    Optional<Resource> movedFrom = moves.movedFrom(resource);
    if (movedFrom.isPresent()) {
      Resource before = movedFrom.get();
      List<String> causes = new ArrayList<>();
      if (!before.stack().stackName().equals(stack.stackName())) {
        causes.add(STACK);
      }
      if (!before.logicalId().equals(resource.logicalId())) {
        causes.add(LOGICAL_ID);
      }
      return Optional.of(new ResourceChange(ChangeKind.MOVED, stack, movedFrom, Optional.of(resource),
          Replacement.ALWAYS, causes));
    }
    List<Resource> candidates = moves.candidates(resource);
    if (!candidates.isEmpty()) {
      return Optional.of(new ResourceChange(ChangeKind.ADDED, stack, Optional.empty(), Optional.of(resource),
          Replacement.NONE, List.of(), candidates));
    }
    if (isNew) {
      return Optional.empty(); // a new stack is listed, not compared
    }
    Optional<Resource> renamed = StatefulTypes.contains(resource.type()) ? sameType(resource, leftOld) : Optional.empty();
    if (renamed.isPresent()) {
      leftOld.remove(renamed.get());
      return Optional.of(replaced(renamed.get(), resource));
    }
    return Optional.of(new ResourceChange(ChangeKind.ADDED, stack, Optional.empty(), Optional.of(resource),
        Replacement.NONE, List.of()));
  }

  private ResourceChange replaced(Resource before, Resource after) {
    return new ResourceChange(ChangeKind.REPLACED, stack, Optional.of(before), Optional.of(after),
        Replacement.ALWAYS, List.of(LOGICAL_ID));
  }

  private ResourceChange removed(Resource before, List<Resource> candidates) {
    return new ResourceChange(ChangeKind.REMOVED, stack, Optional.of(before), Optional.empty(),
        Replacement.NONE, List.of(), candidates);
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
}

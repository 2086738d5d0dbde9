package dev.groundwork.replacement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StatefulTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises stateful resources that left one logical id and appeared under another, in the same
 * stack or another stack of the same environment: same type, same identifying properties
 * ({@link StatefulTypes#identifyingProperties}). One that left and one that appeared with the
 * same identity are a move; more than one on either side is ambiguous, and each is listed with
 * the resources it may be.
 *
 * <p>A reference in an identifying property ({@code Ref}, {@code Fn::GetAtt}) is compared by the
 * type of the resource it points at, since that resource may have moved too.
 */
final class MoveMatcher {
  private final Map<Resource, Resource> moves = new LinkedHashMap<>();
  private final Map<Resource, List<Resource>> candidates = new LinkedHashMap<>();

  private MoveMatcher() {}

  /**
   * Matches {@code gone} (stateful resources only the previous assembly has) with {@code
   * appeared} (stateful resources only the new one has), both of one environment.
   */
  static MoveMatcher match(List<Resource> gone, List<Resource> appeared) {
    MoveMatcher matcher = new MoveMatcher();
    Map<String, List<Resource>> goneByIdentity = byIdentity(gone);
    Map<String, List<Resource>> appearedByIdentity = byIdentity(appeared);
    goneByIdentity.forEach((identity, old) -> {
      List<Resource> now = appearedByIdentity.getOrDefault(identity, List.of());
      if (old.size() == 1 && now.size() == 1) {
        matcher.moves.put(now.get(0), old.get(0));
      } else if (!now.isEmpty()) {
        // One list per side, shared by every change of the group (not a copy each).
        List<Resource> oldOnes = ImmutableList.copyOf(old);
        List<Resource> newOnes = ImmutableList.copyOf(now);
        old.forEach(r -> matcher.candidates.put(r, newOnes));
        now.forEach(r -> matcher.candidates.put(r, oldOnes));
      }
    });
    return matcher;
  }

  /** The resource {@code appeared} was before it moved, when that is certain. */
  Optional<Resource> movedFrom(Resource appeared) {
    return Optional.ofNullable(moves.get(appeared));
  }

  /** Whether {@code gone} moved to a resource of the new assembly, certainly. */
  boolean moved(Resource gone) {
    return moves.containsValue(gone);
  }

  /** What {@code resource} may be on the other side of an ambiguous match; empty when it is not ambiguous. */
  List<Resource> candidates(Resource resource) {
    return candidates.getOrDefault(resource, List.of());
  }

  private static Map<String, List<Resource>> byIdentity(List<Resource> resources) {
    Map<String, List<Resource>> groups = new LinkedHashMap<>();
    for (Resource resource : resources) {
      groups.computeIfAbsent(identity(resource), key -> new ArrayList<>()).add(resource);
    }
    return groups;
  }

  /** The type and the identifying properties' values, references replaced by their targets' types. */
  static String identity(Resource resource) {
    ArrayNode key = JsonNodeFactory.instance.arrayNode().add(resource.type());
    for (String property : StatefulTypes.identifyingProperties(resource.type())) {
      JsonNode value = resource.property(property);
      key.add(value.isMissingNode() ? JsonNodeFactory.instance.nullNode() : comparable(resource, value));
    }
    return key.toString();
  }

  private static JsonNode comparable(Resource resource, JsonNode value) {
    Optional<Resource> target = Intrinsics.target(value).flatMap(id -> resource.stack().resource(id));
    if (target.isPresent()) {
      ObjectNode reference = JsonNodeFactory.instance.objectNode().put("referenceTo", target.get().type());
      Intrinsics.attribute(value).ifPresent(attribute -> reference.put("attribute", attribute));
      return reference;
    }
    if (value.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      value.fields().forEachRemaining(field -> copy.set(field.getKey(), comparable(resource, field.getValue())));
      return copy;
    }
    if (value.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      value.forEach(item -> copy.add(comparable(resource, item)));
      return copy;
    }
    return value;
  }
}

package dev.groundwork.replacement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.groundwork.assembly.Resource;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@value #FILE}: the change set as JSON, per stack of the new assembly: the counts by kind and
 * every change but the unchanged resources (kind, type, logical id, construct path, where a
 * moved or removed resource was, the causes), then the stacks that left the app. An ambiguous
 * change names its group ({@code ambiguousGroup}, an index into {@code ambiguousGroups}, where
 * each group of resources of one identity that left and appeared at once is listed once).
 */
public final class ChangeJson {
  /** The file name, written beside the policy reports. */
  public static final String FILE = "groundwork-changes.json";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ChangeJson() {}

  /** The JSON text. */
  public static String render(AssemblyDiff diff) {
    ObjectNode root = JSON.createObjectNode();
    root.put("replacementSpec", diff.specVersion());
    // Listed once per group, not once per change: a group of n would otherwise list n times n.
    Map<String, ObjectNode> groups = new LinkedHashMap<>();
    ArrayNode stacks = root.putArray("stacks");
    for (StackChanges stack : diff.byStack()) {
      ObjectNode node = stacks.addObject();
      node.put("environment", stack.stack().environmentName());
      node.put("stack", stack.stack().stackName());
      node.put("new", stack.isNew());
      node.put("resources", stack.stack().resources().size());
      ObjectNode counts = node.putObject("counts");
      for (Map.Entry<ChangeKind, Integer> count : stack.counts().entrySet()) {
        counts.put(name(count.getKey()), count.getValue());
      }
      ArrayNode changes = node.putArray("changes");
      for (ResourceChange change : stack.changes()) {
        if (change.kind() != ChangeKind.UNCHANGED) {
          ObjectNode entry = change(change);
          if (change.ambiguous()) {
            entry.put("ambiguousGroup", group(groups, change));
          }
          changes.add(entry);
        }
      }
    }
    diff.goneStacks().forEach(root.putArray("goneStacks")::add);
    groups.values().forEach(root.putArray("ambiguousGroups")::add);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode change(ResourceChange change) {
    ObjectNode node = JSON.createObjectNode();
    node.put("kind", name(change.kind()));
    node.put("type", change.type());
    change.current().ifPresent(now -> location(node, now));
    change.previous().ifPresent(before -> {
      if (change.current().isPresent()) {
        location(node.putObject("previous"), before);
      } else {
        location(node, before);
      }
    });
    if (change.replacement() != Replacement.NONE) {
      node.put("replacement", change.replacement().name().toLowerCase(Locale.ROOT));
    }
    change.causes().forEach(node.putArray("causes")::add);
    return node;
  }

  /**
   * The index of the ambiguous group {@code change} belongs to (its environment and identity).
   * Each side of a group is listed from the candidates of a change on the other side: an added
   * resource's candidates are the ones that left, a removed one's those that appeared.
   */
  private static int group(Map<String, ObjectNode> groups, ResourceChange change) {
    String key = change.stack().environmentName() + " " + MoveMatcher.identity(change.resource());
    ObjectNode group = groups.computeIfAbsent(key, k -> {
      ObjectNode node = JSON.createObjectNode().put("index", groups.size()).put("type", change.type());
      node.putArray("previous");
      node.putArray("current");
      return node;
    });
    ArrayNode side = (ArrayNode) group.get(change.kind() == ChangeKind.ADDED ? "previous" : "current");
    if (side.isEmpty()) {
      change.candidates().forEach(r -> location(side.addObject(), r));
    }
    return group.get("index").asInt();
  }

  private static void location(ObjectNode node, Resource resource) {
    node.put("stack", resource.stack().stackName());
    node.put("logicalId", resource.logicalId());
    resource.constructPath().ifPresent(path -> node.put("constructPath", path));
  }

  /** {@code MODIFIED_IN_PLACE} as {@code modifiedInPlace}. */
  private static String name(ChangeKind kind) {
    String[] words = kind.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return name.toString();
  }
}

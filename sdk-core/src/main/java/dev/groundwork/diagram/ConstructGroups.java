package dev.groundwork.diagram;

import dev.groundwork.assembly.ConstructPaths;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.MonitoringMetadata;
import dev.groundwork.assembly.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Folds an environment's resource nodes into what a reader calls one thing: the resources of one
 * top-level construct ({@code services/Api}) that run in the same place (account and region, VPC,
 * subnet tier) become one node, named after the construct.
 *
 * <p>Before folding, a resource that serves another construct joins it: an alarm joins the
 * construct of the resource whose metric it reads (a composite alarm, of the alarms in its rule; a
 * canary or composite that lists what it watches, of that), a key or secret joins the one
 * construct whose resources refer to it, and a web ACL runs where the load balancer it filters
 * runs. A construct's regional resources (its alarms, buckets, secrets) join its node in a VPC,
 * the one of its most telling kind, rather than being drawn apart. Edges between two nodes are
 * merged per kind, their labels joined.
 */
final class ConstructGroups {
  private final ResourceGraph graph;
  private final Map<String, Resource> byNodeId = new LinkedHashMap<>();
  private final Map<Resource, String> owner = new LinkedHashMap<>();

  private ConstructGroups(ResourceGraph graph) {
    this.graph = graph;
    graph.nodes().forEach((resource, node) -> {
      byNodeId.put(node.id(), resource);
      owner.put(resource, node.construct());
    });
  }

  static ArchitectureGraph fold(ResourceGraph graph) {
    return new ConstructGroups(graph).fold();
  }

  private ArchitectureGraph fold() {
    Map<Resource, String> before = new LinkedHashMap<>(owner);
    joinWatchers();
    joinMonitoringOf(before);
    joinKeysAndSecrets();
    Map<String, DiagramNode> placed = placeWebAcls();
    // Group by owner and place; a construct's regional members join its most telling node in a VPC.
    Map<String, List<DiagramNode>> groups = new LinkedHashMap<>();
    Map<String, String> groupOf = new LinkedHashMap<>();
    Map<String, String> placeOfOwner = new LinkedHashMap<>();
    Map<String, Integer> bestRank = new LinkedHashMap<>();
    for (Map.Entry<Resource, DiagramNode> entry : graph.nodes().entrySet()) {
      DiagramNode node = placed.get(entry.getValue().id());
      String construct = owner.get(entry.getKey());
      if (node.vpc().isPresent() && node.kind().rank() < bestRank.getOrDefault(construct, Integer.MAX_VALUE)) {
        bestRank.put(construct, node.kind().rank());
        placeOfOwner.put(construct, construct + "\u0000" + place(node));
      }
    }
    for (Map.Entry<Resource, DiagramNode> entry : graph.nodes().entrySet()) {
      DiagramNode node = placed.get(entry.getValue().id());
      String construct = owner.get(entry.getKey());
      String key = node.vpc().isPresent() ? construct + "\u0000" + place(node)
          : placeOfOwner.getOrDefault(construct, construct + "\u0000" + place(node));
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(node);
      groupOf.put(node.id(), key);
    }
    List<DiagramNode> nodes = new ArrayList<>();
    Map<String, String> idOfGroup = new LinkedHashMap<>();
    graph.internet().ifPresent(nodes::add);
    graph.internet().ifPresent(i -> groupOf.put(i.id(), i.id()));
    graph.internet().ifPresent(i -> idOfGroup.put(i.id(), i.id()));
    groups.forEach((key, members) -> {
      if (!members.isEmpty()) {
        DiagramNode node = merged(key.substring(0, key.indexOf('\u0000')), members);
        nodes.add(node);
        idOfGroup.put(key, node.id());
      }
    });
    Map<String, Integer> labels = new LinkedHashMap<>();
    nodes.forEach(n -> labels.merge(n.label(), 1, Integer::sum));
    nodes.replaceAll(n -> labels.get(n.label()) > 1 && n.construct().contains("/") ? new DiagramNode(n.id(), n.kind(),
        n.label(), n.construct(), n.stack(), n.logicalId(), n.zone(), n.vpc(), n.target(), n.pipeline(),
        n.construct().substring(0, n.construct().indexOf('/')) + " · " + n.detail(), n.members()) : n);
    nodes.sort(Comparator.comparing((DiagramNode n) -> n.target().map(t -> t.describe()).orElse(""))
        .thenComparing(n -> n.vpc().orElse("\uffff")).thenComparing(n -> GraphReader.zoneRank(n.zone()))
        .thenComparing(n -> n.kind().rank()).thenComparing(DiagramNode::label).thenComparing(DiagramNode::id));
    return new ArchitectureGraph(graph.environment(), nodes, edges(groupOf, idOfGroup));
  }

  private static String place(DiagramNode node) {
    return node.target().map(t -> t.describe()).orElse("") + "\u0000" + node.vpc().orElse("") + "\u0000"
        + node.zone().orElse("");
  }

  /** One node for the members of one construct in one place: the most telling member's kind and id. */
  private static DiagramNode merged(String construct, List<DiagramNode> members) {
    DiagramNode first = members.stream().min(Comparator.comparing((DiagramNode n) -> n.kind().rank())
        .thenComparing(DiagramNode::stack).thenComparing(DiagramNode::logicalId)).orElseThrow();
    Map<NodeKind, Integer> counts = new TreeMap<>(Comparator.comparing(NodeKind::rank));
    members.forEach(m -> counts.merge(m.kind(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((kind, count) -> parts.add(count == 1 ? kind.label() : count + " " + kind.plural()));
    List<DiagramNode.Member> all = new ArrayList<>();
    members.forEach(m -> all.addAll(m.members()));
    all.sort(Comparator.comparing(DiagramNode.Member::stack).thenComparing(DiagramNode.Member::path)
        .thenComparing(DiagramNode.Member::logicalId));
    return new DiagramNode(first.id(), first.kind(), ConstructPaths.name(construct), construct, first.stack(),
        first.logicalId(), first.zone(), first.vpc(), first.target(), Optional.empty(), String.join(", ", parts),
        all);
  }

  /** Alarms, composites and canaries join the construct of what they watch. */
  private void joinWatchers() {
    Map<String, String> watchedBy = new LinkedHashMap<>();
    for (DiagramEdge edge : graph.edges()) {
      if (edge.kind() == EdgeKind.EVENT && edge.label().equals("metric") && byNodeId.containsKey(edge.from())) {
        watchedBy.putIfAbsent(edge.to(), edge.from());
      }
    }
    // Plain alarms first, then composites (their rule names alarms already placed), then canaries.
    for (NodeKind kind : List.of(NodeKind.ALARM, NodeKind.CANARY)) {
      for (int pass = 0; pass < 2; pass++) {
        for (Map.Entry<Resource, DiagramNode> entry : graph.nodes().entrySet()) {
          Resource resource = entry.getKey();
          if (entry.getValue().kind() != kind
              || resource.type().equals("AWS::CloudWatch::CompositeAlarm") != (pass == 1)) {
            continue;
          }
          watched(resource, watchedBy.get(entry.getValue().id())).ifPresent(w -> owner.put(resource, owner.get(w)));
        }
      }
    }
  }

  /**
   * What a monitoring construct keeps for one watched construct ({@code services/Monitoring/Api}:
   * its metric filters, canary buckets, alarms on custom metrics) joins that construct too, when
   * every watcher under it that could be placed joined the same one.
   */
  private void joinMonitoringOf(Map<Resource, String> before) {
    Map<String, Set<String>> joined = new LinkedHashMap<>();
    owner.forEach((resource, construct) -> {
      if (!construct.equals(before.get(resource))) {
        subConstruct(resource).ifPresent(sub -> joined.computeIfAbsent(sub, k -> new TreeSet<>()).add(construct));
      }
    });
    for (Resource resource : graph.nodes().keySet()) {
      if (owner.get(resource).equals(before.get(resource))) {
        subConstruct(resource).map(joined::get).filter(o -> o.size() == 1)
            .ifPresent(o -> owner.put(resource, o.iterator().next()));
      }
    }
  }

  /** The first three segments of a resource's path, {@code <stack>/<construct>/<part>}, if it has more. */
  private static Optional<String> subConstruct(Resource resource) {
    String[] parts = ConstructPaths.relative(resource).split("/");
    return parts.length > 3 ? Optional.of(parts[0] + "/" + parts[1] + "/" + parts[2]) : Optional.empty();
  }

  private Optional<Resource> watched(Resource watcher, String metricSource) {
    if (metricSource != null) {
      return Optional.ofNullable(byNodeId.get(metricSource));
    }
    Set<String> ids = new LinkedHashSet<>();
    watcher.metadata().path(MonitoringMetadata.WATCHES).forEach(id -> ids.add(id.asText()));
    ids.addAll(Intrinsics.references(watcher.property("AlarmRule")));
    for (String id : ids) {
      Optional<Resource> found = watcher.stack().resource(id).filter(graph.nodes()::containsKey);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** A key or secret that the resources of exactly one other construct refer to joins that construct. */
  private void joinKeysAndSecrets() {
    for (Resource resource : graph.nodes().keySet()) {
      NodeKind kind = graph.nodes().get(resource).kind();
      if (kind != NodeKind.KEY && kind != NodeKind.SECRET) {
        continue;
      }
      TreeSet<String> users = new TreeSet<>();
      for (Resource other : graph.nodes().keySet()) {
        if (other != resource && other.stack() == resource.stack()
            && other.references().contains(resource.logicalId())) {
          users.add(owner.get(other));
        }
      }
      if (users.size() == 1) {
        owner.put(resource, users.first());
      }
    }
  }

  /** Web ACLs run where the load balancer they filter runs. */
  private Map<String, DiagramNode> placeWebAcls() {
    Map<String, DiagramNode> placed = new LinkedHashMap<>();
    graph.nodes().values().forEach(n -> placed.put(n.id(), n));
    for (DiagramEdge edge : graph.edges()) {
      DiagramNode acl = placed.get(edge.from());
      DiagramNode target = placed.get(edge.to());
      if (acl != null && target != null && acl.kind() == NodeKind.WEB_ACL && edge.label().equals("filters")
          && acl.vpc().isEmpty()) {
        placed.put(acl.id(), new DiagramNode(acl.id(), acl.kind(), acl.label(), acl.construct(), acl.stack(),
            acl.logicalId(), target.zone(), target.vpc(), acl.target(), acl.pipeline(), acl.detail(), acl.members()));
      }
    }
    return placed;
  }

  /** The edges between nodes, one per pair and kind, labels joined; none from a node to itself. */
  private List<DiagramEdge> edges(Map<String, String> groupOf, Map<String, String> idOfGroup) {
    Map<String, TreeSet<String>> labels = new TreeMap<>();
    for (DiagramEdge edge : graph.edges()) {
      String from = idOfGroup.get(groupOf.get(edge.from()));
      String to = idOfGroup.get(groupOf.get(edge.to()));
      if (from != null && to != null && !from.equals(to)) {
        labels.computeIfAbsent(from + "\u0000" + to + "\u0000" + edge.kind().name(), k -> new TreeSet<>())
            .addAll(List.of(edge.label().split(", ")));
      }
    }
    List<DiagramEdge> edges = new ArrayList<>();
    labels.forEach((key, label) -> {
      String[] parts = key.split("\u0000");
      edges.add(new DiagramEdge(parts[0], parts[1], EdgeKind.valueOf(parts[2]), String.join(", ", label)));
    });
    return edges;
  }
}

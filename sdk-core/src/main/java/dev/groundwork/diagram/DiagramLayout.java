package dev.groundwork.diagram;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out an {@link ArchitectureGraph} with Eclipse ELK's layered algorithm: nodes nested in
 * their containers (account and region, then VPC, then subnet tier; a pipeline's steps in a box of
 * their own), edges routed orthogonally across the hierarchy with few crossings, every box sized
 * to its text ({@link TextWidth}). The result is in absolute coordinates, ready to draw.
 */
final class DiagramLayout {
  static final double NODE_HEIGHT = 46;
  static final double NODE_PAD = 10;
  static final double LABEL_SIZE = 13;
  static final double DETAIL_SIZE = 11;
  static final double HEADER = 30;
  static final double GROUP_LABEL_SIZE = 12;
  private static final double ASPECT_RATIO = 1.6;

  static {
    if (LayoutMetaDataService.getInstance().getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
      LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }
  }

  /** A placed box: a node or a container. */
  record Box(String id, double x, double y, double width, double height) {}

  /** A container and how deep it is nested (1: outermost). */
  record Group(Box box, String kind, String label, int depth) {}

  /** A routed edge: its points from the source's border to the target's. */
  record Route(DiagramEdge edge, List<double[]> points) {}

  /** The laid-out diagram. */
  record Placed(double width, double height, List<Group> groups, Map<String, Box> nodes, List<Route> routes) {}

  private DiagramLayout() {}

  /** Lays out {@code graph}, its flow going {@code direction}. */
  static Placed of(ArchitectureGraph graph, Direction direction) {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, direction);
    root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(CoreOptions.PADDING, new ElkPadding(16));
    // Unconnected parts are packed into rows of about this width to height, not one long row.
    root.setProperty(CoreOptions.ASPECT_RATIO, ASPECT_RATIO);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, 28.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 44.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 14.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 8.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
    root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 28.0);
    Map<String, ElkNode> containers = new LinkedHashMap<>();
    Map<String, String[]> groupInfo = new LinkedHashMap<>();
    Map<String, ElkNode> nodes = new LinkedHashMap<>();
    Set<String> connected = new LinkedHashSet<>();
    graph.edges().forEach(e -> connected.addAll(List.of(e.from(), e.to())));
    // An account whose nodes have no edges at all is itself the box of unconnected nodes.
    Set<String> quiet = new LinkedHashSet<>();
    graph.nodes().forEach(n -> n.target().ifPresent(t -> quiet.add(t.describe())));
    graph.nodes().stream().filter(n -> connected.contains(n.id()) || n.vpc().isPresent() || n.pipeline().isPresent())
        .forEach(n -> n.target().ifPresent(t -> quiet.remove(t.describe())));
    for (DiagramNode node : graph.nodes()) {
      ElkNode parent = root;
      String path = "group";
      boolean alone = node.target().map(t -> quiet.contains(t.describe())).orElse(false);
      for (String[] given : containersOf(node, connected.contains(node.id()) || alone)) {
        String[] level = alone && given[0].equals("account") ? new String[] {"regional", given[1], given[2]} : given;
        path = path + "-" + level[0] + "-" + level[1];
        String id = path.replaceAll("[^A-Za-z0-9_-]", "_");
        ElkNode outer = parent;
        parent = containers.computeIfAbsent(id, i -> container(outer, level[0], level[2]));
        groupInfo.putIfAbsent(id, new String[] {level[0], level[2]});
      }
      ElkNode box = ElkGraphUtil.createNode(parent);
      box.setDimensions(nodeWidth(node), NODE_HEIGHT);
      nodes.put(node.id(), box);
    }
    Map<ElkEdge, DiagramEdge> edges = new LinkedHashMap<>();
    for (DiagramEdge edge : graph.edges()) {
      ElkNode from = nodes.get(edge.from());
      ElkNode to = nodes.get(edge.to());
      if (from != null && to != null && from != to) {
        edges.put(ElkGraphUtil.createSimpleEdge(from, to), edge);
      }
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    List<Group> groups = new ArrayList<>();
    containers.forEach((id, container) -> groups.add(new Group(box(id, container), groupInfo.get(id)[0],
        groupInfo.get(id)[1], depth(container))));
    Map<String, Box> placed = new LinkedHashMap<>();
    nodes.forEach((id, node) -> placed.put(id, box(id, node)));
    List<Route> routes = new ArrayList<>();
    edges.forEach((elk, edge) -> route(elk).ifPresent(points -> routes.add(new Route(edge, points))));
    return new Placed(root.getWidth(), root.getHeight(), ImmutableList.copyOf(groups), placed,
        ImmutableList.copyOf(routes));
  }

  /**
   * The containers a node sits in, outermost first, each {kind, key, label}: its account and
   * region, its VPC, its subnet tier; or its pipeline. A regional node without edges goes into its
   * account's box of such nodes, packed in rows rather than strung along the flow.
   */
  static List<String[]> containersOf(DiagramNode node, boolean connected) {
    List<String[]> levels = new ArrayList<>();
    node.target().ifPresent(t -> levels.add(new String[] {"account", t.account().orElse("any") + "-"
        + t.region().orElse("any"), t.describe()}));
    node.vpc().ifPresent(v -> levels.add(new String[] {"vpc", v, "VPC " + v}));
    node.vpc().flatMap(v -> node.zone()).ifPresent(z -> levels.add(new String[] {"zone", z, z + " subnets"}));
    node.pipeline().ifPresent(p -> levels.add(new String[] {"pipeline", p, "Pipeline " + p}));
    if (!connected && node.vpc().isEmpty() && node.pipeline().isEmpty() && node.kind() != NodeKind.INTERNET) {
      levels.add(new String[] {"regional", "unconnected", "Regional, not connected"});
    }
    return levels;
  }

  private static ElkNode container(ElkNode parent, String kind, String label) {
    ElkNode container = ElkGraphUtil.createNode(parent);
    if (kind.equals("regional")) {
      // No edge enters it, so it is laid out on its own, its nodes packed as separate components.
      container.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
      container.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 18.0);
    }
    container.setProperty(CoreOptions.PADDING, new ElkPadding(HEADER, 14, 14, 14));
    container.setProperty(CoreOptions.ASPECT_RATIO, ASPECT_RATIO);
    container.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
    container.setProperty(CoreOptions.NODE_SIZE_MINIMUM,
        new KVector(Math.ceil(TextWidth.of(label, GROUP_LABEL_SIZE, true)) + 28, HEADER + 20));
    return container;
  }

  /** Wide enough for the wider of its two lines, never narrower than 120. */
  static double nodeWidth(DiagramNode node) {
    double text = Math.max(TextWidth.of(node.label(), LABEL_SIZE, true), TextWidth.of(firstLine(node), DETAIL_SIZE, false));
    return Math.max(120, Math.ceil(text) + 2 * NODE_PAD + 2);
  }

  /** The small first line of a node: what it holds, else its kind. */
  static String firstLine(DiagramNode node) {
    return node.detail().isEmpty() ? node.kind().label() : node.detail();
  }

  private static int depth(ElkNode node) {
    int depth = 0;
    for (ElkNode at = node.getParent(); at != null; at = at.getParent()) {
      depth++;
    }
    return depth;
  }

  private static KVector origin(ElkNode node) {
    KVector at = new KVector();
    for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
      at.add(n.getX(), n.getY());
    }
    return at;
  }

  private static Box box(String id, ElkNode node) {
    KVector at = origin(node);
    return new Box(id, at.x, at.y, node.getWidth(), node.getHeight());
  }

  /** The route's points in absolute coordinates: section coordinates are relative to the edge's containing node. */
  private static Optional<List<double[]>> route(ElkEdge edge) {
    if (edge.getSections().isEmpty()) {
      return Optional.empty();
    }
    ElkNode container = edge.getContainingNode();
    KVector offset = container == null ? new KVector() : origin(container);
    List<double[]> points = new ArrayList<>();
    for (ElkEdgeSection section : edge.getSections()) {
      points.add(new double[] {section.getStartX() + offset.x, section.getStartY() + offset.y});
      for (ElkBendPoint bend : section.getBendPoints()) {
        points.add(new double[] {bend.getX() + offset.x, bend.getY() + offset.y});
      }
      points.add(new double[] {section.getEndX() + offset.x, section.getEndY() + offset.y});
    }
    return Optional.of(points);
  }
}

package dev.groundwork.diagram;

import com.google.common.html.HtmlEscapers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Draws an {@link ArchitectureGraph} as SVG with a fixed grid layout: the internet on top, each
 * VPC as a box holding one box per subnet tier (public, private, isolated), regional services
 * below, one row per kind, then each pipeline in a box of its own with its stages and approvals
 * in run order, left to right; edges under the nodes, coloured by kind. The same graph always gives
 * the same bytes, one element per line, so a diff of two diagrams shows what changed.
 */
public final class ArchitectureSvg {
  /** The file name of an environment's diagram, written beside the reports. */
  public static String fileName(String environment) {
    return "groundwork-diagram-" + environment + ".svg";
  }

  private static final int NODE_W = 220;
  private static final int NODE_H = 48;
  private static final int GAP = 18;
  private static final int PER_ROW = 5;
  private static final int PAD = 16;
  private static final int HEADER = 26;
  private static final int INNER_W = PER_ROW * NODE_W + (PER_ROW - 1) * GAP;
  private static final int WIDTH = INNER_W + 6 * PAD;
  private static final Map<EdgeKind, String> COLOURS = Map.of(
      EdgeKind.TRAFFIC, "#1f6fb2", EdgeKind.DATA, "#2e8b57", EdgeKind.EVENT, "#c0392b", EdgeKind.DELIVERY, "#7d3c98");
  private static final Map<EdgeKind, String> DASHES = Map.of(
      EdgeKind.TRAFFIC, "", EdgeKind.DATA, " stroke-dasharray=\"6 4\"", EdgeKind.EVENT, " stroke-dasharray=\"2 3\"",
      EdgeKind.DELIVERY, " stroke-dasharray=\"10 3\"");

  private ArchitectureSvg() {}

  /** The SVG document. */
  public static String render(ArchitectureGraph graph) {
    List<String> boxes = new ArrayList<>();
    Map<String, int[]> at = new HashMap<>();
    int y = PAD;
    List<DiagramNode> internet = graph.nodes().stream().filter(n -> n.kind() == NodeKind.INTERNET).toList();
    if (!internet.isEmpty()) {
      y = rows(List.of(internet), 3 * PAD, y, at) + GAP;
    }
    Map<String, Map<String, List<DiagramNode>>> vpcs = new LinkedHashMap<>();
    List<DiagramNode> regional = new ArrayList<>();
    Map<String, List<DiagramNode>> pipelines = new LinkedHashMap<>();
    graph.nodes().stream().filter(n -> n.pipeline().isPresent()).forEach(step -> pipelines
        .computeIfAbsent(step.pipeline().get(), p -> new ArrayList<>(List.of(graph.node(p).orElseThrow()))).add(step));
    for (DiagramNode node : graph.nodes()) {
      if (node.kind() == NodeKind.INTERNET || node.pipeline().isPresent() || pipelines.containsKey(node.id())) {
        continue;
      }
      if (node.vpc().isPresent()) {
        vpcs.computeIfAbsent(node.vpc().get(), v -> new LinkedHashMap<>())
            .computeIfAbsent(node.zone().map(z -> z + " subnets").orElse("in the VPC, no subnet"),
                z -> new ArrayList<>()).add(node);
      } else {
        regional.add(node);
      }
    }
    for (Map.Entry<String, Map<String, List<DiagramNode>>> vpc : vpcs.entrySet()) {
      int top = y;
      y += HEADER;
      for (Map.Entry<String, List<DiagramNode>> zone : vpc.getValue().entrySet()) {
        int zoneTop = y;
        int bottom = rows(List.of(zone.getValue()), 3 * PAD, y + HEADER, at);
        boxes.add(box("zone", 2 * PAD, zoneTop, WIDTH - 4 * PAD, bottom - zoneTop + PAD,
            zone.getKey()));
        y = bottom + PAD + GAP / 2;
      }
      boxes.add(0, box("vpc", PAD, top, WIDTH - 2 * PAD, y - top, "VPC " + vpc.getKey()));
      y += GAP;
    }
    if (!regional.isEmpty()) {
      int top = y;
      List<List<DiagramNode>> byKind = new ArrayList<>();
      Optional<NodeKind> current = Optional.empty();
      for (DiagramNode node : regional) {
        if (current.isEmpty() || current.get() != node.kind()) {
          byKind.add(new ArrayList<>());
          current = Optional.of(node.kind());
        }
        byKind.get(byKind.size() - 1).add(node);
      }
      int bottom = rows(byKind, 3 * PAD, y + HEADER, at);
      boxes.add(box("regional", PAD, top, WIDTH - 2 * PAD, bottom - top + PAD, "Regional services"));
      y = bottom + PAD + GAP;
    }
    for (List<DiagramNode> pipeline : pipelines.values()) {
      int bottom = rows(List.of(pipeline), 3 * PAD, y + HEADER, at);
      boxes.add(box("pipeline", PAD, y, WIDTH - 2 * PAD, bottom - y + PAD, "Pipeline " + pipeline.get(0).label()));
      y = bottom + PAD + GAP;
    }
    int height = y + 3 * PAD;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"groundwork-diagram\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
    svg.append("<title>").append(escape("Architecture of environment " + graph.environment())).append("</title>\n");
    svg.append("<defs>\n");
    for (EdgeKind kind : EdgeKind.values()) {
      svg.append("<marker id=\"arrow-").append(kind.name().toLowerCase()).append("\" viewBox=\"0 0 10 10\" refX=\"10\"")
          .append(" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\"")
          .append(" fill=\"").append(COLOURS.get(kind)).append("\"/></marker>\n");
    }
    svg.append("</defs>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    boxes.forEach(svg::append);
    for (DiagramEdge edge : graph.edges()) {
      int[] from = at.get(edge.from());
      int[] to = at.get(edge.to());
      if (from == null || to == null) {
        continue;
      }
      int[] line = endpoints(from, to);
      String kind = edge.kind().name().toLowerCase();
      svg.append("<g class=\"edge edge-").append(kind).append("\" data-from=\"").append(edge.from())
          .append("\" data-to=\"").append(edge.to()).append("\"><title>").append(escape(edge.label()))
          .append("</title><line x1=\"").append(line[0]).append("\" y1=\"").append(line[1]).append("\" x2=\"")
          .append(line[2]).append("\" y2=\"").append(line[3]).append("\" stroke=\"").append(COLOURS.get(edge.kind()))
          .append("\" stroke-width=\"1.5\"").append(DASHES.get(edge.kind())).append(" marker-end=\"url(#arrow-")
          .append(kind).append(")\"/></g>\n");
    }
    for (DiagramNode node : graph.nodes()) {
      int[] p = at.get(node.id());
      svg.append("<g id=\"").append(node.id()).append("\" class=\"node kind-").append(node.kind().name().toLowerCase())
          .append("\"><title>").append(escape(node.label() + " (" + node.kind().label()
              + (node.detail().isEmpty() ? "" : ": " + node.detail()) + ")")).append("</title>")
          .append("<rect x=\"").append(p[0]).append("\" y=\"").append(p[1]).append("\" width=\"").append(NODE_W)
          .append("\" height=\"").append(NODE_H).append("\" rx=\"6\" fill=\"#f7f9fc\" stroke=\"#34495e\"/>")
          .append("<text x=\"").append(p[0] + 8).append("\" y=\"").append(p[1] + 18).append("\" font-size=\"10\"")
          .append(" fill=\"#5d6d7e\">").append(escape(node.detail().isEmpty() ? node.kind().label() : clip(node.detail())))
          .append("</text>")
          .append("<text x=\"").append(p[0] + 8).append("\" y=\"").append(p[1] + 36).append("\">")
          .append(escape(shorten(node.label()))).append("</text></g>\n");
    }
    legend(svg, y + PAD);
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** Lays out rows of at most {@link #PER_ROW} nodes from {@code y}; returns the bottom. */
  private static int rows(List<List<DiagramNode>> groups, int x, int y, Map<String, int[]> at) {
    int bottom = y;
    for (List<DiagramNode> group : groups) {
      for (int i = 0; i < group.size(); i++) {
        int col = i % PER_ROW;
        int row = i / PER_ROW;
        int top = bottom + row * (NODE_H + GAP);
        at.put(group.get(i).id(), new int[] {x + col * (NODE_W + GAP), top});
      }
      bottom += ((group.size() + PER_ROW - 1) / PER_ROW) * (NODE_H + GAP);
    }
    return bottom - GAP;
  }

  /** From the edge of one box to the edge of the other: bottom to top, or side to side in a row. */
  private static int[] endpoints(int[] from, int[] to) {
    if (from[1] == to[1]) {
      boolean right = to[0] > from[0];
      return new int[] {from[0] + (right ? NODE_W : 0), from[1] + NODE_H / 2, to[0] + (right ? 0 : NODE_W),
          to[1] + NODE_H / 2};
    }
    boolean down = to[1] > from[1];
    return new int[] {from[0] + NODE_W / 2, from[1] + (down ? NODE_H : 0), to[0] + NODE_W / 2, to[1] + (down ? 0 : NODE_H)};
  }

  private static String box(String kind, int x, int y, int w, int h, String label) {
    String fill = switch (kind) {
      case "vpc" -> "#eef5ee";
      case "zone" -> "#ffffff";
      case "pipeline" -> "#fbf3e9";
      default -> "#f4f1fa";
    };
    return "<g class=\"group group-" + kind + "\"><rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + w
        + "\" height=\"" + h + "\" rx=\"8\" fill=\"" + fill + "\" stroke=\"#7f8c8d\"/><text x=\"" + (x + 10)
        + "\" y=\"" + (y + 18) + "\" font-weight=\"bold\">" + escape(label) + "</text></g>\n";
  }

  private static void legend(StringBuilder svg, int y) {
    int x = PAD;
    for (EdgeKind kind : EdgeKind.values()) {
      String text = switch (kind) {
        case TRAFFIC -> "traffic (security-group ingress)";
        case DATA -> "data access (IAM grant)";
        case EVENT -> "events (alarms, subscriptions, dead letters)";
        case DELIVERY -> "delivery order (pipeline stages)";
      };
      svg.append("<g class=\"legend\"><line x1=\"").append(x).append("\" y1=\"").append(y).append("\" x2=\"")
          .append(x + 30).append("\" y2=\"").append(y).append("\" stroke=\"").append(COLOURS.get(kind))
          .append("\" stroke-width=\"1.5\"").append(DASHES.get(kind)).append("/><text x=\"").append(x + 36)
          .append("\" y=\"").append(y + 4).append("\">").append(text).append("</text></g>\n");
      x += 36 + 7 * text.length();
    }
  }

  /** A detail line keeps its start, which says the most: {@code stage 5 · deploys ...}. */
  private static String clip(String detail) {
    return detail.length() <= 38 ? detail : detail.substring(0, 37) + "…";
  }

  private static String shorten(String label) {
    return label.length() <= 32 ? label : "…" + label.substring(label.length() - 31);
  }

  private static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }
}

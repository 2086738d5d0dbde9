package dev.groundwork.diagram;

import com.google.common.html.HtmlEscapers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.elk.core.options.Direction;

/**
 * Draws an {@link ArchitectureGraph} as SVG, laid out by {@link DiagramLayout} (Eclipse ELK):
 * nested boxes for account and region, VPC and subnet tier (or a pipeline), one box per node with
 * its kind or contents above its name, and orthogonally routed edges coloured by kind, drawn
 * under the nodes. Hovering a node lists the resources it stands for; hovering an edge says what
 * flows. An environment flows top to bottom (internet, public, private, isolated), the delivery
 * flow left to right. The same graph always gives the same bytes, one element per line.
 */
public final class ArchitectureSvg {
  private static final double LEGEND_ROW = 22;
  private static final int MEMBERS_SHOWN = 40;

  private ArchitectureSvg() {}

  /** The file name of an environment's diagram, written beside the reports. */
  public static String fileName(String environment) {
    return "groundwork-diagram-" + environment + ".svg";
  }

  /**
   * Lays out and draws a small graph once, so the layout library's classes are loaded and
   * compiled before the first real diagram; synthesis calls it on its worker thread while Node.js
   * constructs the app.
   */
  public static void warmUp() {
    DiagramNode a = new DiagramNode("node-a", NodeKind.SERVICE, "Api", "services/Api", "", "", Optional.of("private"),
        Optional.of("network/Vpc"), Optional.empty(), Optional.empty(), "", List.of());
    DiagramNode b = new DiagramNode("node-b", NodeKind.QUEUE, "Orders", "services/Orders", "", "", Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), "", List.of());
    render(new ArchitectureGraph("warm-up", List.of(a, b), List.of(new DiagramEdge("node-a", "node-b", EdgeKind.DATA,
        "sqs"))));
  }

  /** The SVG document. */
  public static String render(ArchitectureGraph graph) {
    boolean flow = graph.environment().equals(DeliveryFlow.NAME);
    DiagramLayout.Placed placed = DiagramLayout.of(graph, flow ? Direction.RIGHT : Direction.DOWN);
    double legendTop = placed.height() + 8;
    double width = Math.max(placed.width(), legendWidth() + 32);
    List<EdgeKind> kinds = graph.edges().stream().map(DiagramEdge::kind).distinct().sorted().toList();
    double height = legendTop + kinds.size() * LEGEND_ROW + 12;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"groundwork-diagram\" data-layout=\"elk-layered\"")
        .append(" width=\"").append(n(width)).append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ")
        .append(n(width)).append(' ').append(n(height)).append("\" font-family=\"").append(TextWidth.FONT_FAMILY)
        .append("\" font-size=\"12\">\n");
    svg.append("<title>").append(escape(flow ? "Delivery flow" : "Architecture of environment " + graph.environment()))
        .append("</title>\n<defs>\n");
    for (EdgeKind kind : EdgeKind.values()) {
      svg.append("<marker id=\"arrow-").append(name(kind)).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
          .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\"")
          .append(" fill=\"").append(colour(kind)).append("\"/></marker>\n");
    }
    svg.append("</defs>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    for (DiagramLayout.Group group : placed.groups()) {
      DiagramLayout.Box b = group.box();
      svg.append("<g class=\"group group-").append(group.kind()).append("\" id=\"").append(b.id()).append("\">")
          .append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"")
          .append(n(b.width())).append("\" height=\"").append(n(b.height())).append("\" rx=\"8\" fill=\"")
          .append(fill(group.kind())).append("\" stroke=\"#95a5a6\"/><text class=\"group-label\" x=\"")
          .append(n(b.x() + 12)).append("\" y=\"").append(n(b.y() + 20)).append("\" font-size=\"")
          .append(n(DiagramLayout.GROUP_LABEL_SIZE)).append("\" font-weight=\"bold\" fill=\"#2c3e50\">")
          .append(escape(group.label())).append("</text></g>\n");
    }
    for (DiagramLayout.Route route : placed.routes()) {
      DiagramEdge edge = route.edge();
      StringBuilder d = new StringBuilder();
      for (double[] point : route.points()) {
        d.append(d.length() == 0 ? "M" : " L").append(n(point[0])).append(',').append(n(point[1]));
      }
      svg.append("<g class=\"edge edge-").append(name(edge.kind())).append("\" data-from=\"").append(edge.from())
          .append("\" data-to=\"").append(edge.to()).append("\"><title>").append(escape(edge.kind().label() + ": "
              + edge.label())).append("</title><path d=\"").append(d).append("\" fill=\"none\" stroke=\"")
          .append(colour(edge.kind())).append("\" stroke-width=\"1.6\"").append(dash(edge.kind()))
          .append(" marker-end=\"url(#arrow-").append(name(edge.kind())).append(")\"/></g>\n");
    }
    for (DiagramNode node : graph.nodes()) {
      DiagramLayout.Box b = placed.nodes().get(node.id());
      svg.append("<g id=\"").append(node.id()).append("\" class=\"node kind-").append(name(node.kind()))
          .append("\"><title>").append(escape(hover(node)).replace("\n", "&#10;")).append("</title>")
          .append("<rect class=\"node-box\" x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y()))
          .append("\" width=\"").append(n(b.width())).append("\" height=\"").append(n(b.height()))
          .append("\" rx=\"6\" fill=\"").append(nodeFill(node.kind())).append("\" stroke=\"#34495e\"/>")
          .append("<text class=\"node-detail\" x=\"").append(n(b.x() + DiagramLayout.NODE_PAD)).append("\" y=\"")
          .append(n(b.y() + 17)).append("\" font-size=\"").append(n(DiagramLayout.DETAIL_SIZE))
          .append("\" fill=\"#566573\">").append(escape(DiagramLayout.firstLine(node))).append("</text>")
          .append("<text class=\"node-label\" x=\"").append(n(b.x() + DiagramLayout.NODE_PAD)).append("\" y=\"")
          .append(n(b.y() + 36)).append("\" font-size=\"").append(n(DiagramLayout.LABEL_SIZE))
          .append("\" font-weight=\"bold\" fill=\"#17202a\">").append(escape(node.label())).append("</text></g>\n");
    }
    legend(svg, legendTop, kinds);
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** What hovering a node shows: its name, construct and stack, then each resource it stands for. */
  private static String hover(DiagramNode node) {
    StringBuilder text = new StringBuilder(node.label());
    if (!node.construct().isEmpty()) {
      text.append(" — ").append(node.construct()).append(" in ").append(node.stack());
    }
    text.append("\n").append(DiagramLayout.firstLine(node));
    List<DiagramNode.Member> members = node.members();
    members.stream().limit(MEMBERS_SHOWN).forEach(m -> text.append("\n").append(m.type()).append("  ").append(m.path()));
    if (members.size() > MEMBERS_SHOWN) {
      text.append("\n… and ").append(members.size() - MEMBERS_SHOWN).append(" more");
    }
    return text.toString();
  }

  private static double legendWidth() {
    double widest = 0;
    for (EdgeKind kind : EdgeKind.values()) {
      widest = Math.max(widest, TextWidth.of(legendText(kind), 12, false));
    }
    return 40 + widest;
  }

  private static void legend(StringBuilder svg, double top, List<EdgeKind> kinds) {
    double y = top + 12;
    for (EdgeKind kind : kinds) {
      svg.append("<g class=\"legend\"><line x1=\"16\" y1=\"").append(n(y)).append("\" x2=\"46\" y2=\"").append(n(y))
          .append("\" stroke=\"").append(colour(kind)).append("\" stroke-width=\"1.6\"").append(dash(kind))
          .append("/><text x=\"54\" y=\"").append(n(y + 4)).append("\">").append(escape(legendText(kind)))
          .append("</text></g>\n");
      y += LEGEND_ROW;
    }
  }

  private static String legendText(EdgeKind kind) {
    return switch (kind) {
      case TRAFFIC -> "traffic (security-group ingress)";
      case DATA -> "data access (IAM grant)";
      case EVENT -> "events (alarms, subscriptions, dead letters)";
      case DELIVERY -> "delivery (pipeline order, deployments)";
    };
  }

  private static String colour(EdgeKind kind) {
    return switch (kind) {
      case TRAFFIC -> "#1f6fb2";
      case DATA -> "#2e8b57";
      case EVENT -> "#c0392b";
      case DELIVERY -> "#7d3c98";
    };
  }

  private static String dash(EdgeKind kind) {
    return switch (kind) {
      case TRAFFIC -> "";
      case DATA -> " stroke-dasharray=\"6 4\"";
      case EVENT -> " stroke-dasharray=\"2 3\"";
      case DELIVERY -> " stroke-dasharray=\"10 3\"";
    };
  }

  private static String fill(String groupKind) {
    return switch (groupKind) {
      case "account" -> "#f8f9f9";
      case "vpc" -> "#eef5ee";
      case "zone" -> "#ffffff";
      default -> "#fbf3e9";
    };
  }

  private static String nodeFill(NodeKind kind) {
    return switch (kind) {
      case SERVICE, FUNCTION, KUBERNETES -> "#eaf2fb";
      case DATABASE, TABLE, BUCKET -> "#fdf2e9";
      case LOAD_BALANCER, NAT_GATEWAY, ENDPOINT, WEB_ACL, INTERNET -> "#eef6f0";
      case DEPLOYMENT_TARGET -> "#f4ecf7";
      default -> "#f7f9fc";
    };
  }

  private static String name(Enum<?> kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A coordinate with at most one decimal, the same text on every JVM. */
  static String n(double value) {
    long tenths = Math.round(value * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths < 0 && tenths > -10 ? "-" : "")
        + (tenths / 10) + "." + Math.abs(tenths % 10);
  }

  private static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }
}

package dev.groundwork.diagram;

/**
 * A graph with its SVG, laid out once: the file and the HTML report show the same drawing, and
 * synthesis can draw an environment while Node.js synthesizes the next.
 *
 * @param graph what is drawn
 * @param svg the drawing, as {@link ArchitectureSvg#render} gives it
 */
public record ArchitectureDrawing(ArchitectureGraph graph, String svg) {

  /** Lays {@code graph} out and draws it. */
  public static ArchitectureDrawing of(ArchitectureGraph graph) {
    return new ArchitectureDrawing(graph, ArchitectureSvg.render(graph));
  }

  /** The file the drawing is written to: one per environment, or the delivery flow's. */
  public String fileName() {
    return graph.environment().equals(DeliveryFlow.NAME) ? DeliveryFlow.FILE
        : ArchitectureSvg.fileName(graph.environment());
  }
}

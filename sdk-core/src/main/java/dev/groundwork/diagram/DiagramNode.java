package dev.groundwork.diagram;

import java.util.Optional;

/**
 * One drawn resource.
 *
 * @param id the node's id in the SVG and the HTML report: {@code node-<stack>-<logicalId>}
 * @param kind what it is
 * @param label its construct path without the environment and a trailing {@code /Resource}
 * @param stack the stack name ({@code ""} for the internet)
 * @param logicalId the logical id ({@code ""} for the internet)
 * @param zone the subnet tier it runs in ({@code public}, {@code private}, {@code isolated}, a
 *     subnet group's own name) of {@code vpc}, or empty for a regional service
 * @param vpc the label of the VPC it runs in, or empty
 * @param pipeline for a {@link NodeKind#PIPELINE_STAGE} or {@link NodeKind#APPROVAL}, the id of its
 *     pipeline's node ({@code stack} and {@code logicalId} are the pipeline's); empty otherwise
 * @param detail what the node holds in a few words, e.g. {@code stage 5 · deploys 3 stacks, 1 build};
 *     {@code ""} when the kind says it all
 */
public record DiagramNode(String id, NodeKind kind, String label, String stack, String logicalId,
    Optional<String> zone, Optional<String> vpc, Optional<String> pipeline, String detail) {

  /** A node drawn for one resource. */
  public DiagramNode(String id, NodeKind kind, String label, String stack, String logicalId, Optional<String> zone,
      Optional<String> vpc) {
    this(id, kind, label, stack, logicalId, zone, vpc, Optional.empty(), "");
  }

  /** The node id of a resource, as the HTML report links to it. */
  public static String idOf(String stack, String logicalId) {
    return ("node-" + stack + "-" + logicalId).replaceAll("[^A-Za-z0-9_-]", "_");
  }
}

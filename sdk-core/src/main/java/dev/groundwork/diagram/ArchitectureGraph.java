package dev.groundwork.diagram;

import com.google.common.collect.ImmutableList;
import dev.groundwork.assembly.SynthesizedApp;
import java.util.List;
import java.util.Optional;

/**
 * The architecture of one environment: what a reader calls one thing (a construct's resources in
 * one place, see {@link DiagramNode}), placed in its account and region, VPC and subnet tier, and
 * the edges between them: security-group ingress, IAM grants on a resource, events. {@link
 * DeliveryFlow} builds the same shape for the delivery pipelines.
 *
 * @param environment the environment name ({@value DeliveryFlow#NAME} for the delivery flow)
 * @param nodes the nodes, sorted by account and region, VPC, tier, kind and label; a pipeline's
 *     steps in run order
 * @param edges the edges, sorted and without duplicates
 */
public record ArchitectureGraph(String environment, List<DiagramNode> nodes, List<DiagramEdge> edges) {

  public ArchitectureGraph {
    nodes = ImmutableList.copyOf(nodes);
    edges = ImmutableList.copyOf(edges);
  }

  /** Reads the graph of {@code environment} from the app's parsed stacks. */
  public static ArchitectureGraph of(SynthesizedApp app, String environment) {
    return ConstructGroups.fold(new GraphReader(environment, app.stacks().stream()
        .filter(s -> s.environmentName().equals(environment)).toList()).read());
  }

  /** The node with this id. */
  public Optional<DiagramNode> node(String id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
  }

  /** The node that stands for the resource {@code logicalId} of {@code stack}, if it is drawn. */
  public Optional<DiagramNode> nodeOf(String stack, String logicalId) {
    return nodes.stream().filter(n -> n.standsFor(stack, logicalId)).findFirst();
  }
}

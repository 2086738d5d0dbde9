package dev.groundwork.diagram;

import com.google.common.collect.ImmutableList;
import dev.groundwork.assembly.SynthesizedApp;
import java.util.List;
import java.util.Optional;

/**
 * The architecture of one environment: its drawn resources (load balancers, services, queues,
 * databases, buckets, keys, secrets, alarms, ...) placed in their VPC and subnet tier, and the
 * edges between them: security-group ingress, IAM grants on a resource, events, and the order
 * of a pipeline's stages.
 *
 * @param environment the environment name
 * @param nodes the nodes, sorted by VPC, zone, kind and label; a pipeline's stages and approvals
 *     follow it in run order
 * @param edges the edges, sorted and without duplicates
 */
public record ArchitectureGraph(String environment, List<DiagramNode> nodes, List<DiagramEdge> edges) {

  public ArchitectureGraph {
    nodes = ImmutableList.copyOf(nodes);
    edges = ImmutableList.copyOf(edges);
  }

  /** Reads the graph of {@code environment} from the app's parsed stacks. */
  public static ArchitectureGraph of(SynthesizedApp app, String environment) {
    return new GraphReader(environment, app.stacks().stream()
        .filter(s -> s.environmentName().equals(environment)).toList()).read();
  }

  /** The node with this id. */
  public Optional<DiagramNode> node(String id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
  }
}

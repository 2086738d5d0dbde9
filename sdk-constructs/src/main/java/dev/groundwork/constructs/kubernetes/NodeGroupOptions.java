package dev.groundwork.constructs.kubernetes;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A managed node group of a {@link KubernetesCluster}. Everything has a default; sizes and
 * capacity type vary by tier. Nodes always run in the cluster's private subnets with IMDSv2
 * required (hop limit 1, so pods cannot reach the node's role) and encrypted volumes.
 */
@Value.Immutable
@GroundworkStyle
public interface NodeGroupOptions {

  /** The image the nodes run. Default: {@link NodeAmiType#AL2023_X86_64}. */
  @Value.Default
  default NodeAmiType amiType() {
    return NodeAmiType.AL2023_X86_64;
  }

  /**
   * Instance types, e.g. {@code m6i.large}; they must fit {@link #amiType()}'s architecture.
   * Default by tier: {@code m6i.large, m5.large, m6a.large} in DEV (several, so Spot finds
   * capacity), {@code m6i.large} in STAGING and PROD; for an ARM image {@code m7g.large, m6g.large}
   * in DEV and {@code m7g.large} otherwise.
   */
  List<String> instanceTypes();

  /** The fewest nodes. Default by tier: 1 in DEV, 2 in STAGING, 3 in PROD. */
  Optional<Integer> minSize();

  /** The most nodes. Default by tier: 3 in DEV, 4 in STAGING, 10 in PROD. */
  Optional<Integer> maxSize();

  /** Whether nodes run on Spot capacity (cheaper, reclaimed at two minutes' notice). Default by tier: DEV only. */
  Optional<Boolean> spot();

  /** Size of each node's encrypted gp3 data volume, in GiB (20 to 16384). Default: 50. */
  @Value.Default
  default int diskSizeGiB() {
    return 50;
  }

  /** Kubernetes labels on every node of the group. Default: none. */
  Map<String, String> labels();

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("NodeGroupOptions");
    problems.addAll(NodeGroupValidation.problems(problems.where(), "", this, minSize(), maxSize()));
    problems.throwIfAny();
  }

  /** Options with every default. */
  static NodeGroupOptions defaults() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NodeGroupOptions}. */
  final class Builder extends ImmutableNodeGroupOptions.Builder {}
}

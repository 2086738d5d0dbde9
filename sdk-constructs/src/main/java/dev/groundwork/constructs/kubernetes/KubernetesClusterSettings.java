package dev.groundwork.constructs.kubernetes;

import dev.groundwork.constructs.network.Cidr;
import java.util.List;
import java.util.Optional;

/**
 * Every setting of a {@link KubernetesCluster}, resolved from its props and tier.
 *
 * @param clusterName the cluster's name; none: the stack's name and the construct's id
 * @param publicAccessCidrs networks the public endpoint answers; empty: the endpoint is private only
 * @param controlPlaneLogRetentionDays retention of the control-plane logs, in days
 * @param nodeGroup the first managed node group
 */
record KubernetesClusterSettings(Optional<String> clusterName, List<Cidr> publicAccessCidrs,
    int controlPlaneLogRetentionDays, NodeGroupSettings nodeGroup) {
  KubernetesClusterSettings {
    publicAccessCidrs = List.copyOf(publicAccessCidrs);
  }
}

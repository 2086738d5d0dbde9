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
 * @param compute where pods get their nodes: EKS Auto Mode or managed node groups
 * @param nodeGroup the managed node group created with the cluster; none: Auto Mode's nodes only
 * @param adminRequired whether at least one admin role, and a network they reach the endpoint from, are required
 * @param adminNetworks networks admitted to the API endpoint on port 443
 * @param adminPrefixListIds managed prefix lists admitted to the API endpoint on port 443
 * @param adminHost whether an admin host reached through Session Manager is created
 * @param adminHostInstanceType the admin host's EC2 instance type
 */
record KubernetesClusterSettings(Optional<String> clusterName, List<Cidr> publicAccessCidrs,
    int controlPlaneLogRetentionDays, ComputeMode compute, Optional<NodeGroupSettings> nodeGroup,
    boolean adminRequired, List<Cidr> adminNetworks, List<String> adminPrefixListIds, boolean adminHost,
    String adminHostInstanceType) {
  KubernetesClusterSettings {
    publicAccessCidrs = List.copyOf(publicAccessCidrs);
    adminNetworks = List.copyOf(adminNetworks);
    adminPrefixListIds = List.copyOf(adminPrefixListIds);
  }
}

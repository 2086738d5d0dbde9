package dev.groundwork.constructs.kubernetes;

/** Where a {@link KubernetesCluster}'s pods get their nodes. */
public enum ComputeMode {
  /**
   * EKS Auto Mode: EKS launches, scales, patches and retires the nodes itself, sized to the pods
   * that are pending (its built-in {@code system} and {@code general-purpose} node pools), and runs
   * the networking, storage and DNS components that add-ons provide elsewhere.
   */
  AUTO_MODE,
  /**
   * Managed node groups only: the first one comes from {@code nodeGroup}, more from
   * {@code addNodeGroup}; a group's size stays between its minimum and maximum, and nothing adds
   * nodes for pending pods unless you install an autoscaler.
   */
  NODE_GROUPS
}

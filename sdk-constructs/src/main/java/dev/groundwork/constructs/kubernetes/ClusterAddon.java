package dev.groundwork.constructs.kubernetes;

import java.util.Optional;

/**
 * The EKS add-ons a {@link KubernetesCluster} installs, as managed add-ons with pinned versions
 * (see {@link AddonVersions}). Every cluster gets {@link #CLOUDWATCH_OBSERVABILITY}; the others run
 * on nodes EKS Auto Mode does not manage, so they are installed once the cluster has a managed node
 * group or a Fargate profile ({@link #runsOnAutoMode()} is false for them).
 */
public enum ClusterAddon {
  /** Pod networking with VPC addresses ({@code aws-node}). */
  VPC_CNI("vpc-cni", Optional.empty()),
  /** Cluster DNS. */
  COREDNS("coredns", Optional.empty()),
  /** Service routing on every node. */
  KUBE_PROXY("kube-proxy", Optional.empty()),
  /** The agent that hands EKS Pod Identity credentials to pods. */
  POD_IDENTITY_AGENT("eks-pod-identity-agent", Optional.empty()),
  /** EBS volumes for persistent volume claims; its controller gets its role through Pod Identity. */
  EBS_CSI_DRIVER("aws-ebs-csi-driver", Optional.of(new ServiceAccountName("kube-system", "ebs-csi-controller-sa"))),
  /** Container Insights (metrics and logs) through the CloudWatch agent and Fluent Bit. */
  CLOUDWATCH_OBSERVABILITY("amazon-cloudwatch-observability",
      Optional.of(new ServiceAccountName("amazon-cloudwatch", "cloudwatch-agent")));

  private final String addonName;
  private final Optional<ServiceAccountName> serviceAccount;

  ClusterAddon(String addonName, Optional<ServiceAccountName> serviceAccount) {
    this.addonName = addonName;
    this.serviceAccount = serviceAccount;
  }

  /** The add-on's name in EKS, e.g. {@code vpc-cni}. */
  public String addonName() {
    return addonName;
  }

  /**
   * Whether Auto Mode's nodes need it: EKS Auto Mode runs pod networking, service routing, DNS,
   * Pod Identity and EBS volumes itself, so only Container Insights is installed there.
   */
  public boolean runsOnAutoMode() {
    return this == CLOUDWATCH_OBSERVABILITY;
  }

  /** The service account that needs AWS permissions through Pod Identity, if any. */
  public Optional<ServiceAccountName> serviceAccount() {
    return serviceAccount;
  }
}

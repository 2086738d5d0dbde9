package dev.groundwork.constructs.kubernetes;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import software.amazon.awscdk.services.eks_v2.CfnAddon;
import software.amazon.awscdk.services.eks_v2.ICluster;
import software.amazon.awscdk.services.iam.IManagedPolicy;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.constructs.Construct;

/**
 * The cluster's {@link ClusterAddon}s as managed EKS add-ons at the versions {@link AddonVersions}
 * pins for its Kubernetes version: those Auto Mode needs at once, the rest when the first managed
 * node group or Fargate profile is added. The EBS CSI controller and the CloudWatch agent get their
 * AWS permissions through Pod Identity; the VPC CNI enforces Kubernetes network policies.
 */
final class ClusterAddons extends Construct {
  private static final Map<ClusterAddon, String> POLICIES = ImmutableMap.of(
      ClusterAddon.EBS_CSI_DRIVER, "service-role/AmazonEBSCSIDriverPolicy",
      ClusterAddon.CLOUDWATCH_OBSERVABILITY, "CloudWatchAgentServerPolicy");
  /** The VPC CNI's network policy agent: without it a NetworkPolicy is stored but not enforced. */
  static final String VPC_CNI_CONFIGURATION = "{\"enableNetworkPolicy\":\"true\"}";

  private final ICluster cluster;
  private final KubernetesVersion version;
  private boolean nodeAddons;

  ClusterAddons(Construct scope, String id, ICluster cluster, KubernetesVersion version, boolean nodeAddons) {
    super(scope, id);
    this.cluster = cluster;
    this.version = version;
    for (ClusterAddon addon : ClusterAddon.values()) {
      if (addon.runsOnAutoMode() || nodeAddons) {
        add(addon);
      }
    }
    this.nodeAddons = nodeAddons;
  }

  /** Adds the add-ons nodes outside Auto Mode need, once. */
  void addNodeAddons() {
    if (nodeAddons) {
      return;
    }
    for (ClusterAddon addon : ClusterAddon.values()) {
      if (!addon.runsOnAutoMode()) {
        add(addon);
      }
    }
    nodeAddons = true;
  }

  private void add(ClusterAddon addon) {
    CfnAddon.Builder builder = CfnAddon.Builder.create(this, constructId(addon))
        .clusterName(cluster.getClusterName())
        .addonName(addon.addonName())
        .addonVersion(AddonVersions.of(addon, version))
        .resolveConflicts("OVERWRITE");
    if (addon == ClusterAddon.VPC_CNI) {
      builder.configurationValues(VPC_CNI_CONFIGURATION);
    }
    builder.build();
    addon.serviceAccount().ifPresent(account -> {
      IManagedPolicy policy = ManagedPolicy.fromAwsManagedPolicyName(POLICIES.get(addon));
      new PodIdentityGrant(this, constructId(addon) + "Identity", cluster, account, policy);
    });
  }

  private static String constructId(ClusterAddon addon) {
    StringBuilder id = new StringBuilder();
    for (String word : addon.name().split("_")) {
      id.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return id.toString();
  }
}

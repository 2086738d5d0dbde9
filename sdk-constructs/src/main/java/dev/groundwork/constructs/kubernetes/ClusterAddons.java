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
 * Every {@link ClusterAddon} as a managed EKS add-on at the version {@link AddonVersions} pins for
 * the cluster's Kubernetes version. The EBS CSI controller and the CloudWatch agent get their
 * AWS permissions through Pod Identity.
 */
final class ClusterAddons extends Construct {
  private static final Map<ClusterAddon, String> POLICIES = ImmutableMap.of(
      ClusterAddon.EBS_CSI_DRIVER, "service-role/AmazonEBSCSIDriverPolicy",
      ClusterAddon.CLOUDWATCH_OBSERVABILITY, "CloudWatchAgentServerPolicy");

  ClusterAddons(Construct scope, String id, ICluster cluster, KubernetesVersion version) {
    super(scope, id);
    for (ClusterAddon addon : ClusterAddon.values()) {
      CfnAddon.Builder.create(this, constructId(addon))
          .clusterName(cluster.getClusterName())
          .addonName(addon.addonName())
          .addonVersion(AddonVersions.of(addon, version))
          .resolveConflicts("OVERWRITE")
          .build();
      addon.serviceAccount().ifPresent(account -> {
        IManagedPolicy policy = ManagedPolicy.fromAwsManagedPolicyName(POLICIES.get(addon));
        new PodIdentityGrant(this, constructId(addon) + "Identity", cluster, account, policy);
      });
    }
  }

  private static String constructId(ClusterAddon addon) {
    StringBuilder id = new StringBuilder();
    for (String word : addon.name().split("_")) {
      id.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return id.toString();
  }
}

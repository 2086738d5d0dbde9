package dev.groundwork.constructs.kubernetes;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one table of pinned add-on versions, per Kubernetes version.
 *
 * <p>Versions are pinned so a deployment never picks up a new add-on by surprise. To move a pin,
 * check {@code aws eks describe-addon-versions --kubernetes-version 1.33 --addon-name <name>},
 * change it here, and the add-on updates in place on the next deployment. kube-proxy and CoreDNS
 * follow the Kubernetes minor; the others support every version in the table.
 *
 * <p>Source: the versions AWS's EKS Blueprints for CDK ({@code @aws-quickstart/eks-blueprints}
 * 1.19.0 on npm, published 2026-07-18) deploys per Kubernetes version, so each pin is one AWS has
 * released and deployed; {@code scripts/check-addon-versions.sh} compares this table with a
 * release of that package. aws-cdk-lib itself carries no add-on versions.
 */
public final class AddonVersions {
  private static final Map<KubernetesVersion, Map<ClusterAddon, String>> TABLE = ImmutableMap.of(
      KubernetesVersion.V1_32, versions("v1.11.4-eksbuild.2", "v1.32.6-eksbuild.12"),
      KubernetesVersion.V1_33, versions("v1.12.1-eksbuild.2", "v1.33.3-eksbuild.4"));

  private AddonVersions() {}

  private static Map<ClusterAddon, String> versions(String coreDns, String kubeProxy) {
    Map<ClusterAddon, String> versions = new EnumMap<>(ClusterAddon.class);
    versions.put(ClusterAddon.VPC_CNI, "v1.20.4-eksbuild.2");
    versions.put(ClusterAddon.COREDNS, coreDns);
    versions.put(ClusterAddon.KUBE_PROXY, kubeProxy);
    versions.put(ClusterAddon.POD_IDENTITY_AGENT, "v1.3.10-eksbuild.2");
    versions.put(ClusterAddon.EBS_CSI_DRIVER, "v1.56.0-eksbuild.1");
    versions.put(ClusterAddon.CLOUDWATCH_OBSERVABILITY, "v4.10.1-eksbuild.1");
    return ImmutableMap.copyOf(versions);
  }

  /** The pinned version of {@code addon} for clusters at {@code version}. */
  public static String of(ClusterAddon addon, KubernetesVersion version) {
    return TABLE.get(version).get(addon);
  }
}

package dev.groundwork.constructs.kubernetes;

import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Problem;
import java.util.List;

/**
 * A Kubernetes minor version EKS runs and Groundwork has pinned add-ons for, such as {@code 1.33}.
 *
 * <p>Upgrades go one minor version at a time: Kubernetes supports a control plane at most one
 * minor ahead of its nodes, and EKS refuses to skip a minor. To go from 1.31 to 1.33, deploy
 * 1.32 first (control plane, then node groups and add-ons follow in the same deployment), then
 * 1.33. {@link #canUpgradeTo} states the rule; {@link KubernetesCluster} enforces nothing across
 * deployments because it cannot see the running cluster, so the rule is for the change reviewer.
 */
public final class KubernetesVersion implements Comparable<KubernetesVersion> {
  public static final KubernetesVersion V1_32 = new KubernetesVersion(32);
  public static final KubernetesVersion V1_33 = new KubernetesVersion(33);

  /** Every version {@link AddonVersions} has pinned add-ons for, oldest first. */
  public static final List<KubernetesVersion> KNOWN = List.of(V1_32, V1_33);

  private final int minor;

  private KubernetesVersion(int minor) {
    this.minor = minor;
  }

  /**
   * The version written as {@code 1.<minor>}, e.g. {@code "1.33"}.
   *
   * @throws GroundworkValidationException with code {@code EKS_VERSION_UNKNOWN} unless it is one
   *     of {@link #KNOWN}
   */
  public static KubernetesVersion of(String text) {
    return KNOWN.stream().filter(v -> v.toString().equals(text)).findFirst()
        .orElseThrow(() -> new GroundworkValidationException(List.of(new Problem("EKS_VERSION_UNKNOWN",
            "KubernetesVersion", "version", text == null ? "nothing" : "'" + text + "'",
            "one of " + KNOWN, "Use a version Groundwork has pinned add-ons for, or upgrade Groundwork."))));
  }

  /** The minor version, e.g. 33 for 1.33. */
  public int minor() {
    return minor;
  }

  /**
   * Whether a cluster at this version may be upgraded to {@code target} in one deployment: the
   * same version, or exactly the next minor. Downgrades are never possible.
   */
  public boolean canUpgradeTo(KubernetesVersion target) {
    return target.minor == minor || target.minor == minor + 1;
  }

  /** CDK's value for this version. */
  software.amazon.awscdk.services.eks_v2.KubernetesVersion toCdk() {
    return software.amazon.awscdk.services.eks_v2.KubernetesVersion.of(toString());
  }

  @Override
  public int compareTo(KubernetesVersion other) {
    return Integer.compare(minor, other.minor);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KubernetesVersion v && v.minor == minor;
  }

  @Override
  public int hashCode() {
    return minor;
  }

  /** The version as EKS writes it, e.g. {@code 1.33}. */
  @Override
  public String toString() {
    return "1." + minor;
  }
}

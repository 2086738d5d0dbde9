package dev.groundwork.constructs.kubernetes;

import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.kms.IKey;

/**
 * Input of {@link KubernetesCluster}. The network and the Kubernetes version are required;
 * everything else has a secure default, some varying by tier.
 */
@Value.Immutable
@GroundworkStyle
public interface KubernetesClusterProps {

  /**
   * The network; the control plane's interfaces and every node go in its private subnets with
   * egress (a {@code SecureVpc}'s {@code vpc()} has them).
   */
  IVpc vpc();

  /**
   * The Kubernetes version, pinned. Upgrade one minor version per deployment
   * ({@link KubernetesVersion#canUpgradeTo}).
   */
  KubernetesVersion version();

  /**
   * The cluster's name (1 to 100 letters, digits, '-' and '_', starting with a letter or digit).
   * Default: the stack's name and the construct's id, e.g. {@code orders-prod-platform-Cluster}.
   * The control-plane log group is named after it.
   */
  Optional<String> clusterName();

  /**
   * Whether the API endpoint is reachable from the internet as well as from the VPC. Default:
   * private only. A public endpoint needs {@link #publicAccessCidrs()}.
   */
  @Value.Default
  default boolean publicEndpoint() {
    return false;
  }

  /**
   * The only networks the public endpoint answers, e.g. the office's egress. Required, and only
   * allowed, with {@link #publicEndpoint()}; {@code 0.0.0.0/0} is refused.
   */
  List<Cidr> publicAccessCidrs();

  /**
   * The key that envelope-encrypts Kubernetes secrets. Default: the stack's shared secrets key,
   * {@code EncryptionKey.forPurpose(stack, KeyPurpose.SECRETS)} (rotation on, retained on stack
   * deletion). EKS cannot switch a cluster to another key, so choose before the first deployment.
   */
  Optional<IKey> secretsKey();

  /**
   * Retention of the control-plane logs (every log type), in days. Default by tier: the tier's
   * log retention (30, 90, 365 days).
   */
  Optional<Integer> controlPlaneLogRetentionDays();

  /** The cluster's first managed node group. Default: {@link NodeGroupOptions#defaults()}. */
  @Value.Default
  default NodeGroupOptions nodeGroup() {
    return NodeGroupOptions.defaults();
  }

  /**
   * IAM role ARNs given cluster-admin through access entries (the cluster authenticates through
   * the EKS API only; the aws-auth ConfigMap is not read). Default: none, so nobody administers
   * the cluster until you name a role.
   */
  List<String> adminRoleArns();

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("KubernetesClusterProps");
    String fix = "Keep the endpoint private, or give publicEndpoint(true) with the networks that may reach it.";
    if (publicEndpoint() && publicAccessCidrs().isEmpty()) {
      problems.add("EKS_ENDPOINT_ALLOWLIST", "publicAccessCidrs", "none",
          "at least one network when publicEndpoint is true", fix);
    }
    if (!publicEndpoint() && !publicAccessCidrs().isEmpty()) {
      problems.add("EKS_ENDPOINT_ALLOWLIST", "publicAccessCidrs", publicAccessCidrs(),
          "empty while publicEndpoint is false", fix);
    }
    publicAccessCidrs().stream().filter(Cidr::isAnyIpv4).findFirst().ifPresent(any -> problems.add(
        "EKS_ENDPOINT_ALLOWLIST", "publicAccessCidrs", any, "networks narrower than the whole internet", fix));
    problems.throwIfAny();
  }

  /** Props for a private cluster at {@code version} in {@code vpc} with every default. */
  static KubernetesClusterProps of(IVpc vpc, KubernetesVersion version) {
    return builder().vpc(vpc).version(version).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KubernetesClusterProps}. */
  final class Builder extends ImmutableKubernetesClusterProps.Builder {}
}

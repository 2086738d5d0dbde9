package dev.groundwork.constructs.kubernetes;

import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.iam.IRole;
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

  /**
   * Where pods get their nodes. Default: {@link ComputeMode#AUTO_MODE}, in every tier: EKS adds
   * and removes nodes for the pods that are pending.
   */
  @Value.Default
  default ComputeMode compute() {
    return ComputeMode.AUTO_MODE;
  }

  /**
   * A managed node group. With {@link ComputeMode#NODE_GROUPS} it is the first group (default:
   * {@link NodeGroupOptions#defaults()}); with {@link ComputeMode#AUTO_MODE} it is an extra group
   * beside Auto Mode's nodes (default: none).
   */
  Optional<NodeGroupOptions> nodeGroup();

  /**
   * IAM role ARNs (of any account) given cluster-admin through access entries (access policy
   * {@code AmazonEKSClusterAdminPolicy}, cluster scope; the cluster authenticates through the EKS
   * API only, the aws-auth ConfigMap is not read). Required in STAGING and PROD, with
   * {@link #adminRoles()}: at least one admin in all. Default: none.
   */
  List<String> adminRoleArns();

  /** IAM roles given cluster-admin, as {@link #adminRoleArns()} (e.g. a role of this app). Default: none. */
  List<IRole> adminRoles();

  /**
   * Networks that may reach the private API endpoint on port 443, e.g. the office's range over
   * VPN; admitted by the control plane's security group. In STAGING and PROD the cluster needs one
   * way in: these, {@link #adminPrefixListIds()}, {@link #adminHost()} or a public endpoint. Default: none.
   */
  List<Cidr> adminNetworks();

  /** Managed prefix lists ({@code pl-...}) that may reach the API endpoint on port 443. Default: none. */
  List<String> adminPrefixListIds();

  /**
   * Whether to run an admin host: an EC2 instance in a private subnet, reached only through AWS
   * Systems Manager Session Manager (no inbound rule, no public address, no SSH key), admitted to
   * the API endpoint on port 443, so an admin can forward a local port to the endpoint. Default:
   * no.
   */
  @Value.Default
  default boolean adminHost() {
    return false;
  }

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
    adminNetworks().stream().filter(Cidr::isAnyIpv4).findFirst().ifPresent(any -> problems.add(
        "EKS_ADMIN_NETWORK", "adminNetworks", any, "networks narrower than the whole internet",
        "Name the networks your admins work from, e.g. the office's range over VPN."));
    adminPrefixListIds().stream().filter(id -> !Token.isUnresolved(id) && !ClusterAccess.PREFIX_LIST.matcher(id).matches())
        .forEach(id -> problems.add("EKS_ADMIN_NETWORK", "adminPrefixListIds", "'" + id + "'",
            "a managed prefix list id such as pl-0123456789abcdef0", "Copy the id from the VPC console."));
    adminRoleArns().stream().filter(arn -> !Token.isUnresolved(arn) && !ClusterAccess.ROLE_ARN.matcher(arn).matches())
        .forEach(arn -> problems.add("EKS_ADMIN_ROLE_ARN", "adminRoleArns", "'" + arn + "'",
            "an IAM role ARN such as arn:aws:iam::123456789012:role/platform-admin",
            "Name the role, not an assumed-role session or a user."));
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

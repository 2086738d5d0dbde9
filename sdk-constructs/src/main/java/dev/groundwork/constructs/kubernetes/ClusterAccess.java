package dev.groundwork.constructs.kubernetes;

import dev.groundwork.constructs.network.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.eks_v2.AccessEntry;
import software.amazon.awscdk.services.eks_v2.AccessEntryProps;
import software.amazon.awscdk.services.eks_v2.AccessPolicy;
import software.amazon.awscdk.services.eks_v2.AccessPolicyNameOptions;
import software.amazon.awscdk.services.eks_v2.AccessScopeType;
import software.amazon.awscdk.services.eks_v2.Cluster;
import software.amazon.awscdk.services.iam.IRole;
import software.constructs.Construct;

/**
 * Who may use a cluster's API and from where: an access entry with the cluster-admin access
 * policy per admin role, the control plane's security group admitting the admin networks on 443
 * only, and the optional {@link AdminHost}. Nothing else reaches the private endpoint except what
 * the cluster's owner admits with {@link KubernetesCluster#allowEndpointAccessFrom}.
 */
final class ClusterAccess extends Construct {
  /** An IAM role ARN, with its path (an STS assumed-role session or a user is not a role). */
  static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+");
  /** A managed prefix list id. */
  static final Pattern PREFIX_LIST = Pattern.compile("pl-[0-9a-f]{8,17}");
  /** The access policy of admins: every Kubernetes permission, cluster-wide. */
  static final String CLUSTER_ADMIN_POLICY = "AmazonEKSClusterAdminPolicy";
  /** The access policy of deployers: Kubernetes' {@code edit} role, in the namespaces named. */
  static final String NAMESPACE_EDIT_POLICY = "AmazonEKSEditPolicy";

  private final Cluster cluster;
  private final ISecurityGroup controlPlane;
  private final Optional<AdminHost> adminHost;

  ClusterAccess(Construct scope, String id, Cluster cluster, ISecurityGroup controlPlane,
      KubernetesClusterProps props, KubernetesClusterSettings settings) {
    super(scope, id);
    this.cluster = cluster;
    this.controlPlane = controlPlane;
    List<String> admins = new ArrayList<>(props.adminRoleArns());
    props.adminRoles().stream().map(IRole::getRoleArn).forEach(admins::add);
    // The entries stay children of the cluster, where earlier versions put them (same logical ids).
    for (int i = 0; i < admins.size(); i++) {
      cluster.grantClusterAdmin("Admin" + (i + 1), admins.get(i));
    }
    for (Cidr network : settings.adminNetworks()) {
      controlPlane.addIngressRule(Peer.ipv4(network.toString()), Port.tcp(443),
          "Kubernetes API from the admin network " + network);
    }
    for (String prefixList : settings.adminPrefixListIds()) {
      controlPlane.addIngressRule(Peer.prefixList(prefixList), Port.tcp(443),
          "Kubernetes API from the admin prefix list " + prefixList);
    }
    this.adminHost = settings.adminHost()
        ? Optional.of(new AdminHost(this, "AdminHost", cluster.getVpc(), scope.getNode().getPath(),
            settings.adminHostInstanceType()))
        : Optional.empty();
    adminHost.ifPresent(host -> controlPlane.addIngressRule(host.securityGroup(), Port.tcp(443),
        "Kubernetes API from the admin host (Session Manager port forwarding)"));
  }

  /** Whether anyone outside the VPC has a declared way to the endpoint. */
  static boolean hasAdminNetwork(KubernetesClusterSettings settings) {
    return !settings.adminNetworks().isEmpty() || !settings.adminPrefixListIds().isEmpty() || settings.adminHost()
        || !settings.publicAccessCidrs().isEmpty();
  }

  /** Admits {@code peer} to the API endpoint on 443, on the control plane's own group only. */
  void allowEndpointAccessFrom(ISecurityGroup peer, String description) {
    controlPlane.addIngressRule(peer, Port.tcp(443), description);
  }

  /** An access entry giving {@code roleArn} {@code policy} in {@code namespaces} only. */
  AccessEntry grantNamespaces(String id, String roleArn, String policy, List<String> namespaces) {
    return new AccessEntry(this, id, AccessEntryProps.builder()
        .cluster(cluster)
        .principal(roleArn)
        .accessPolicies(List.of(AccessPolicy.fromAccessPolicyName(policy, AccessPolicyNameOptions.builder()
            .accessScopeType(AccessScopeType.NAMESPACE)
            .namespaces(namespaces)
            .build())))
        .build());
  }

  /** An access entry giving {@code roleArn} the cluster-admin access policy. */
  AccessEntry grantClusterAdmin(String id, String roleArn) {
    return new AccessEntry(this, id, AccessEntryProps.builder()
        .cluster(cluster)
        .principal(roleArn)
        .accessPolicies(List.of(AccessPolicy.fromAccessPolicyName(CLUSTER_ADMIN_POLICY,
            AccessPolicyNameOptions.builder().accessScopeType(AccessScopeType.CLUSTER).build())))
        .build());
  }

  Optional<AdminHost> adminHost() {
    return adminHost;
  }
}

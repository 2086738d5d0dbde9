package dev.groundwork.constructs.kubernetes;

import software.amazon.awscdk.services.eks_v2.CfnPodIdentityAssociation;
import software.amazon.awscdk.services.eks_v2.ICluster;
import software.amazon.awscdk.services.iam.IManagedPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.iam.SessionTagsPrincipal;
import software.constructs.Construct;

/**
 * One service account's AWS permissions through EKS Pod Identity: a role only the EKS Pod
 * Identity service can assume, holding exactly one policy, associated with the service account.
 * No OIDC provider and no kubectl are needed; the service account may be created later by the
 * workload's own manifests.
 */
final class PodIdentityGrant extends Construct {
  private final Role role;

  PodIdentityGrant(Construct scope, String id, ICluster cluster, ServiceAccountName account,
      IManagedPolicy policy) {
    super(scope, id);
    this.role = Role.Builder.create(this, "Role")
        .description("EKS Pod Identity of service account " + account)
        .assumedBy(new SessionTagsPrincipal(new ServicePrincipal("pods.eks.amazonaws.com")))
        .build();
    role.addManagedPolicy(policy);
    CfnPodIdentityAssociation.Builder.create(this, "Association")
        .clusterName(cluster.getClusterName())
        .namespace(account.namespace())
        .serviceAccount(account.name())
        .roleArn(role.getRoleArn())
        .build();
  }

  Role role() {
    return role;
  }
}

package dev.groundwork.constructs.kubernetes;

import java.util.List;
import software.amazon.awscdk.services.eks_v2.ComputeConfig;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

/**
 * The node role of EKS Auto Mode with the two managed policies AWS asks for
 * ({@code AmazonEKSWorkerNodeMinimalPolicy}, {@code AmazonEC2ContainerRegistryPullOnly}), narrower
 * than the defaults aws-cdk-lib would attach, and the compute configuration naming it with Auto
 * Mode's built-in {@code system} and {@code general-purpose} node pools. EKS creates the role's
 * access entry itself; aws-cdk-lib gives the cluster role the four Auto Mode policies (compute,
 * block storage, load balancing, networking).
 */
final class AutoModeNodes extends Construct {
  /** Auto Mode's built-in node pools: EKS's own components, then everything else. */
  static final List<String> NODE_POOLS = List.of("system", "general-purpose");

  private final Role role;

  AutoModeNodes(Construct scope, String id) {
    super(scope, id);
    this.role = Role.Builder.create(this, "Role")
        .assumedBy(new ServicePrincipal("ec2.amazonaws.com"))
        .description("Nodes EKS Auto Mode launches for " + scope.getNode().getPath())
        .managedPolicies(List.of(
            ManagedPolicy.fromAwsManagedPolicyName("AmazonEKSWorkerNodeMinimalPolicy"),
            ManagedPolicy.fromAwsManagedPolicyName("AmazonEC2ContainerRegistryPullOnly")))
        .build();
  }

  ComputeConfig computeConfig() {
    return ComputeConfig.builder().nodePools(NODE_POOLS).nodeRole(role).build();
  }

  Role role() {
    return role;
  }
}

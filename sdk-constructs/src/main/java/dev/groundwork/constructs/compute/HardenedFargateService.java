package dev.groundwork.constructs.compute;

import dev.groundwork.constructs.internal.Validation;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.FargatePlatformVersion;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.PropagatedTagSource;
import software.constructs.Construct;

/**
 * The Fargate service part every Groundwork service shares: private subnets without public
 * addresses, a security group with no ingress and HTTPS-only egress, rolling deployments with a
 * circuit breaker that rolls back, the cluster's capacity providers, and tags propagated to tasks.
 */
final class HardenedFargateService {
  private HardenedFargateService() {}

  /**
   * Settings of the deployment.
   *
   * @param minHealthyPercent lower bound of running tasks during a deployment, in percent of desired
   * @param maxPercent upper bound of running tasks during a deployment, in percent of desired
   * @param executeCommand whether ECS Exec is enabled
   * @param healthCheckGracePeriod time load balancer health checks are ignored after a task starts
   */
  record Deployment(int minHealthyPercent, int maxPercent, boolean executeCommand,
      Optional<Duration> healthCheckGracePeriod) {}

  /** Checks the rolling-update bounds every service shares. */
  static void checkDeployment(int minHealthyPercent, int maxPercent, Validation problems) {
    if (minHealthyPercent < 0 || minHealthyPercent > 100) {
      problems.add("SERVICE_DEPLOYMENT_PERCENT", "minHealthyPercent", minHealthyPercent,
          "0 to 100", "Keep 100 for zero-downtime rolling updates.");
    }
    if (maxPercent < 100 || maxPercent > 400 || maxPercent <= minHealthyPercent) {
      problems.add("SERVICE_DEPLOYMENT_PERCENT", "maxPercent", maxPercent,
          "100 to 400 and above minHealthyPercent (" + minHealthyPercent + ")",
          "Keep 200 so a full set of new tasks can start before old ones stop.");
    }
  }

  /** A security group for the service's tasks: no ingress; egress only HTTPS (AWS APIs, registries). */
  static SecurityGroup securityGroup(Construct scope, ServiceCluster cluster) {
    SecurityGroup group = SecurityGroup.Builder.create(scope, "ServiceSecurityGroup")
        .vpc(cluster.vpc())
        .description("Tasks of " + scope.getNode().getPath() + ": egress HTTPS only")
        .allowAllOutbound(false)
        .build();
    group.addEgressRule(Peer.anyIpv4(), Port.tcp(443), "HTTPS to AWS APIs and image registries");
    return group;
  }

  static FargateService create(Construct scope, ServiceCluster cluster,
      FargateTaskDefinition taskDefinition, SecurityGroup securityGroup, Deployment deployment) {
    FargateService.Builder builder = FargateService.Builder.create(scope, "Service")
        .cluster(cluster.cluster())
        .taskDefinition(taskDefinition)
        .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
        .assignPublicIp(false)
        .securityGroups(List.of(securityGroup))
        .platformVersion(FargatePlatformVersion.LATEST)
        .capacityProviderStrategies(cluster.capacityProviderStrategies())
        .circuitBreaker(DeploymentCircuitBreaker.builder().enable(true).rollback(true).build())
        .minHealthyPercent(deployment.minHealthyPercent())
        .maxHealthyPercent(deployment.maxPercent())
        .enableExecuteCommand(deployment.executeCommand())
        .enableEcsManagedTags(true)
        .propagateTags(PropagatedTagSource.SERVICE);
    deployment.healthCheckGracePeriod().ifPresent(builder::healthCheckGracePeriod);
    return builder.build();
  }
}

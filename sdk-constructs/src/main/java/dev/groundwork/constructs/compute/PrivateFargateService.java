package dev.groundwork.constructs.compute;

import dev.groundwork.assembly.MonitoringMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.FargatePlatformVersion;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateServiceProps;
import software.amazon.awscdk.services.ecs.PropagatedTagSource;
import software.amazon.awscdk.services.ecs.ScalableTaskCount;
import software.constructs.Construct;

/**
 * The Fargate service of a Groundwork service, with its task-count scaling.
 *
 * <p>Tasks run in the private subnets without public addresses, in a security group with no
 * ingress and HTTPS-only egress (it sits beside the service as {@code <id>SecurityGroup}); rolling
 * deployments with a circuit breaker that rolls back; the latest Fargate platform; ECS-managed
 * tags, propagated from the service to its tasks; scaling between the resolved minimum and
 * maximum task counts. Created by {@link WebService} and {@link QueueWorkerService}; the
 * escape hatch for anything Groundwork does not wrap.
 */
public final class PrivateFargateService extends FargateService {
  /** Where tasks run: the VPC's private subnets with egress (through NAT). */
  private static final SubnetSelection TASK_SUBNETS = SubnetSelection.builder()
      .subnetType(SubnetType.PRIVATE_WITH_EGRESS).build();

  private final HardenedTaskDefinition hardenedTaskDefinition;
  private final ScalableTaskCount scaling;

  /**
   * How the service deploys and scales.
   *
   * @param settings the resolved task counts and ECS Exec switch
   * @param minHealthyPercent lower bound of running tasks during a deployment, in percent of desired
   * @param maxPercent upper bound of running tasks during a deployment, in percent of desired
   * @param healthCheckGracePeriod time load balancer health checks are ignored after a task starts
   * @param strategy the ECS deployment strategy and its rollback alarms
   */
  record Deployment(ServiceSettings settings, int minHealthyPercent, int maxPercent,
      Optional<Duration> healthCheckGracePeriod, DeploymentSettings strategy) {
    Deployment(ServiceSettings settings, int minHealthyPercent, int maxPercent,
        Optional<Duration> healthCheckGracePeriod) {
      this(settings, minHealthyPercent, maxPercent, healthCheckGracePeriod,
          DeploymentSettings.CIRCUIT_BREAKER_ONLY);
    }
  }

  PrivateFargateService(Construct scope, String id, ServiceOptions options,
      HardenedTaskDefinition taskDefinition, Deployment deployment) {
    super(scope, id, props(scope, id, options, taskDefinition, deployment));
    this.hardenedTaskDefinition = taskDefinition;
    this.scaling = autoScaleTaskCount(EnableScalingProps.builder()
        .minCapacity(deployment.settings().minTasks())
        .maxCapacity(deployment.settings().maxTasks())
        .build());
  }

  private static FargateServiceProps props(Construct scope, String id, ServiceOptions options,
      HardenedTaskDefinition taskDefinition, Deployment deployment) {
    SecurityGroup group = SecurityGroup.Builder.create(scope, id + "SecurityGroup")
        .vpc(options.cluster().getVpc())
        .description("Tasks of " + scope.getNode().getPath() + ": egress HTTPS only")
        .allowAllOutbound(false)
        .build();
    group.addEgressRule(Peer.anyIpv4(), Port.tcp(443), "HTTPS to AWS APIs and image registries");
    FargateServiceProps.Builder props = FargateServiceProps.builder()
        .cluster(options.cluster())
        .taskDefinition(taskDefinition)
        .vpcSubnets(TASK_SUBNETS)
        .assignPublicIp(false)
        .securityGroups(List.of(group))
        .platformVersion(FargatePlatformVersion.LATEST)
        .circuitBreaker(DeploymentCircuitBreaker.builder().enable(true).rollback(true).build())
        .minHealthyPercent(deployment.minHealthyPercent())
        .maxHealthyPercent(deployment.maxPercent())
        .enableExecuteCommand(deployment.settings().executeCommand())
        .enableEcsManagedTags(true)
        .propagateTags(PropagatedTagSource.SERVICE);
    if (!options.capacityProviderStrategies().isEmpty()) {
      props.capacityProviderStrategies(options.capacityProviderStrategies());
    }
    deployment.healthCheckGracePeriod().ifPresent(props::healthCheckGracePeriod);
    deployment.strategy().applyTo(props);
    return props.build();
  }

  /**
   * Records in the template which Groundwork workload this service is, for the rules that check
   * every workload is watched (see {@code MonitoringMetadata}).
   */
  void markWorkload(Map<String, Object> workload) {
    ((CfnResource) getNode().getDefaultChild()).addMetadata(MonitoringMetadata.WORKLOAD, workload);
  }

  /**
   * The task definition the service runs, as the Groundwork construct ({@code getTaskDefinition()}
   * returns it as a plain {@code TaskDefinition}).
   */
  public HardenedTaskDefinition hardenedTaskDefinition() {
    return hardenedTaskDefinition;
  }

  /** The subnets the tasks run in, one per availability zone (e.g. for a fault experiment that disrupts one zone). */
  public List<ISubnet> subnets() {
    return getCluster().getVpc().selectSubnets(TASK_SUBNETS).getSubnets();
  }

  /** The task count scaling, for extra policies or schedules. */
  public ScalableTaskCount scaling() {
    return scaling;
  }
}

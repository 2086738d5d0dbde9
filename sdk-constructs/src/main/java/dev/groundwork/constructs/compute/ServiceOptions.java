package dev.groundwork.constructs.compute;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awscdk.services.ecs.CapacityProviderStrategy;
import software.amazon.awscdk.services.ecs.ICluster;

/**
 * What every Groundwork Fargate service takes: where it runs, its container, how many tasks, how
 * it deploys, who may exec into it and whether it is traced. {@link WebServiceProps} and {@link QueueWorkerServiceProps}
 * extend it, so each setting is declared, documented and checked once.
 */
public interface ServiceOptions {

  /**
   * The cluster the tasks run in; its network holds them (and a web service's load balancer).
   * Any CDK cluster works; pass a {@link ServiceCluster} to the builder's {@code cluster(…)} to
   * also get its capacity provider strategy.
   */
  ICluster cluster();

  /**
   * Where tasks are placed. Default: none, so tasks run on regular Fargate; a
   * {@link ServiceCluster} given to {@code cluster(…)} sets its own (see
   * {@link ServiceCluster#capacityProviderStrategies()}).
   */
  List<CapacityProviderStrategy> capacityProviderStrategies();

  /** The container: pinned image, size, configuration and secrets. */
  ContainerOptions container();

  /**
   * Fewest running tasks. Default by tier: {@link WebService} 1 in DEV, 2 in STAGING, 3 in PROD
   * (one per zone); {@link QueueWorkerService} 1 in DEV and STAGING, 2 in PROD (0 allows a worker
   * to scale to zero).
   */
  Optional<Integer> minTasks();

  /**
   * Most running tasks. Default by tier: {@link WebService} 2 in DEV, 4 in STAGING, 10 in PROD;
   * {@link QueueWorkerService} 2 in DEV, 5 in STAGING, 10 in PROD.
   */
  Optional<Integer> maxTasks();

  /**
   * Lower bound of running tasks during a deployment, in percent of the desired count. Default:
   * 100 (zero-downtime rolling updates: new tasks start before old ones stop).
   */
  @Value.Default
  default int minHealthyPercent() {
    return 100;
  }

  /** Upper bound of running tasks during a deployment, in percent of the desired count. Default: 200. */
  @Value.Default
  default int maxPercent() {
    return 200;
  }

  /**
   * Whether operators may open shell sessions in tasks with ECS Exec (encrypted and logged by
   * the cluster). Default by tier: on in DEV, off in STAGING and PROD (turn it on for break-glass
   * access). The task role then gets the {@code ssmmessages} channel actions on
   * {@code Resource: "*"}: they accept no resource ARN, so the grant cannot be narrowed, and the
   * baseline rule {@code GW_IAM_NO_DATA_ACTIONS_ON_STAR_RESOURCE} reports it outside DEV.
   */
  Optional<Boolean> executeCommand();

  /** Retention of container logs, in days. Default by tier: 30, 90, 365. */
  Optional<Integer> logRetentionDays();

  /**
   * Whether the service's work is traced with AWS X-Ray through an OpenTelemetry collector
   * sidecar ({@link TracingSidecar}), which takes {@value TracingSidecar#MEMORY_LIMIT_MIB} MiB of
   * the task's memory. Default by tier: off in DEV, on in STAGING and PROD.
   */
  Optional<Boolean> tracing();

  /**
   * The builder methods every service's props builder shares.
   *
   * @param <B> the props builder
   */
  interface Builder<B extends Builder<B>> {
    /** Sets {@link ServiceOptions#cluster()}. */
    B cluster(ICluster cluster);

    /** Adds to {@link ServiceOptions#capacityProviderStrategies()}. */
    B addAllCapacityProviderStrategies(Iterable<? extends CapacityProviderStrategy> strategies);

    /** Runs in {@code cluster}, placing tasks by its capacity provider strategy. */
    default B cluster(ServiceCluster cluster) {
      return cluster(cluster.cluster()).addAllCapacityProviderStrategies(cluster.capacityProviderStrategies());
    }
  }
}

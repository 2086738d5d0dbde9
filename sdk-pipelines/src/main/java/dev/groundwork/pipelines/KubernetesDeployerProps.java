package dev.groundwork.pipelines;

import dev.groundwork.constructs.kubernetes.KubernetesCluster;
import dev.groundwork.constructs.kubernetes.KubernetesWorkload;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.GroundworkStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * Input of {@link KubernetesDeployer}. Required: the cluster, the workloads and the account of the
 * pipeline that runs the deployments.
 */
@Value.Immutable
@GroundworkStyle
public interface KubernetesDeployerProps {

  /** The cluster to deploy to: the builds run in its VPC's private subnets and are admitted to its endpoint. */
  KubernetesCluster cluster();

  /** The delivery account whose {@link DeliveryPipeline} starts the builds (it assumes the action role). */
  AccountId pipelineAccount();

  /** The workloads, each in a namespace of its own, deployed in this order; at least one. */
  List<KubernetesWorkload> workloads();

  /** Minutes a build may run before CodeBuild stops it (and the pipeline fails), 5 to 480. Default: 30. */
  @Value.Default
  default int timeoutMinutes() {
    return 30;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KubernetesDeployerProps}. */
  final class Builder extends ImmutableKubernetesDeployerProps.Builder {}
}

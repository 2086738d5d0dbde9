package dev.groundwork.pipelines;

import dev.groundwork.core.GroundworkStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awscdk.services.sns.ITopic;

/**
 * Input of {@link DeliveryPipeline}. Required: the source, the environments to deploy and the
 * topic that hears about failures; every gate is on by default.
 */
@Value.Immutable
@GroundworkStyle
public interface DeliveryPipelineProps {

  /** The repository and branch to deliver. */
  RepositorySource source();

  /**
   * The environments to deploy, in order: tiers must not go down (DEV, then STAGING, then PROD).
   * Consecutive environments of one tier deploy as one wave, in parallel.
   */
  List<EnvironmentDelivery> environments();

  /** Receives a notification when an execution fails or a manual approval waits, and the failure alarm. */
  ITopic alertTopic();

  /** The build steps' commands. Default: {@link BuildCommands#defaults()}. */
  @Value.Default
  default BuildCommands commands() {
    return BuildCommands.defaults();
  }

  /**
   * When PROD may be entered, as a CodePipeline stage condition. Default:
   * {@link DeploymentWindow#workingHours()} (never from Friday 15:00 to Monday 08:00).
   */
  @Value.Default
  default DeploymentWindow prodDeploymentWindow() {
    return DeploymentWindow.workingHours();
  }

  /**
   * Whether a person approves before PROD is deployed. Default: on. Turning it off requires
   * {@link #prodApprovalWaiverReason()}, which the pipeline's description records.
   */
  @Value.Default
  default boolean prodApproval() {
    return true;
  }

  /** Why PROD deploys without approval; required when {@link #prodApproval()} is off. Default: none. */
  Optional<String> prodApprovalWaiverReason();

  /**
   * Whether the artifact bucket CDK Pipelines adds in each other region (its cross-region support
   * stacks) has S3 Object Lock enabled, as AWS Control Tower's CT.S3.PR.9 requires. Default: on.
   * CloudFormation would replace a bucket deployed without it, and refuses to for that bucket's
   * generated fixed name: {@code false} for a pipeline whose support stacks were deployed before.
   */
  @Value.Default
  default boolean crossRegionObjectLock() {
    return true;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DeliveryPipelineProps}. */
  final class Builder extends ImmutableDeliveryPipelineProps.Builder {}
}

package dev.groundwork.constructs.compute;

import dev.groundwork.core.GroundworkStyle;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awscdk.services.sns.ITopic;

/**
 * Input of {@link QueueWorkerService}. Required: the cluster and the container; everything else
 * has a safe default, some by tier.
 */
@Value.Immutable
@GroundworkStyle
public interface QueueWorkerServiceProps {

  /** The cluster the workers run in. */
  ServiceCluster cluster();

  /**
   * The container: pinned image, size, configuration and secrets. It receives the queue's URL in
   * {@code QUEUE_URL}.
   */
  ContainerOptions container();

  /** Fewest running workers (0 allows scaling to zero). Default by tier: 1 in DEV and STAGING, 2 in PROD. */
  Optional<Integer> minTasks();

  /** Most running workers. Default by tier: 2 in DEV, 5 in STAGING, 10 in PROD. */
  Optional<Integer> maxTasks();

  /**
   * Visible messages that justify one more worker: above this backlog one task is added, above
   * five times it three are added; an empty queue removes one. Default: 100.
   */
  @Value.Default
  default int messagesPerTask() {
    return 100;
  }

  /**
   * Seconds a received message stays hidden from other workers, 0 to 43200; longer than the
   * slowest message takes. Default: 300.
   */
  @Value.Default
  default int visibilityTimeoutSeconds() {
    return 300;
  }

  /** Days an unprocessed message is kept, 1 to 14. Default: 4. */
  @Value.Default
  default int messageRetentionDays() {
    return 4;
  }

  /** Receives before a message moves to the dead-letter queue, 1 to 1000. Default: 5. */
  @Value.Default
  default int maxReceiveCount() {
    return 5;
  }

  /**
   * Lower bound of running tasks during a deployment, in percent of the desired count. Default: 100.
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
   * Where the dead-letter alarm notifies. Default: nowhere; the alarm still shows in CloudWatch,
   * and the policy report warns that nobody is told (GW_CLOUDWATCH_ALARM_HAS_ACTIONS). An
   * encrypted topic's key must let {@code cloudwatch.amazonaws.com} use it.
   */
  Optional<ITopic> alarmTopic();

  /** Whether operators may use ECS Exec. Default by tier: on in DEV and STAGING, off in PROD. */
  Optional<Boolean> executeCommand();

  /** Retention of container logs, in days. Default by tier: 30, 90, 365. */
  Optional<Integer> logRetentionDays();

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link QueueWorkerServiceProps}. */
  final class Builder extends ImmutableQueueWorkerServiceProps.Builder {}
}

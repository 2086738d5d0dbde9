package dev.groundwork.constructs.compute;

import dev.groundwork.core.GroundworkStyle;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awscdk.services.sns.ITopic;

/**
 * Input of {@link QueueWorkerService}. Required: the cluster and the container; everything else
 * has a safe default, some by tier. What every service takes is in {@link ServiceOptions}; the
 * container receives the queue's URL in {@code QUEUE_URL}.
 */
@Value.Immutable
@GroundworkStyle
public interface QueueWorkerServiceProps extends ServiceOptions {

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
   * Where the dead-letter alarm notifies. Default: nowhere; the alarm still shows in CloudWatch,
   * and the policy report warns that nobody is told (GW_CLOUDWATCH_ALARM_HAS_ACTIONS). An
   * encrypted topic's key must let {@code cloudwatch.amazonaws.com} use it.
   */
  Optional<ITopic> alarmTopic();

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link QueueWorkerServiceProps}. */
  final class Builder extends ImmutableQueueWorkerServiceProps.Builder
      implements ServiceOptions.Builder<Builder> {}
}

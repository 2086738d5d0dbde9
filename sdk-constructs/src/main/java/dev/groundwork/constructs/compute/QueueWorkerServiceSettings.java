package dev.groundwork.constructs.compute;

import dev.groundwork.core.GroundworkStyle;
import org.immutables.value.Value;

/**
 * Every setting of a {@link QueueWorkerService} that depends on the tier or is fixed by
 * Groundwork, fully resolved.
 */
@Value.Immutable
@GroundworkStyle
interface QueueWorkerServiceSettings {
  /** The settings every service shares. */
  ServiceSettings service();

  /** Retention of dead-lettered messages (SQS's maximum). */
  int deadLetterRetentionDays();

  /** Whether both queues refuse requests without TLS. */
  boolean enforceSsl();

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link QueueWorkerServiceSettings}. */
  final class Builder extends ImmutableQueueWorkerServiceSettings.Builder {}
}

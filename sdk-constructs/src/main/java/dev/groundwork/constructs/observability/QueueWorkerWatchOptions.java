package dev.groundwork.constructs.observability;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.Optional;
import org.immutables.value.Value;

/** How {@link Monitoring#addQueueWorker} watches a {@code QueueWorkerService}. */
@Value.Immutable
@GroundworkStyle
public interface QueueWorkerWatchOptions extends TaskWatchOptions {

  /** Age of the oldest waiting message that pages, in seconds. Default by tier: 3600, 1800, 600. */
  Optional<Double> oldestMessageAgeSeconds();

  /** Visible messages per running task that notify (workers falling behind). Default by tier: 1000, 500, 250. */
  Optional<Double> backlogPerTask();

  static Builder builder() {
    return new Builder();
  }

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("QueueWorkerWatchOptions");
    ThresholdChecks.task(this, problems);
    ThresholdChecks.positive(problems, "oldestMessageAgeSeconds", oldestMessageAgeSeconds());
    ThresholdChecks.positive(problems, "backlogPerTask", backlogPerTask());
    problems.throwIfAny();
  }

  /** Builds {@link QueueWorkerWatchOptions}. */
  final class Builder extends ImmutableQueueWorkerWatchOptions.Builder {}
}

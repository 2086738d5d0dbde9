package dev.groundwork.constructs.compute;

import dev.groundwork.core.GroundworkStyle;
import org.immutables.value.Value;

/** Input of {@link TracingSidecar}: the task definition the collector joins. */
@Value.Immutable
@GroundworkStyle
public interface TracingSidecarProps {

  /**
   * The task definition of the service whose traces the collector forwards; the collector is
   * added as a sidecar with its own memory limit, and the application container is told where it is.
   */
  HardenedTaskDefinition taskDefinition();

  /** Props for a collector beside the application container of {@code taskDefinition}. */
  static TracingSidecarProps of(HardenedTaskDefinition taskDefinition) {
    return builder().taskDefinition(taskDefinition).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TracingSidecarProps}. */
  final class Builder extends ImmutableTracingSidecarProps.Builder {}
}

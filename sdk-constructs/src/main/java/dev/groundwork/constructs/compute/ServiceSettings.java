package dev.groundwork.constructs.compute;

import dev.groundwork.core.GroundworkStyle;
import org.immutables.value.Value;

/** The {@link ServiceOptions} of a service with a default by tier, fully resolved. */
@Value.Immutable
@GroundworkStyle
interface ServiceSettings {
  /** Fewest running tasks. */
  int minTasks();

  /** Most running tasks. */
  int maxTasks();

  /** Whether ECS Exec is enabled. */
  boolean executeCommand();

  /** Retention of container logs. */
  int logRetentionDays();

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ServiceSettings}. */
  final class Builder extends ImmutableServiceSettings.Builder {}
}

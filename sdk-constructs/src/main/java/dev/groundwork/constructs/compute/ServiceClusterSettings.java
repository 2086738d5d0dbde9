package dev.groundwork.constructs.compute;

import dev.groundwork.core.GroundworkStyle;
import org.immutables.value.Value;

/** Every setting of a {@link ServiceCluster}, fully resolved from its props and tier. */
@Value.Immutable
@GroundworkStyle
interface ServiceClusterSettings {
  /** Whether Container Insights collects task and service metrics. */
  boolean containerInsights();

  /** Whether services may place tasks on Fargate Spot. */
  boolean fargateSpot();

  /** Retention of the ECS Exec session log. */
  int execLogRetentionDays();

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ServiceClusterSettings}. */
  final class Builder extends ImmutableServiceClusterSettings.Builder {}
}

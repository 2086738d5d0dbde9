package dev.groundwork.constructs.compute;

import dev.groundwork.core.GroundworkStyle;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awscdk.services.ec2.IVpc;

/** Input of {@link ServiceCluster}. Only the network is required. */
@Value.Immutable
@GroundworkStyle
public interface ServiceClusterProps {

  /**
   * The network the cluster's services run in; they are placed in its private subnets with
   * egress (a {@code SecureVpc}'s {@code vpc()} has them).
   */
  IVpc vpc();

  /**
   * Whether services may run part of their tasks on Fargate Spot (cheaper, but tasks can be
   * reclaimed with two minutes' notice). Default by tier: allowed in DEV, not in STAGING or PROD.
   * When allowed, one task always runs on regular Fargate and the rest are weighted 3:1 to Spot.
   */
  Optional<Boolean> fargateSpot();

  /**
   * Retention of the ECS Exec session log, in days. Default by tier: the tier's log retention
   * (30, 90, 365 days).
   */
  Optional<Integer> execLogRetentionDays();

  /** Props for a cluster in {@code vpc} with every default. */
  static ServiceClusterProps of(IVpc vpc) {
    return builder().vpc(vpc).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ServiceClusterProps}. */
  final class Builder extends ImmutableServiceClusterProps.Builder {}
}

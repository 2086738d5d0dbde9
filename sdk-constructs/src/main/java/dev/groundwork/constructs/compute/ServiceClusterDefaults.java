package dev.groundwork.constructs.compute;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;

/** Resolves every setting of a {@link ServiceCluster} from its props and tier, in one place. */
final class ServiceClusterDefaults {
  /** Spot capacity can be reclaimed at two minutes' notice: for DEV only unless asked for. */
  static final ByTier<Boolean> FARGATE_SPOT = ByTier.of(true, false, false);

  private ServiceClusterDefaults() {}

  static ServiceClusterSettings resolve(ServiceClusterProps props, PlatformContext context) {
    return new ServiceClusterSettings(
        true,
        props.fargateSpot().orElse(FARGATE_SPOT.get(context.tier())),
        props.execLogRetentionDays().orElse(context.defaults().logRetentionDays()));
  }
}

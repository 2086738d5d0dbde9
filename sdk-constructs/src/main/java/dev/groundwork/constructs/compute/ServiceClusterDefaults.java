package dev.groundwork.constructs.compute;

import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Tier;

/** Resolves every setting of a {@link ServiceCluster} from its props and tier, in one place. */
final class ServiceClusterDefaults {
  private ServiceClusterDefaults() {}

  static ServiceClusterSettings resolve(ServiceClusterProps props, PlatformContext context) {
    return ServiceClusterSettings.builder()
        .containerInsights(true)
        .fargateSpot(props.fargateSpot().orElse(context.tier() == Tier.DEV))
        .execLogRetentionDays(props.execLogRetentionDays().orElse(context.defaults().logRetentionDays()))
        .build();
  }
}

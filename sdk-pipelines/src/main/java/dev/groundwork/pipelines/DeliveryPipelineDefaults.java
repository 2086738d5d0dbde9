package dev.groundwork.pipelines;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;
import java.util.Optional;

/**
 * Resolves every setting of a {@link DeliveryPipeline}, in one place. The gates belong to the
 * waves the pipeline deploys, one per tier, so they are tables by the waves' tiers; they do not
 * depend on the tier of the environment the pipeline itself runs in.
 */
final class DeliveryPipelineDefaults {
  private DeliveryPipelineDefaults() {}

  static DeliveryPipelineSettings resolve(DeliveryPipelineProps props, PlatformContext context) {
    return new DeliveryPipelineSettings(
        ByTier.of(false, false, props.prodApproval()),
        ByTier.of(Optional.empty(), Optional.empty(), Optional.of(props.prodDeploymentWindow())),
        props.prodApprovalWaiverReason(),
        props.crossRegionObjectLock());
  }
}

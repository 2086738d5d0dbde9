package dev.groundwork.pipelines;

import dev.groundwork.core.ByTier;
import java.util.Optional;

/**
 * Every setting of a {@link DeliveryPipeline}, resolved from its props.
 *
 * @param approvalBeforeWave whether a person approves before the wave of each tier deploys
 * @param deploymentWindow when the wave of each tier may be entered; none: at any time
 * @param approvalWaiverReason why PROD deploys without approval, recorded in the pipeline's metadata
 * @param crossRegionObjectLock whether CDK Pipelines' artifact buckets in other regions have Object Lock enabled
 */
record DeliveryPipelineSettings(ByTier<Boolean> approvalBeforeWave,
    ByTier<Optional<DeploymentWindow>> deploymentWindow, Optional<String> approvalWaiverReason,
    boolean crossRegionObjectLock) {}

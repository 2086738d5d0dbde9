/**
 * Non-API parts of the delivery pipeline: the deployment-window cron check and the stage
 * condition written into the synthesized CodePipeline.
 */
package dev.groundwork.pipelines.internal;

/**
 * Delivery pipelines on CDK Pipelines: a staged {@link dev.groundwork.pipelines.DeliveryPipeline}
 * that deploys a PlatformApp's own environments in tier order, with gates and rollback.
 */
package dev.groundwork.pipelines;

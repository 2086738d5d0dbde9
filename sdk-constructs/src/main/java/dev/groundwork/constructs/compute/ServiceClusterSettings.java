package dev.groundwork.constructs.compute;

/**
 * Every setting of a {@link ServiceCluster}, resolved from its props and tier.
 *
 * @param containerInsights whether Container Insights collects task and service metrics
 * @param fargateSpot whether services may place tasks on Fargate Spot
 * @param execLogRetentionDays retention of the ECS Exec session log, in days
 */
record ServiceClusterSettings(boolean containerInsights, boolean fargateSpot, int execLogRetentionDays) {}

package dev.groundwork.constructs.compute;

/**
 * Every setting of a {@link ServiceCluster}, fully resolved from its props and tier.
 *
 * @param containerInsights whether Container Insights collects task and service metrics
 * @param fargateSpot whether services may place tasks on Fargate Spot
 * @param execLogRetentionDays retention of the ECS Exec session log
 */
record ServiceClusterSettings(boolean containerInsights, boolean fargateSpot, int execLogRetentionDays) {}

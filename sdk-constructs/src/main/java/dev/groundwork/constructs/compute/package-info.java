/**
 * Compute: {@link dev.groundwork.constructs.compute.ServiceCluster} and hardened Fargate services
 * ({@link dev.groundwork.constructs.compute.WebService} behind a load balancer and WAF,
 * {@link dev.groundwork.constructs.compute.QueueWorkerService} on an encrypted queue).
 */
package dev.groundwork.constructs.compute;

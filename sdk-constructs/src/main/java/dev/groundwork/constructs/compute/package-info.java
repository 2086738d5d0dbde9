/**
 * Compute: {@link dev.groundwork.constructs.compute.ServiceCluster} and hardened Fargate services
 * ({@link dev.groundwork.constructs.compute.WebService} behind a load balancer and WAF,
 * {@link dev.groundwork.constructs.compute.QueueWorkerService} on an encrypted queue), each
 * composed of small one-concern constructs that are the CDK L2s they configure.
 */
package dev.groundwork.constructs.compute;

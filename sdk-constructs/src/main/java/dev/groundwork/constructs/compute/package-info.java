/**
 * Compute: {@link dev.groundwork.constructs.compute.ServiceCluster} and hardened Fargate services
 * ({@link dev.groundwork.constructs.compute.WebService} behind a load balancer and WAF,
 * {@link dev.groundwork.constructs.compute.QueueWorkerService} on an encrypted queue, each with its
 * optional {@link dev.groundwork.constructs.compute.TracingSidecar}), composed of small one-concern
 * constructs that are the CDK L2s they configure. Above network, data, keys and logs; services
 * connect themselves to a database ({@code connectTo}), and observability watches them from above.
 */
package dev.groundwork.constructs.compute;

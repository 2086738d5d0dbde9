package dev.groundwork.constructs;

import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.constructs.compute.ContainerOptions;
import dev.groundwork.constructs.compute.QueueWorkerServiceProps;
import dev.groundwork.constructs.compute.ServiceCluster;
import dev.groundwork.constructs.compute.ServiceClusterProps;
import dev.groundwork.constructs.compute.TlsCertificate;
import dev.groundwork.constructs.compute.WebServiceProps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import java.util.List;
import software.amazon.awscdk.Stack;

/**
 * The services the watching and rehearsing tests build: the same web service and worker in each,
 * so their templates differ only in what the test adds.
 */
public final class TestServices {
  private TestServices() {}

  /** A cluster in a new VPC (10.0.0.0/16) of {@code stack}: the construct ids "Network" and "Cluster". */
  public static ServiceCluster cluster(Stack stack) {
    SecureVpc network = new SecureVpc(stack, "Network", SecureVpcProps.of(Cidr.of("10.0.0.0/16")));
    return new ServiceCluster(stack, "Cluster", ServiceClusterProps.of(network.vpc()));
  }

  /** An nginx web service (0.5 vCPU, 1 GiB, non-root) behind a fixed certificate of {@code env}'s account. */
  public static WebServiceProps.Builder webService(ServiceCluster cluster, PlatformEnvironment env) {
    return WebServiceProps.builder()
        .cluster(cluster)
        .container(ContainerOptions.builder().image("public.ecr.aws/nginx/nginx-unprivileged:1.27.3")
            .cpu(512).memoryMiB(1024).user("101:101").build())
        .certificate(TlsCertificate.fromArn("arn:aws:acm:eu-west-1:" + env.account().value()
            + ":certificate/7e1c2a9d-4b3f-4c55-9a0e-2f6d8b1c3e4a"));
  }

  /** A busybox worker whose shell loop keeps its liveness heartbeat fresh. */
  public static QueueWorkerServiceProps.Builder heartbeatWorker(ServiceCluster cluster) {
    return QueueWorkerServiceProps.builder()
        .cluster(cluster)
        .container(ContainerOptions.builder().image("public.ecr.aws/docker/library/busybox:1.37.0")
            .cpu(256).memoryMiB(512)
            .command(List.of("sh", "-c", "while true; do touch /tmp/heartbeat; sleep 20; done"))
            .livenessHeartbeat("/tmp/heartbeat", 120).build());
  }
}

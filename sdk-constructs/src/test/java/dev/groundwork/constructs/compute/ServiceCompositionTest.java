package dev.groundwork.constructs.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;

/**
 * The services are composed of their one-concern constructs, each at the path its CDK L2 always
 * had (so templates and logical ids do not depend on the composition), and every shared accessor
 * of {@link FargateWorkload} resolves to them. Nothing is synthesized.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceCompositionTest {
  WebService api;
  QueueWorkerService worker;

  @BeforeAll
  void createServices(@TempDir Path outdir) {
    ServiceCluster cluster = TestClusters.inImportedVpc(outdir, "prod", "services");
    Stack stack = Stack.of(cluster);
    ContainerOptions container = ContainerOptions.builder().image("nginx:1.27.3").cpu(256).memoryMiB(512)
        .build();
    api = new WebService(stack, "Api", WebServiceProps.builder().cluster(cluster).container(container)
        .certificate(TlsCertificate.fromArn("arn:aws:acm:eu-west-1:333333333333:certificate/abc-123"))
        .build());
    worker = new QueueWorkerService(stack, "Worker", QueueWorkerServiceProps.builder()
        .cluster(cluster)
        .container(ContainerOptions.builder().image("nginx:1.27.3").cpu(256).memoryMiB(512)
            .livenessHeartbeat("/tmp/heartbeat", 120).build())
        .build());
  }

  @Test
  void theComposedConstructsSitWhereTheirCdkL2sAlwaysSat() {
    assertThat(api.taskDefinition().getNode().getPath()).isEqualTo("prod/services/Api/TaskDefinition");
    assertThat(api.service().getNode().getPath()).isEqualTo("prod/services/Api/Service");
    assertThat(api.loadBalancer().getNode().getPath()).isEqualTo("prod/services/Api/LoadBalancer");
    assertThat(api.getNode().tryFindChild("ServiceSecurityGroup")).isNotNull();
    assertThat(api.getNode().tryFindChild("LoadBalancerSecurityGroup")).isNotNull();
    assertThat(api.getNode().tryFindChild("AccessLogs")).isNotNull();
    assertThat(worker.service().getNode().getPath()).isEqualTo("prod/services/Worker/Service");
    assertThat(worker.getNode().tryFindChild("ServiceSecurityGroup")).isNotNull();
  }

  @Test
  void theSharedAccessorsResolveToTheComposedConstructs() {
    for (FargateWorkload workload : List.<FargateWorkload>of(api, worker)) {
      assertThat(workload.taskDefinition()).isSameAs(workload.service().hardenedTaskDefinition())
          .isSameAs(workload.service().getTaskDefinition());
      assertThat(workload.container()).isSameAs(workload.taskDefinition().container());
      assertThat(workload.container().getContainerName()).isEqualTo(HardenedTaskDefinition.CONTAINER_NAME);
      assertThat(workload.scaling()).isSameAs(workload.service().scaling());
      assertThat(workload.connections()).isSameAs(workload.service().getConnections());
      assertThat(workload.logGroup().getNode().getPath()).startsWith(
          ((software.constructs.Construct) workload).getNode().getPath() + "/Logs/");
    }
    assertThat(api.httpsListener().getNode().getPath()).isEqualTo("prod/services/Api/LoadBalancer/Https");
    assertThat(api.accessLogBucket().getNode().getPath()).isEqualTo("prod/services/Api/AccessLogs");
  }
}

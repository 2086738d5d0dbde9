package dev.groundwork.constructs.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.core.GroundworkValidationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.ec2.CfnSecurityGroup;
import software.amazon.awscdk.services.ecs.Capability;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.LinuxParameters;
import software.amazon.awscdk.services.elasticloadbalancingv2.CfnListener;

/**
 * Bad input to {@link WebService} and {@link QueueWorkerService} fails at construction with a
 * coded message naming the property. Nothing is synthesized.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceInvalidInputTest {
  static final String CERTIFICATE = "arn:aws:acm:eu-west-1:333333333333:certificate/abc-123";
  Stack stack;
  ServiceCluster cluster;
  int services;

  @BeforeAll
  void createCluster(@TempDir Path outdir) {
    cluster = TestClusters.inImportedVpc(outdir, "prod", "services");
    stack = Stack.of(cluster);
  }

  @Test
  void rejectsTheLatestTag() {
    assertWebRejected(web(container("nginx:latest", 512, 1024).build()), "IMAGE_NOT_PINNED")
        .hasMessageContaining("container.image must be pinned")
        .hasMessageContaining("'nginx:latest'");
  }

  @Test
  void rejectsAnUntaggedImage() {
    assertWebRejected(web(container("public.ecr.aws/nginx/nginx", 512, 1024).build()),
        "IMAGE_NOT_PINNED")
        .hasMessageContaining("container.image must be pinned");
  }

  @Test
  void rejectsACpuMemoryCombinationFargateDoesNotOffer() {
    assertWebRejected(web(container("nginx:1.27.3", 256, 4096).build()), "FARGATE_CPU_MEMORY")
        .hasMessageContaining("container.cpu/container.memoryMiB must be one of Fargate's combinations")
        .hasMessageContaining("cpu 256 with memoryMiB 512, 1024 or 2048")
        .hasMessageContaining("got cpu 256 with memoryMiB 4096");
  }

  @Test
  void rejectsMinTasksAboveMaxTasks() {
    assertWebRejected(web(valid()).minTasks(5).maxTasks(2), "SERVICE_TASK_COUNT")
        .hasMessageContaining("minTasks must be at most maxTasks (2)");
  }

  @Test
  void rejectsAHealthCheckPathWithoutALeadingSlash() {
    assertWebRejected(web(valid()).healthCheck(HealthCheckOptions.builder().path("health").build()),
        "HEALTH_CHECK_PATH")
        .hasMessageContaining("healthCheck.path must be a path starting with /, got 'health'")
        .hasMessageContaining("Write it as /health.");
  }

  @Test
  void rejectsACertificateFromAnotherRegion() {
    assertWebRejected(webWithoutCertificate().certificate(TlsCertificate.fromArn(
        "arn:aws:acm:us-east-1:333333333333:certificate/abc-123")), "WEB_CERTIFICATE_REGION")
        .hasMessageContaining("certificate must be a certificate in the service's region eu-west-1")
        .hasMessageContaining("(region us-east-1)");
  }

  @Test
  void rejectsABroughtCertificateFromAnotherRegion() {
    assertWebRejected(webWithoutCertificate().certificate(TlsCertificate.of(Certificate.fromCertificateArn(
        stack, "UsEast1Certificate", "arn:aws:acm:us-east-1:333333333333:certificate/abc-123"))),
        "WEB_CERTIFICATE_REGION")
        .hasMessageContaining("certificate must be a certificate in the service's region eu-west-1")
        .hasMessageContaining("(region us-east-1)");
  }

  @Test
  void rejectsOpeningANonStandardPortToEveryone() {
    assertWebRejected(web(valid()).httpsPort(8443), "WEB_INGRESS_PUBLIC_PORT")
        .hasMessageContaining(
            "ingressCidrs must be 0.0.0.0/0 only on ports 80 and 443, got 0.0.0.0/0 on port 8443");
  }

  /**
   * 8443 with a named network is accepted (0.0.0.0/0 on 8443 is not, see above), and the load
   * balancer then listens on 8443 and admits that network only, on 8443 and on the redirecting 80.
   */
  @Test
  void allowsANonStandardPortForNamedNetworksOnly() {
    WebServiceProps props = web(valid()).httpsPort(8443)
        .ingressCidrs(List.of(Cidr.of("192.0.2.0/24"))).internetFacing(false).build();
    WebService internal = new WebService(stack, "Internal", props);
    assertThat(((CfnListener) internal.httpsListener().getNode().getDefaultChild()).getPort()).isEqualTo(8443);
    CfnSecurityGroup group = (CfnSecurityGroup) internal.getNode().findChild("LoadBalancerSecurityGroup")
        .getNode().getDefaultChild();
    List<?> ingress = (List<?>) stack.resolve(group.getSecurityGroupIngress());
    assertThat(ingress).extracting(rule -> (Object) ((Map<?, ?>) rule).get("cidrIp")).containsOnly("192.0.2.0/24");
    assertThat(ingress).extracting(rule -> ((Number) ((Map<?, ?>) rule).get("fromPort")).intValue())
        .containsExactlyInAnyOrder(8443, 80);
  }

  @Test
  void rejectsSecretsInPlainEnvironmentVariables() {
    assertWebRejected(web(container("nginx:1.27.3", 512, 1024)
            .putEnvironment("DB_PASSWORD", "hunter2").build()),
        "CONTAINER_SECRET_IN_ENVIRONMENT")
        .hasMessageContaining("container.environment must be a variable whose name does not look like")
        .hasMessageContaining("container.secrets(\"DB_PASSWORD\"")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void rejectsRoot() {
    assertWebRejected(web(container("nginx:1.27.3", 512, 1024).user("0:0").build()),
        "CONTAINER_ROOT_USER")
        .hasMessageContaining("container.user must be a non-root user");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertWebRejected(web(container("app", 100, 1024).build())
            .healthCheck(HealthCheckOptions.builder().path("x").build()),
        "IMAGE_NOT_PINNED", "FARGATE_CPU_MEMORY", "HEALTH_CHECK_PATH")
        .hasMessageStartingWith("3 problems:")
        .hasMessageContaining("WebService at 'prod/services/Api");
  }

  @Test
  void rejectsACapabilityFargateDoesNotLetAContainerAdd() {
    assertWebRejected(web(container("nginx:1.27.3", 512, 1024)
            .addCapabilities(Capability.SYS_PTRACE, Capability.NET_ADMIN).build()),
        "CONTAINER_CAPABILITY")
        .hasMessageContaining("container.capabilities must be SYS_PTRACE, the only capability Fargate lets "
            + "a container add back, got NET_ADMIN")
        .hasMessageContaining("Remove NET_ADMIN");
  }

  @Test
  void rejectsALivenessCommandEcsCannotRun() {
    assertWebRejected(web(container("nginx:1.27.3", 512, 1024)
            .livenessCommand(List.of("curl", "-f", "http://localhost:8080/")).build()),
        "CONTAINER_LIVENESS_COMMAND")
        .hasMessageContaining("container.livenessCommand must be CMD followed by a program of the image")
        .hasMessageContaining("got [curl, -f, http://localhost:8080/]");
  }

  @Test
  void rejectsALivenessPathThatWouldBreakOutOfItsQuotes() {
    assertWebRejected(web(valid()).healthCheck(HealthCheckOptions.builder()
            .path("/ready").livenessPath("/live' || true; echo '").build()),
        "HEALTH_CHECK_LIVENESS_PATH")
        .hasMessageContaining("healthCheck.livenessPath must be a path starting with / without quotes");
  }

  @Test
  void takesAnyReadinessPathWhenTheContainerChecksItsOwnLiveness() {
    WebService own = new WebService(stack, "OwnLiveness", web(container("nginx:1.27.3", 512, 1024)
            .livenessCommand(List.of("CMD", "/app/healthcheck")).build())
        .healthCheck(HealthCheckOptions.builder().path("/ready?deep=1&probe=lb").build()).build());
    assertThat(own.healthCheckPath()).isEqualTo("/ready?deep=1&probe=lb");
  }

  @Test
  void rejectsAWorkerWithoutALivenessCommand() {
    QueueWorkerServiceProps props = QueueWorkerServiceProps.builder().cluster(cluster).container(valid()).build();
    assertThatThrownBy(() -> new QueueWorkerService(stack, "Unchecked", props))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("WORKER_LIVENESS_COMMAND"))
        .hasMessageContaining("QueueWorkerService at 'prod/services/Unchecked'")
        .hasMessageContaining("container.livenessCommand must be a command ECS runs in the container that "
            + "fails when the worker is stuck")
        .hasMessageContaining("got unset")
        .hasMessageContaining("container.livenessHeartbeat(\"/tmp/heartbeat\", 330)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tmp/heartbeat", "/tmp/heart beat", "/tmp/$(reboot)", "/tmp/'x'", ""})
  void refusesAHeartbeatPathThatIsNotAPlainAbsolutePath(String path) {
    assertThatThrownBy(() -> ContainerOptions.builder().livenessHeartbeat(path, 120))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("heartbeat path must be absolute");
  }

  @Test
  void refusesAHeartbeatWithoutAPositiveAge() {
    assertThatThrownBy(() -> ContainerOptions.builder().livenessHeartbeat("/tmp/heartbeat", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAgeSeconds must be positive, got 0");
  }

  @Test
  void rejectsASidecarThatWouldKeepDockersDefaultCapabilities() {
    HardenedTaskDefinition task = worker("Worker6", validWorker()).taskDefinition();
    ContainerDefinitionOptions options = ContainerDefinitionOptions.builder()
        .image(ContainerImage.fromRegistry("public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4"))
        .memoryLimitMiB(64).build();
    assertThatThrownBy(() -> task.addSidecar("log-router", options))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("SIDECAR_CAPABILITIES"))
        .hasMessageContaining("sidecar 'log-router' linuxParameters must be Linux parameters that drop every "
            + "capability and add back at most SYS_PTRACE, got unset (Docker's default capabilities)")
        .hasMessageContaining(".linuxParameters(taskDefinition.sidecarLinuxParameters(\"log-router\"))");
  }

  @Test
  void refusesToAddBackACapabilityFargateDoesNotAllowToASidecar() {
    HardenedTaskDefinition task = worker("Worker7", validWorker()).taskDefinition();
    assertThatThrownBy(() -> task.sidecarLinuxParameters("pinger", Capability.NET_RAW))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("CONTAINER_CAPABILITY"))
        .hasMessageContaining("sidecar 'pinger' capabilities must be SYS_PTRACE, the only capability "
            + "Fargate lets a container add back, got NET_RAW");
  }

  /**
   * Linux parameters stay mutable after a container has them, so the task definition checks
   * them again at synthesis: a capability added to the application's afterwards, and a sidecar
   * brought with parameters of its own that drop nothing, are both reported.
   */
  @Test
  void reportsCapabilitiesChangedOrKeptBehindItsBackAtSynthesis() {
    HardenedTaskDefinition task = worker("Worker8", validWorker()).taskDefinition();
    assertThat(task.getNode().validate()).isEmpty();
    task.container().getLinuxParameters().addCapabilities(Capability.NET_ADMIN);
    task.addSidecar("agent", sidecar(LinuxParameters.Builder.create(task, "AgentParameters").build())
        .memoryLimitMiB(64).build());
    assertThat(task.getNode().validate()).satisfiesExactly(
        message -> assertThat(message).startsWith("[CONTAINER_CAPABILITY] HardenedTaskDefinition at "
                + "'prod/services/Worker8/TaskDefinition': container 'app' linuxParameters must be SYS_PTRACE")
            .contains("got add [NET_ADMIN]"),
        message -> assertThat(message).startsWith("[CONTAINER_CAPABILITIES_DROPPED]")
            .contains("container 'agent' linuxParameters must be Linux parameters that drop ALL and add back "
                + "by name, got drop []"));
  }

  @Test
  void rejectsQueueWorkersWithMinTasksAboveMax() {
    QueueWorkerServiceProps props = QueueWorkerServiceProps.builder()
        .cluster(cluster).container(validWorker()).minTasks(4).maxTasks(3).build();
    assertThatThrownBy(() -> new QueueWorkerService(stack, "Worker", props))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("SERVICE_TASK_COUNT"))
        .hasMessageContaining("QueueWorkerService at 'prod/services/Worker'")
        .hasMessageContaining("minTasks must be at most maxTasks (3)");
  }

  @Test
  void rejectsQueueWorkersWithAnUnpinnedImage() {
    QueueWorkerServiceProps props = QueueWorkerServiceProps.builder()
        .cluster(cluster).container(container("worker:latest", 256, 512)
            .livenessHeartbeat("/tmp/heartbeat", 120).build()).build();
    assertThatThrownBy(() -> new QueueWorkerService(stack, "Worker2", props))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("IMAGE_NOT_PINNED"))
        .hasMessageContaining("container.image");
  }

  @Test
  void rejectsAnApplicationMemoryLimitAboveTheTasksMemory() {
    assertWebRejected(web(container("nginx:1.27.3", 512, 1024).memoryLimitMiB(2048).build()),
        "CONTAINER_MEMORY_LIMIT")
        .hasMessageContaining("container.memoryLimitMiB must be 6 to the task's memoryMiB (1024), got 2048");
  }

  @Test
  void rejectsAnApplicationMemoryLimitThatLeavesTheTracingCollectorNoRoom() {
    QueueWorkerServiceProps props = QueueWorkerServiceProps.builder().cluster(cluster)
        .container(container("nginx:1.27.3", 512, 1024).memoryLimitMiB(1000)
            .livenessHeartbeat("/tmp/heartbeat", 120).build())
        .build();
    assertThatThrownBy(() -> new QueueWorkerService(stack, "Traced", props))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("CONTAINER_MEMORY_LIMIT"))
        .hasMessageContaining("container.memoryLimitMiB must be at most 896 with tracing on (the collector "
            + "takes 128 of the task's memoryMiB 1024), got 1000")
        .hasMessageContaining("tracing(false)");
  }

  @Test
  void rejectsASidecarWithoutAMemoryLimit() {
    HardenedTaskDefinition task = worker("Worker3", validWorker()).taskDefinition();
    assertThatThrownBy(() -> task.addSidecar("log-router", sidecar(task, "log-router").build()))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("SIDECAR_MEMORY_LIMIT"))
        .hasMessageContaining("HardenedTaskDefinition at 'prod/services/Worker3/TaskDefinition'")
        .hasMessageContaining("sidecar 'log-router' memoryLimitMiB must be a hard limit of at least 6 MiB, got unset");
  }

  @Test
  void rejectsSidecarsThatLeaveTheApplicationTooLittleMemory() {
    HardenedTaskDefinition task = worker("Worker4", validWorker()).taskDefinition();
    task.addSidecar("proxy", sidecar(task, "proxy").memoryLimitMiB(512).build());
    assertThatThrownBy(() -> task.addSidecar("log-router", sidecar(task, "log-router").memoryLimitMiB(512).build()))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("SIDECAR_MEMORY_LIMIT"))
        .hasMessageContaining("sidecar 'log-router' memoryLimitMiB must be at most 384, leaving the "
            + "application at least 128 of the task's memoryMiB 1024 (other sidecars 512), got 512");
    assertThat(task.applicationMemoryLimitMiB()).isEqualTo(512);
  }

  @Test
  void rejectsSidecarLimitsThatWithTheApplicationsExceedTheTasksMemory() {
    HardenedTaskDefinition task = worker("Worker5", container("nginx:1.27.3", 512, 1024)
        .memoryLimitMiB(1000).livenessHeartbeat("/tmp/heartbeat", 120).build()).taskDefinition();
    assertThatThrownBy(() -> task.addSidecar("log-router", sidecar(task, "log-router").memoryLimitMiB(64).build()))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("SIDECAR_MEMORY_LIMIT"))
        .hasMessageContaining("must be at most 24 (task memoryMiB 1024, application memoryLimitMiB 1000, "
            + "other sidecars 0), got 64")
        .hasMessageContaining("raise the task's memoryMiB");
  }

  /** A PROD worker without its tracing sidecar, so the sidecars added here are the only ones. */
  private QueueWorkerService worker(String id, ContainerOptions container) {
    return new QueueWorkerService(stack, id,
        QueueWorkerServiceProps.builder().cluster(cluster).container(container).tracing(false).build());
  }

  /** A sidecar with Linux parameters that drop every capability, as {@code addSidecar} requires. */
  private static ContainerDefinitionOptions.Builder sidecar(HardenedTaskDefinition task, String id) {
    return sidecar(task.sidecarLinuxParameters(id));
  }

  private static ContainerDefinitionOptions.Builder sidecar(LinuxParameters parameters) {
    return ContainerDefinitionOptions.builder()
        .image(ContainerImage.fromRegistry("public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4"))
        .linuxParameters(parameters);
  }

  private static ContainerOptions.Builder container(String image, int cpu, int memoryMiB) {
    return ContainerOptions.builder().image(image).cpu(cpu).memoryMiB(memoryMiB);
  }

  private static ContainerOptions valid() {
    return container("nginx:1.27.3", 512, 1024).build();
  }

  private static ContainerOptions validWorker() {
    return container("nginx:1.27.3", 512, 1024).livenessHeartbeat("/tmp/heartbeat", 120).build();
  }

  private WebServiceProps.Builder webWithoutCertificate() {
    return WebServiceProps.builder().cluster(cluster).container(valid());
  }

  private WebServiceProps.Builder web(ContainerOptions container) {
    return WebServiceProps.builder().cluster(cluster).container(container)
        .certificate(TlsCertificate.fromArn(CERTIFICATE));
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertWebRejected(
      WebServiceProps.Builder builder, String... codes) {
    WebServiceProps props = builder.build();
    String id = "Api" + (services++ == 0 ? "" : String.valueOf(services));
    return assertThatThrownBy(() -> new WebService(stack, id, props))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly(codes));
  }
}

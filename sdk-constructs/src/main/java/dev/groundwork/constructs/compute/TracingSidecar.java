package dev.groundwork.constructs.compute;

import dev.groundwork.core.PlatformContext;
import java.util.List;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.services.ecs.AwsLogDriverMode;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.constructs.Construct;

/**
 * An AWS Distro for OpenTelemetry collector beside a service's container, forwarding its traces
 * to AWS X-Ray. {@link WebService} and {@link QueueWorkerService} add one by tier ({@code tracing}).
 *
 * <p>Adds to the task definition: the collector container {@value #CONTAINER_NAME} (image
 * {@value #IMAGE}, pinned; not essential, so a collector failure never stops the service;
 * non-root, read-only root file system, not privileged, every Linux capability dropped, a
 * {@value #MEMORY_LIMIT_MIB} MiB hard limit (taken from the application's derived limit) with 64
 * MiB reserved, logs to the service's log group under the {@code otel} prefix) running the
 * image's X-Ray pipeline ({@code /etc/ecs/ecs-xray.yaml}: OTLP on 4317/4318 and the X-Ray daemon
 * protocol on UDP 2000, all on localhost, unprivileged ports); tells the application container
 * where it is ({@code OTEL_EXPORTER_OTLP_ENDPOINT}, {@code AWS_XRAY_DAEMON_ADDRESS}); and grants
 * the task role the four X-Ray actions the collector calls and nothing else (X-Ray offers no
 * resource-level permissions for them, hence {@code *}).
 */
public final class TracingSidecar extends Construct {
  /** The collector image, pinned so upgrades are deliberate. */
  public static final String IMAGE = "public.ecr.aws/aws-observability/aws-otel-collector:v0.43.3";
  /** The collector's container name. */
  public static final String CONTAINER_NAME = "otel-collector";
  /**
   * What the collector calls: sending segments and its own telemetry, and, for the SDKs' remote
   * sampling it proxies, reading sampling rules and targets. Not {@code
   * GetSamplingStatisticSummaries}, which AWS's managed daemon policy grants but only the
   * console's sampling reports read.
   */
  static final List<String> XRAY_ACTIONS = List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords",
      "xray:GetSamplingRules", "xray:GetSamplingTargets");
  /**
   * The collector's memory hard limit: twice its reservation, room for bursts of spans; past it
   * ECS stops the collector (not essential), never the application.
   */
  public static final int MEMORY_LIMIT_MIB = 128;
  /** The memory reserved for the collector, half its limit. */
  static final int MEMORY_RESERVATION_MIB = 64;
  /** The image's user: aoc, uid 10001. */
  static final String USER = "10001";

  private final ContainerDefinition collector;

  public TracingSidecar(Construct scope, String id, TracingSidecarProps props) {
    super(scope, id);
    TracingSidecarSettings settings = TracingSidecarDefaults.resolve(props, PlatformContext.of(this));
    HardenedTaskDefinition taskDefinition = props.taskDefinition();
    this.collector = taskDefinition.addSidecar(settings.containerName(), ContainerDefinitionOptions.builder()
        .containerName(settings.containerName())
        .image(ContainerImage.fromRegistry(settings.image()))
        .command(List.of("--config=/etc/ecs/ecs-xray.yaml"))
        .essential(false)
        .user(settings.user())
        .readonlyRootFilesystem(true)
        .privileged(false)
        .linuxParameters(taskDefinition.sidecarLinuxParameters(settings.containerName()))
        .memoryLimitMiB(settings.memoryLimitMiB())
        .memoryReservationMiB(settings.memoryReservationMiB())
        .logging(LogDriver.awsLogs(AwsLogDriverProps.builder()
            .logGroup(taskDefinition.logGroup())
            .streamPrefix("otel")
            .mode(AwsLogDriverMode.NON_BLOCKING)
            .maxBufferSize(Size.mebibytes(25))
            .build()))
        .build());
    taskDefinition.container().addEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", settings.otlpEndpoint());
    taskDefinition.container().addEnvironment("AWS_XRAY_DAEMON_ADDRESS", settings.xrayDaemonAddress());
    taskDefinition.addToTaskRolePolicy(PolicyStatement.Builder.create()
        .sid("SendTracesToXRay")
        .effect(Effect.ALLOW)
        .actions(XRAY_ACTIONS)
        .resources(List.of("*"))
        .build());
  }

  /** The collector container. */
  public ContainerDefinition collector() {
    return collector;
  }
}

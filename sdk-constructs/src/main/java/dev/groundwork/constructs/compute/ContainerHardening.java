package dev.groundwork.constructs.compute;

import dev.groundwork.constructs.internal.Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.services.ecs.AwsLogDriverMode;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.CpuArchitecture;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.HealthCheck;
import software.amazon.awscdk.services.ecs.LinuxParameters;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.MountPoint;
import software.amazon.awscdk.services.ecs.OperatingSystemFamily;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.Protocol;
import software.amazon.awscdk.services.ecs.RuntimePlatform;
import software.amazon.awscdk.services.ecs.Volume;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.constructs.Construct;

/**
 * The container rules every Groundwork service shares, checked and applied in one place: a
 * pinned image, a valid Fargate size, no secrets in plain environment variables, a non-root
 * user, a read-only root file system with explicit scratch volumes, not privileged, an init
 * process, and non-blocking {@code awslogs} logging to an encrypted log group.
 */
final class ContainerHardening {
  /** The one container of a Groundwork task. */
  static final String CONTAINER_NAME = "app";
  /** Where the ECS Exec agent (SSM) writes its state and logs; writable only when Exec is on. */
  static final List<String> EXEC_AGENT_PATHS = List.of("/var/lib/amazon", "/var/log/amazon");
  /** Writable directories when the container names none. */
  static final List<String> DEFAULT_WRITABLE_PATHS = List.of("/tmp");
  private static final Set<String> ROOT_USERS = Set.of("root", "0");

  private ContainerHardening() {}

  /** Records every problem of {@code container} in {@code problems}. */
  static void check(ContainerOptions container, Validation problems) {
    if (!ImageReference.parse(container.image()).isPinned()) {
      problems.add("IMAGE_NOT_PINNED", "container.image", "'" + container.image() + "'",
          "pinned: a tag other than 'latest' (repo:1.4.2) or a digest (repo@sha256:<64 hex>)",
          "Deploy a specific version, e.g. the tag or digest your build pushed.");
    }
    if (!FargateSizes.isValid(container.cpu(), container.memoryMiB())) {
      problems.add("FARGATE_CPU_MEMORY", "container.cpu/container.memoryMiB",
          "cpu " + container.cpu() + " with memoryMiB " + container.memoryMiB(),
          "one of Fargate's combinations: " + FargateSizes.describe(),
          "Pick the combination closest to what the service needs.");
    }
    container.environment().keySet().stream().filter(SecretLikeNames::looksSecret).forEach(name ->
        problems.add("CONTAINER_SECRET_IN_ENVIRONMENT", "container.environment", "'" + name + "'",
            "a variable whose name does not look like a password, secret, token or key",
            "Pass it with container.secrets(\"" + name + "\", Secret.fromSecretsManager(...)) so the "
                + "value stays in Secrets Manager or SSM Parameter Store."));
    String user = container.user().trim();
    String uid = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
    if (user.isEmpty() || ROOT_USERS.contains(uid)) {
      problems.add("CONTAINER_ROOT_USER", "container.user", "'" + container.user() + "'",
          "a non-root user (uid[:gid] other than 0, or a user name other than root)",
          "Run as an unprivileged user, e.g. 1000:1000, and make the image work without root.");
    }
    for (String path : writablePaths(container)) {
      if (!path.startsWith("/") || path.equals("/")) {
        problems.add("CONTAINER_WRITABLE_PATH", "container.writablePaths", "'" + path + "'",
            "an absolute directory other than /", "Name the directory the process writes to, e.g. /tmp.");
      }
    }
  }

  /** The container's writable directories, {@link #DEFAULT_WRITABLE_PATHS} unless it names its own. */
  static List<String> writablePaths(ContainerOptions container) {
    return container.writablePaths().orElse(DEFAULT_WRITABLE_PATHS);
  }

  /** A Fargate task definition sized for {@code container}, Linux on x86-64. */
  static FargateTaskDefinition taskDefinition(Construct scope, ContainerOptions container) {
    return FargateTaskDefinition.Builder.create(scope, "TaskDefinition")
        .cpu(container.cpu())
        .memoryLimitMiB(container.memoryMiB())
        .runtimePlatform(RuntimePlatform.builder()
            .operatingSystemFamily(OperatingSystemFamily.LINUX)
            .cpuArchitecture(CpuArchitecture.X86_64)
            .build())
        .build();
  }

  /**
   * Adds the hardened container to {@code taskDefinition}.
   *
   * @param logGroup where the container's output goes
   * @param port the port the container listens on, if it serves traffic
   * @param extraEnvironment variables the service itself provides (e.g. the queue URL)
   * @param liveness the container health check, if any
   * @param executeCommand whether ECS Exec is on (its agent needs writable directories)
   */
  static ContainerDefinition addContainer(FargateTaskDefinition taskDefinition,
      ContainerOptions container, ILogGroup logGroup, Optional<Integer> port,
      Map<String, String> extraEnvironment, Optional<HealthCheck> liveness, boolean executeCommand) {
    Map<String, String> environment = new LinkedHashMap<>(container.environment());
    environment.putAll(extraEnvironment);
    ContainerDefinitionOptions.Builder options = ContainerDefinitionOptions.builder()
        .containerName(CONTAINER_NAME)
        .image(image(container))
        .essential(true)
        .user(container.user())
        .readonlyRootFilesystem(true)
        .privileged(false)
        .linuxParameters(LinuxParameters.Builder.create(taskDefinition, "LinuxParameters")
            .initProcessEnabled(true)
            .build())
        .environment(environment)
        .secrets(container.secrets())
        .stopTimeout(Duration.seconds(30))
        .logging(LogDriver.awsLogs(AwsLogDriverProps.builder()
            .logGroup(logGroup)
            .streamPrefix(CONTAINER_NAME)
            .mode(AwsLogDriverMode.NON_BLOCKING)
            .maxBufferSize(Size.mebibytes(25))
            .build()));
    container.command().ifPresent(options::command);
    liveness.ifPresent(options::healthCheck);
    port.ifPresent(p -> options.portMappings(List.of(
        PortMapping.builder().containerPort(p).protocol(Protocol.TCP).build())));
    ContainerDefinition definition = taskDefinition.addContainer(CONTAINER_NAME, options.build());

    Set<String> writable = new LinkedHashSet<>(writablePaths(container));
    if (executeCommand) {
      writable.addAll(EXEC_AGENT_PATHS);
    }
    List<MountPoint> mounts = new ArrayList<>();
    for (String path : writable) {
      String volume = "scratch" + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
      taskDefinition.addVolume(Volume.builder().name(volume).build());
      mounts.add(MountPoint.builder().containerPath(path).sourceVolume(volume).readOnly(false).build());
    }
    if (!mounts.isEmpty()) {
      definition.addMountPoints(mounts.toArray(MountPoint[]::new));
    }
    return definition;
  }

  private static ContainerImage image(ContainerOptions container) {
    if (container.ecrRepository().isEmpty()) {
      return ContainerImage.fromRegistry(container.image());
    }
    ImageReference reference = ImageReference.parse(container.image());
    return ContainerImage.fromEcrRepository(container.ecrRepository().get(),
        reference.digest().or(reference::tag).orElseThrow());
  }

  /** A container health check running {@code command}, with Groundwork's timings. */
  static HealthCheck liveness(List<String> command) {
    return HealthCheck.builder()
        .command(command)
        .interval(Duration.seconds(30))
        .timeout(Duration.seconds(5))
        .retries(3)
        .startPeriod(Duration.seconds(60))
        .build();
  }
}

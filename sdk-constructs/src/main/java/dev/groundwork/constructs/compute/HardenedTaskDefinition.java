package dev.groundwork.constructs.compute;

import dev.groundwork.core.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Lazy;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.services.ecr.assets.Platform;
import software.amazon.awscdk.services.ecs.AssetImageProps;
import software.amazon.awscdk.services.ecs.AwsLogDriverMode;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.Capability;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.CpuArchitecture;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.FargateTaskDefinitionProps;
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
 * A Fargate task definition (Linux on x86-64, sized by {@link ContainerOptions}) holding the one
 * hardened container of a Groundwork service.
 *
 * <p>The container is named {@value #CONTAINER_NAME}, essential, runs as the configured non-root
 * user with a read-only root file system, not privileged, with an init process, a 30-second stop
 * timeout and non-blocking {@code awslogs} logging (25 MiB buffer) to the service's encrypted log
 * group. Each writable directory is an empty task-scoped volume; with ECS Exec on, the agent's
 * directories are added. Created by {@link WebService} and {@link QueueWorkerService}; add
 * sidecars with {@link #addSidecar} or grant the task role through it.
 *
 * <p>Every container drops every Linux capability ({@code Drop: ["ALL"]}) and gets back only those
 * named ({@link ContainerOptions#capabilities()}, or {@link #sidecarLinuxParameters} for a
 * sidecar), which Fargate limits to {@code SYS_PTRACE}; checked again at synthesis, since the
 * containers' Linux parameters can still be changed after they are added.
 *
 * <p>Every container has a memory hard limit, and the limits add up to at most the task's memory,
 * so a leaking sidecar is stopped at its own limit instead of taking the application's memory.
 * The application's limit is {@link ContainerOptions#memoryLimitMiB()} if set, else what the
 * sidecars leave: the task's memory minus their limits, resolved at synthesis, so sidecars added
 * after the service still count. The application gets no soft reservation: on Fargate the task's
 * memory is reserved for the task as a whole, and a reservation would only make the application
 * the first to be reclaimed from under memory pressure. Containers added with {@code
 * addContainer} directly are not counted; {@code GW_ECS_CONTAINER_MEMORY_LIMIT} reports one
 * without a limit.
 */
public final class HardenedTaskDefinition extends FargateTaskDefinition {
  /** The one container of a Groundwork task. */
  static final String CONTAINER_NAME = "app";
  /** Where the ECS Exec agent (SSM) writes its state and logs; writable only when Exec is on. */
  static final List<String> EXEC_AGENT_PATHS = List.of("/var/lib/amazon", "/var/log/amazon");
  /** The smallest memory hard limit ECS accepts for a container, in MiB. */
  public static final int MIN_CONTAINER_MEMORY_MIB = 6;
  /** The least the sidecars must leave the application when its limit is derived, in MiB. */
  public static final int MIN_APPLICATION_MEMORY_MIB = 128;

  private final int taskMemoryMiB;
  private final Optional<Integer> applicationLimitMiB;
  private final Map<String, Integer> sidecarLimitsMiB = new LinkedHashMap<>();
  /** The Linux parameters of every container written here, by container id, checked at synthesis. */
  private final Map<String, LinuxParameters> linuxParameters = new LinkedHashMap<>();
  private final ContainerDefinition container;
  private final ILogGroup logGroup;

  /**
   * What the service adds to the container beyond its {@link ContainerOptions}.
   *
   * @param logGroup where the container's output goes
   * @param port the port the container listens on, if it serves traffic
   * @param extraEnvironment variables the service itself provides (e.g. the queue URL)
   * @param livenessCommand the container health check's command, if any
   * @param executeCommand whether ECS Exec is on (its agent needs writable directories)
   */
  record Wiring(ILogGroup logGroup, Optional<Integer> port, Map<String, String> extraEnvironment,
      Optional<List<String>> livenessCommand, boolean executeCommand) {}

  HardenedTaskDefinition(Construct scope, String id, ContainerOptions options, Wiring wiring) {
    super(scope, id, FargateTaskDefinitionProps.builder()
        .cpu(options.cpu())
        .memoryLimitMiB(options.memoryMiB())
        .runtimePlatform(RuntimePlatform.builder()
            .operatingSystemFamily(OperatingSystemFamily.LINUX)
            .cpuArchitecture(CpuArchitecture.X86_64)
            .build())
        .build());
    this.taskMemoryMiB = options.memoryMiB();
    this.applicationLimitMiB = options.memoryLimitMiB();
    this.logGroup = wiring.logGroup();
    this.container = addHardenedContainer(options, wiring);
    getNode().addValidation(() -> {
      Problems problems = Problems.of("HardenedTaskDefinition", this);
      linuxParameters.forEach((name, parameters) ->
          ContainerCapabilities.check(this, "container '" + name + "'", parameters, problems));
      return problems.messages();
    });
  }

  /**
   * Linux parameters for a sidecar added with {@link #addSidecar}: every capability dropped, and
   * {@code addBack} added back by name. Fargate accepts only {@code Capability.SYS_PTRACE} (for
   * a debugger or profiler), so anything else is refused.
   *
   * @param sidecarId the sidecar's container id, which names the parameters ({@code
   *     <sidecarId>LinuxParameters})
   * @throws dev.groundwork.core.GroundworkValidationException ({@code CONTAINER_CAPABILITY}) for a capability other
   *     than {@code SYS_PTRACE}
   */
  public LinuxParameters sidecarLinuxParameters(String sidecarId, Capability... addBack) {
    Problems problems = Problems.of("HardenedTaskDefinition", this);
    for (Capability capability : addBack) {
      if (!ContainerRules.FARGATE_ADDABLE_CAPABILITIES.contains(capability)) {
        problems.add("CONTAINER_CAPABILITY", "sidecar '" + sidecarId + "' capabilities", capability,
            "SYS_PTRACE, the only capability Fargate lets a container add back",
            "Remove " + capability + ": Fargate refuses to run the task.");
      }
    }
    problems.throwIfAny();
    return ContainerCapabilities.dropAll(this, sidecarId + "LinuxParameters", false, List.of(addBack));
  }

  /**
   * Adds a sidecar container with its own memory hard limit, which the application's derived
   * limit makes room for.
   *
   * @param id the container's construct id
   * @param options the container; {@code memoryLimitMiB} is required, and so is {@code
   *     linuxParameters} that drop every capability: build them with {@link #sidecarLinuxParameters}
   * @throws dev.groundwork.core.GroundworkValidationException ({@code SIDECAR_MEMORY_LIMIT}) if the sidecar has no
   *     limit, or the containers' limits would not fit in the task's memory; ({@code
   *     SIDECAR_CAPABILITIES}) if it has no Linux parameters, so would keep Docker's default
   *     capabilities
   */
  public ContainerDefinition addSidecar(String id, ContainerDefinitionOptions options) {
    Problems problems = Problems.of("HardenedTaskDefinition", this);
    if (options.getLinuxParameters() == null) {
      problems.add("SIDECAR_CAPABILITIES", "sidecar '" + id + "' linuxParameters",
          "unset (Docker's default capabilities)",
          "Linux parameters that drop every capability and add back at most SYS_PTRACE",
          "Pass .linuxParameters(taskDefinition.sidecarLinuxParameters(\"" + id + "\")), naming "
              + "Capability.SYS_PTRACE after the id only if the sidecar needs it.");
    }
    Number limit = options.getMemoryLimitMiB();
    int sidecars = sidecarLimitsMiB.values().stream().mapToInt(Integer::intValue).sum();
    String property = "sidecar '" + id + "' memoryLimitMiB";
    if (limit == null || limit.intValue() < MIN_CONTAINER_MEMORY_MIB) {
      problems.add("SIDECAR_MEMORY_LIMIT", property, limit == null ? "unset" : limit,
          "a hard limit of at least " + MIN_CONTAINER_MEMORY_MIB + " MiB",
          "Give the sidecar memoryLimitMiB(n): the application's limit is what the sidecars leave.");
    } else if (applicationLimitMiB.isPresent()
        && applicationLimitMiB.get() + sidecars + limit.intValue() > taskMemoryMiB) {
      problems.add("SIDECAR_MEMORY_LIMIT", property, limit,
          "at most " + (taskMemoryMiB - applicationLimitMiB.get() - sidecars) + " (task memoryMiB "
              + taskMemoryMiB + ", application memoryLimitMiB " + applicationLimitMiB.get()
              + ", other sidecars " + sidecars + ")",
          "Lower the sidecar's or the application's memoryLimitMiB, or raise the task's memoryMiB.");
    } else if (applicationLimitMiB.isEmpty()
        && taskMemoryMiB - sidecars - limit.intValue() < MIN_APPLICATION_MEMORY_MIB) {
      problems.add("SIDECAR_MEMORY_LIMIT", property, limit,
          "at most " + (taskMemoryMiB - sidecars - MIN_APPLICATION_MEMORY_MIB) + ", leaving the "
              + "application at least " + MIN_APPLICATION_MEMORY_MIB + " of the task's memoryMiB "
              + taskMemoryMiB + " (other sidecars " + sidecars + ")",
          "Lower the sidecar's memoryLimitMiB, or raise the task's memoryMiB.");
    }
    problems.throwIfAny();
    sidecarLimitsMiB.put(id, limit.intValue());
    linuxParameters.put(id, options.getLinuxParameters());
    return addContainer(id, options);
  }

  /**
   * The application container's memory hard limit in MiB: {@link
   * ContainerOptions#memoryLimitMiB()}, or the task's memory minus the sidecars' limits (as
   * sidecars stand when called; the template gets the value at synthesis).
   */
  public int applicationMemoryLimitMiB() {
    return applicationLimitMiB.orElseGet(() ->
        taskMemoryMiB - sidecarLimitsMiB.values().stream().mapToInt(Integer::intValue).sum());
  }

  private ContainerDefinition addHardenedContainer(ContainerOptions options, Wiring wiring) {
    Map<String, String> environment = new LinkedHashMap<>(options.environment());
    environment.putAll(wiring.extraEnvironment());
    LinuxParameters parameters = ContainerCapabilities.dropAll(this, "LinuxParameters", true,
        options.capabilities());
    linuxParameters.put(CONTAINER_NAME, parameters);
    ContainerDefinitionOptions.Builder definition = ContainerDefinitionOptions.builder()
        .containerName(CONTAINER_NAME)
        .image(image(options))
        .essential(true)
        .memoryLimitMiB(options.memoryLimitMiB().<Number>map(limit -> limit)
            .orElseGet(() -> Lazy.number(this::applicationMemoryLimitMiB)))
        .user(options.user())
        .readonlyRootFilesystem(true)
        .privileged(false)
        .linuxParameters(parameters)
        .environment(environment)
        .secrets(options.secrets())
        .stopTimeout(Duration.seconds(30))
        .logging(LogDriver.awsLogs(AwsLogDriverProps.builder()
            .logGroup(wiring.logGroup())
            .streamPrefix(CONTAINER_NAME)
            .mode(AwsLogDriverMode.NON_BLOCKING)
            .maxBufferSize(Size.mebibytes(25))
            .build()));
    options.command().ifPresent(definition::command);
    wiring.livenessCommand().map(HardenedTaskDefinition::liveness).ifPresent(definition::healthCheck);
    wiring.port().ifPresent(p -> definition.portMappings(List.of(
        PortMapping.builder().containerPort(p).protocol(Protocol.TCP).build())));
    ContainerDefinition added = addContainer(CONTAINER_NAME, definition.build());

    Set<String> writable = new LinkedHashSet<>(ContainerRules.writablePaths(options));
    if (wiring.executeCommand()) {
      writable.addAll(EXEC_AGENT_PATHS);
    }
    List<MountPoint> mounts = new ArrayList<>();
    for (String path : writable) {
      String volume = "scratch" + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
      addVolume(Volume.builder().name(volume).build());
      mounts.add(MountPoint.builder().containerPath(path).sourceVolume(volume).readOnly(false).build());
    }
    if (!mounts.isEmpty()) {
      added.addMountPoints(mounts.toArray(MountPoint[]::new));
    }
    return added;
  }

  private static ContainerImage image(ContainerOptions options) {
    ImageReference reference = options.image();
    if (reference.directory().isPresent()) {
      return ContainerImage.fromAsset(reference.directory().get().toString(), AssetImageProps.builder()
          .platform(Platform.LINUX_AMD64)
          .build());
    }
    if (options.ecrRepository().isEmpty()) {
      return ContainerImage.fromRegistry(reference.toString());
    }
    return ContainerImage.fromEcrRepository(options.ecrRepository().get(),
        reference.digest().or(reference::tag).orElseThrow());
  }

  /** A container health check running {@code command}, with Groundwork's timings. */
  private static HealthCheck liveness(List<String> command) {
    return HealthCheck.builder()
        .command(command)
        .interval(Duration.seconds(30))
        .timeout(Duration.seconds(5))
        .retries(3)
        .startPeriod(Duration.seconds(60))
        .build();
  }

  /** The application container, named {@value #CONTAINER_NAME}. */
  public ContainerDefinition container() {
    return container;
  }

  /** The encrypted log group the container writes to. */
  public ILogGroup logGroup() {
    return logGroup;
  }
}

package dev.groundwork.constructs.compute;

import static com.google.common.base.Preconditions.checkArgument;

import dev.groundwork.core.GroundworkStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.ecs.Capability;
import software.amazon.awscdk.services.ecs.Secret;

/**
 * The container of a Groundwork service ({@link WebService}, {@link QueueWorkerService}): which
 * image, how big, and what it is given. Hardening (non-root, read-only root file system, not
 * privileged, every Linux capability dropped, logs) is applied by the service and is not optional.
 */
@Value.Immutable
@GroundworkStyle
public interface ContainerOptions {

  /**
   * The image, pinned: {@code registry/repository:tag} with a tag other than {@code latest}, or
   * {@code registry/repository@sha256:<digest>}. An unpinned image is refused, because what runs
   * would change without a deployment. The builder also takes the reference as text
   * ({@code .image("repo:1.4.2")}). An image built at deployment from a directory with a
   * Dockerfile is {@link ImageReference#fromDirectory(java.nio.file.Path)}; the policy check
   * reads its Dockerfile (rules {@code GW_DOCKER_*}).
   */
  ImageReference image();

  /**
   * The private ECR repository {@link #image()} lives in, if it does. The execution role is then
   * allowed to pull from exactly this repository (plus {@code ecr:GetAuthorizationToken}, which
   * AWS does not scope to a resource), and the image's tag or digest selects the image. Default:
   * none; the image is pulled anonymously from a public registry (or, built from a directory,
   * from the CDK bootstrap repository, which CDK grants). Refused with an image built from a
   * directory.
   */
  Optional<IRepository> ecrRepository();

  /**
   * CPU units of the task (1024 = one vCPU): 256, 512, 1024, 2048, 4096, 8192 or 16384. Required,
   * and validated with {@link #memoryMiB()} against the combinations Fargate offers.
   */
  int cpu();

  /** Memory of the task in MiB. Required; see {@link #cpu()}. */
  int memoryMiB();

  /**
   * The application container's memory hard limit in MiB: ECS stops the container when it uses
   * more. At least {@value HardenedTaskDefinition#MIN_CONTAINER_MEMORY_MIB} and at most {@link
   * #memoryMiB()}; together with the sidecars' limits at most {@link #memoryMiB()}. Default: what
   * the sidecars leave, {@link #memoryMiB()} minus the limits of the sidecars added through {@link
   * HardenedTaskDefinition#addSidecar} (all of the task's memory without sidecars).
   */
  Optional<Integer> memoryLimitMiB();

  /**
   * Plain configuration values. Names that look like secrets (containing PASSWORD, SECRET,
   * TOKEN, KEY, CREDENTIAL, …) are refused: pass those through {@link #secrets()}.
   */
  Map<String, String> environment();

  /**
   * Secrets as Secrets Manager or SSM Parameter Store references ({@code Secret.fromSecretsManager},
   * {@code Secret.fromSsmParameter}); ECS injects them at start, and the execution role may read
   * exactly these.
   */
  Map<String, Secret> secrets();

  /**
   * The user the process runs as, {@code uid[:gid]} or a name. Default: {@code 1000:1000}. Root
   * ({@code root}, {@code 0}) is refused.
   */
  @Value.Default
  default String user() {
    return "1000:1000";
  }

  /**
   * Directories the process may write to, as empty task-scoped volumes (the root file system is
   * read-only). Default: {@code /tmp}. Give an empty list for none.
   */
  Optional<List<String>> writablePaths();

  /** The command, overriding the image's. Default: the image's. */
  Optional<List<String>> command();

  /**
   * The Linux capabilities the process keeps. Every capability is dropped ({@code Drop: ["ALL"]})
   * and these are added back by name. Default: none. Fargate lets a container add only {@link
   * Capability#SYS_PTRACE} (for debuggers and profilers); any other is refused. A process of a
   * non-root user has no effective capabilities anyway; dropping them all also disarms setuid
   * programs and file capabilities in the image (e.g. {@code ping}, {@code sudo}).
   */
  List<Capability> capabilities();

  /**
   * The container's liveness check, in ECS's form: {@code ["CMD", program, args…]} runs a program
   * of the image, {@code ["CMD-SHELL", "command"]} runs a command with the image's shell. ECS runs
   * it every 30 s (5 s timeout, ignoring failures in the first 60 s); after 3 failures in a row the
   * container is unhealthy and ECS replaces the task. Default: {@link WebService} checks its
   * liveness path with curl (see {@link HealthCheckOptions#livenessPath()}); {@link
   * QueueWorkerService} requires one, e.g. {@link Builder#livenessHeartbeat(String, int)}.
   */
  Optional<List<String>> livenessCommand();

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ContainerOptions}. */
  final class Builder extends ImmutableContainerOptions.Builder {
    /** A heartbeat file's path: absolute, and safe to put in a shell command unquoted. */
    private static final Pattern HEARTBEAT_PATH = Pattern.compile("/[A-Za-z0-9._/-]+");

    /** Sets the image from its text, see {@link ImageReference#of(String)}. */
    public Builder image(String image) {
      return image(ImageReference.of(image));
    }

    /**
     * Sets {@link #livenessCommand} to a heartbeat check: the container is live while {@code
     * path} was modified less than {@code maxAgeSeconds} ago. The process touches the file each
     * time it makes progress (a worker after every receive, which returns at least every 20 s
     * with long polling, even from an empty queue), so a process that is running but stuck is
     * replaced. Make {@code maxAgeSeconds} longer than the longest a message may take plus a
     * receive: for a {@link QueueWorkerService}, its {@code visibilityTimeoutSeconds} (300 by
     * default) plus 20 s and a margin, e.g. 330; a message that takes longer is redelivered anyway.
     * The file must be in one of the {@link #writablePaths} (default {@code /tmp}); the image needs
     * {@code sh}, {@code date} and {@code stat} (coreutils or BusyBox). A missing file fails the
     * check.
     *
     * @throws IllegalArgumentException if {@code path} is not absolute or has characters other than
     *     letters, digits, {@code . _ / -}, or {@code maxAgeSeconds} is not positive
     */
    public Builder livenessHeartbeat(String path, int maxAgeSeconds) {
      checkArgument(HEARTBEAT_PATH.matcher(path).matches(),
          "heartbeat path must be absolute, of letters, digits and . _ / - only, got '%s'", path);
      checkArgument(maxAgeSeconds > 0, "heartbeat maxAgeSeconds must be positive, got %s", maxAgeSeconds);
      return livenessCommand(List.of("CMD-SHELL",
          "test $(( $(date +%s) - $(stat -c %Y " + path + ") )) -lt " + maxAgeSeconds));
    }
  }
}

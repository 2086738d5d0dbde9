package dev.groundwork.constructs.compute;

import com.google.common.collect.ImmutableSet;
import dev.groundwork.core.Problems;
import java.util.List;
import java.util.Set;
import software.amazon.awscdk.services.ecs.Capability;

/**
 * What every Groundwork service refuses in its {@link ContainerOptions}, checked in one place: an
 * unpinned image, a size Fargate does not offer, a memory limit outside the task's memory, secrets
 * in plain environment variables, the root user, writable directories that are not absolute, a
 * capability Fargate does not let a container add, a liveness command ECS cannot run. The problems
 * are reported with every other problem of the service's input, at the service's path. {@link
 * HardenedTaskDefinition} applies the rest of the hardening.
 */
final class ContainerRules {
  /** Writable directories when the container names none. */
  static final List<String> DEFAULT_WRITABLE_PATHS = List.of("/tmp");
  /**
   * The capabilities Fargate lets a container add (AWS's ECS task definition reference,
   * {@code linuxParameters.capabilities.add}: "Tasks launched on AWS Fargate only support adding
   * the SYS_PTRACE kernel capability").
   */
  static final Set<Capability> FARGATE_ADDABLE_CAPABILITIES = Set.of(Capability.SYS_PTRACE);
  /** How a liveness command starts: run a program of the image, or a command with its shell. */
  static final List<String> LIVENESS_COMMAND_FORMS = List.of("CMD", "CMD-SHELL");
  private static final Set<String> ROOT_USERS = ImmutableSet.of("root", "0");

  private ContainerRules() {}

  /** Records every problem of {@code container} in {@code problems}. */
  static void check(ContainerOptions container, Problems problems) {
    if (!container.image().isPinned()) {
      problems.add("IMAGE_NOT_PINNED", "container.image", "'" + container.image() + "'",
          "pinned: a tag other than 'latest' (repo:1.4.2) or a digest (repo@sha256:<64 hex>)",
          "Deploy a specific version, e.g. the tag or digest your build pushed.");
    }
    if (container.image().directory().isPresent() && container.ecrRepository().isPresent()) {
      problems.add("IMAGE_DIRECTORY_WITH_REPOSITORY", "container.ecrRepository",
          "a repository with '" + container.image() + "'",
          "no ecrRepository for an image built from a directory (CDK publishes it to the "
              + "bootstrap repository)",
          "Drop ecrRepository, or give the tag your build pushed to that repository as the image.");
    }
    if (!FargateSizes.isValid(container.cpu(), container.memoryMiB())) {
      problems.add("FARGATE_CPU_MEMORY", "container.cpu/container.memoryMiB",
          "cpu " + container.cpu() + " with memoryMiB " + container.memoryMiB(),
          "one of Fargate's combinations: " + FargateSizes.describe(),
          "Pick the combination closest to what the service needs.");
    }
    container.memoryLimitMiB().ifPresent(limit -> {
      if (limit < HardenedTaskDefinition.MIN_CONTAINER_MEMORY_MIB || limit > container.memoryMiB()) {
        problems.add("CONTAINER_MEMORY_LIMIT", "container.memoryLimitMiB", limit,
            HardenedTaskDefinition.MIN_CONTAINER_MEMORY_MIB + " to the task's memoryMiB ("
                + container.memoryMiB() + ")",
            "Leave it unset to give the application what the sidecars leave, or raise memoryMiB.");
      }
    });
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
    for (Capability capability : container.capabilities()) {
      if (!FARGATE_ADDABLE_CAPABILITIES.contains(capability)) {
        problems.add("CONTAINER_CAPABILITY", "container.capabilities", capability,
            "SYS_PTRACE, the only capability Fargate lets a container add back",
            "Remove " + capability + ": Fargate refuses to run the task. Make the image work "
                + "without it (a non-root process has no effective capabilities anyway).");
      }
    }
    container.livenessCommand().ifPresent(command -> checkLivenessCommand(command, problems));
  }

  private static void checkLivenessCommand(List<String> command, Problems problems) {
    if (command.size() < 2 || !LIVENESS_COMMAND_FORMS.contains(command.get(0))
        || command.subList(1, command.size()).stream().anyMatch(String::isBlank)) {
      problems.add("CONTAINER_LIVENESS_COMMAND", "container.livenessCommand", command,
          "CMD followed by a program of the image and its arguments, or CMD-SHELL followed by one "
              + "shell command, none of them blank",
          "Write it as [\"CMD\", \"/app/healthcheck\"] or [\"CMD-SHELL\", \"curl -fsS "
              + "http://localhost:8080/health || exit 1\"].");
    }
  }

  /** The container's writable directories, {@link #DEFAULT_WRITABLE_PATHS} unless it names its own. */
  static List<String> writablePaths(ContainerOptions container) {
    return container.writablePaths().orElse(DEFAULT_WRITABLE_PATHS);
  }
}

package dev.groundwork.constructs.compute;

import dev.groundwork.constructs.logs.EncryptedLogGroup;
import dev.groundwork.core.Problems;

/** The checks of the {@link ServiceOptions} every service shares. */
final class ServiceValidation {
  /** ECS's limit of tasks per service. */
  static final int MAX_TASKS_PER_SERVICE = 5000;

  private ServiceValidation() {}

  /**
   * The container (with room for the tracing collector when tracing is on) and the task-count
   * bounds; {@code lowestMin} is the fewest tasks the service allows.
   */
  static void checkTasks(ServiceOptions options, ServiceSettings settings, int lowestMin,
      Problems problems) {
    ContainerRules.check(options.container(), problems);
    options.container().memoryLimitMiB().filter(limit -> settings.tracing()
        && limit <= options.container().memoryMiB()
        && limit + TracingSidecar.MEMORY_LIMIT_MIB > options.container().memoryMiB()).ifPresent(limit ->
        problems.add("CONTAINER_MEMORY_LIMIT", "container.memoryLimitMiB", limit,
            "at most " + (options.container().memoryMiB() - TracingSidecar.MEMORY_LIMIT_MIB)
                + " with tracing on (the collector takes " + TracingSidecar.MEMORY_LIMIT_MIB
                + " of the task's memoryMiB " + options.container().memoryMiB() + ")",
            "Leave it unset, lower it, raise memoryMiB, or turn tracing off with tracing(false)."));
    int minTasks = settings.minTasks();
    int maxTasks = settings.maxTasks();
    if (minTasks < lowestMin) {
      problems.add("SERVICE_TASK_COUNT", "minTasks", minTasks, "at least " + lowestMin,
          "Keep at least " + lowestMin + " task" + (lowestMin == 1 ? "" : "s") + " running.");
    }
    if (maxTasks > MAX_TASKS_PER_SERVICE) {
      problems.add("SERVICE_TASK_COUNT", "maxTasks", maxTasks, "at most " + MAX_TASKS_PER_SERVICE,
          "Split the load across services.");
    }
    if (minTasks > maxTasks) {
      problems.add("SERVICE_TASK_COUNT", "minTasks", minTasks + " above maxTasks " + maxTasks,
          "at most maxTasks (" + maxTasks + ")", "Raise maxTasks or lower minTasks.");
    }
  }

  /** The container log retention. */
  static void checkLogs(ServiceSettings settings, Problems problems) {
    EncryptedLogGroup.checkRetentionDays("logRetentionDays", settings.logRetentionDays(), problems);
  }

  /** The rolling-update bounds. */
  static void checkDeployment(ServiceOptions options, Problems problems) {
    int minHealthyPercent = options.minHealthyPercent();
    int maxPercent = options.maxPercent();
    if (minHealthyPercent < 0 || minHealthyPercent > 100) {
      problems.add("SERVICE_DEPLOYMENT_PERCENT", "minHealthyPercent", minHealthyPercent,
          "0 to 100", "Keep 100 for zero-downtime rolling updates.");
    }
    if (maxPercent < 100 || maxPercent > 400 || maxPercent <= minHealthyPercent) {
      problems.add("SERVICE_DEPLOYMENT_PERCENT", "maxPercent", maxPercent,
          "100 to 400 and above minHealthyPercent (" + minHealthyPercent + ")",
          "Keep 200 so a full set of new tasks can start before old ones stop.");
    }
  }
}

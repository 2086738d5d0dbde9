package dev.groundwork.constructs.compute;

import dev.groundwork.constructs.internal.Validation;

/** The task-count bounds every Groundwork service shares. */
final class TaskCounts {
  /** ECS's limit of tasks per service. */
  static final int MAX_TASKS_PER_SERVICE = 5000;

  private TaskCounts() {}

  static void check(int minTasks, int maxTasks, int lowestMin, Validation problems) {
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
}

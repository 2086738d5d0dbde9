package dev.groundwork.constructs.compute;

/**
 * The {@link ServiceOptions} every service shares, resolved by {@link ServiceDefaults}.
 *
 * @param minTasks fewest running tasks
 * @param maxTasks most running tasks
 * @param executeCommand whether operators may open ECS Exec sessions in the tasks
 * @param logRetentionDays retention of the container logs, in days
 * @param tracing whether an X-Ray tracing sidecar runs beside the container
 */
record ServiceSettings(int minTasks, int maxTasks, boolean executeCommand, int logRetentionDays,
    boolean tracing) {}

package dev.groundwork.constructs.compute;

/**
 * Every setting of a {@link QueueWorkerService} that depends on the tier or is fixed by
 * Groundwork, fully resolved.
 *
 * @param minTasks fewest running workers
 * @param maxTasks most running workers
 * @param executeCommand whether ECS Exec is enabled
 * @param logRetentionDays retention of container logs
 * @param deadLetterRetentionDays retention of dead-lettered messages (SQS's maximum)
 * @param enforceSsl whether both queues refuse requests without TLS
 */
record QueueWorkerServiceSettings(
    int minTasks,
    int maxTasks,
    boolean executeCommand,
    int logRetentionDays,
    int deadLetterRetentionDays,
    boolean enforceSsl) {}

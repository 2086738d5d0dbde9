package dev.groundwork.constructs.compute;

/**
 * Every setting of a {@link QueueWorkerService} that depends on the tier or is fixed by
 * Groundwork, resolved from its props and tier.
 *
 * @param service the settings every service shares
 * @param deadLetterRetentionDays retention of dead-lettered messages, in days (SQS's maximum)
 * @param enforceSsl whether both queues refuse requests without TLS
 */
record QueueWorkerServiceSettings(ServiceSettings service, int deadLetterRetentionDays, boolean enforceSsl) {}

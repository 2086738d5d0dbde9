package dev.groundwork.constructs.observability;

/**
 * Every threshold of a {@link QueueWorkerWatcher}, resolved from its options and tier.
 *
 * @param task the window and thresholds every watched Fargate service shares
 * @param oldestMessageAgeSeconds age of the oldest waiting message that pages, in seconds
 * @param backlogPerTask visible messages per running task that notify
 */
record QueueWorkerWatcherSettings(TaskWatchSettings task, double oldestMessageAgeSeconds, double backlogPerTask) {}

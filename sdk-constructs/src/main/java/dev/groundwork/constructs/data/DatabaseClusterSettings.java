package dev.groundwork.constructs.data;

/**
 * Every resolved setting of a {@link DatabaseCluster}, decided by {@link DatabaseClusterDefaults}.
 *
 * @param capacity instance sizing
 * @param readers reader instances beside the writer
 * @param deletionProtection whether the cluster refuses deletion
 * @param backupRetentionDays automated backup retention, in days
 * @param logRetentionDays retention of the exported logs, in days
 * @param monitoringIntervalSeconds enhanced monitoring interval, 0 for off
 * @param advancedDatabaseInsights Database Insights advanced mode (15 months of Performance Insights)
 * @param performanceInsightsRetentionDays Performance Insights retention, in days
 * @param deletionProtectionRequired whether turning deletion protection off is refused in this tier
 * @param destroyOnStackDeletion whether the cluster goes without a final snapshot when it leaves the stack
 * @param destroyOnStackDeletionAllowed whether {@code destroyOnStackDeletion} may be asked for in this tier
 * @param authentication how applications sign in as the application user (IAM tokens or a rotated secret)
 */
record DatabaseClusterSettings(
    DatabaseCapacity capacity,
    int readers,
    boolean deletionProtection,
    int backupRetentionDays,
    int logRetentionDays,
    int monitoringIntervalSeconds,
    boolean advancedDatabaseInsights,
    int performanceInsightsRetentionDays,
    boolean deletionProtectionRequired,
    boolean destroyOnStackDeletion,
    boolean destroyOnStackDeletionAllowed,
    DatabaseAuthentication authentication) {}

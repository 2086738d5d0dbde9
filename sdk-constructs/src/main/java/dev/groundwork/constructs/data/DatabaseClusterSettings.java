package dev.groundwork.constructs.data;

/**
 * Every resolved setting of a {@link DatabaseCluster}, decided by {@link DatabaseClusterDefaults}.
 *
 * @param capacity instance sizing
 * @param readers reader instances beside the writer
 * @param deletionProtection whether the cluster refuses deletion
 * @param backupRetentionDays automated backup retention
 * @param logRetentionDays retention of the exported logs
 * @param monitoringIntervalSeconds enhanced monitoring interval, 0 for off
 * @param advancedDatabaseInsights Database Insights advanced mode (15 months of Performance Insights)
 * @param performanceInsightsRetentionDays Performance Insights retention
 */
record DatabaseClusterSettings(
    DatabaseCapacity capacity,
    int readers,
    boolean deletionProtection,
    int backupRetentionDays,
    int logRetentionDays,
    int monitoringIntervalSeconds,
    boolean advancedDatabaseInsights,
    int performanceInsightsRetentionDays) {}

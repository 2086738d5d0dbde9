package dev.groundwork.pipelines;

/**
 * Every setting of a {@link FeatureFlags}, resolved from its props and environment.
 *
 * @param applicationName the AppConfig application's name, {@code <app>-<service>}
 * @param environmentName the AppConfig environment's name, the PlatformApp environment's
 * @param profileName the feature-flag configuration profile's name, {@code <service>-flags}
 * @param rollbackAlarmsRequired whether at least one rollback alarm is required in this tier
 * @param growthFactorPercent percent more of the service's tasks that get a change at each step
 * @param deploymentMinutes minutes a change takes to reach every task
 * @param finalBakeMinutes minutes the alarms are watched after the last step
 */
record FeatureFlagsSettings(String applicationName, String environmentName, String profileName,
    boolean rollbackAlarmsRequired, int growthFactorPercent, int deploymentMinutes, int finalBakeMinutes) {}

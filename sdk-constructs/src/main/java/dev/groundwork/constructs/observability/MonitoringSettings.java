package dev.groundwork.constructs.observability;

/**
 * Every setting of a {@link Monitoring}, resolved from its props and environment.
 *
 * @param overviewName the overview dashboard's name
 * @param namePrefix what every watcher's dashboard and composite alarm names start with, {@code <app>-<environment>-}
 */
record MonitoringSettings(String overviewName, String namePrefix) {}

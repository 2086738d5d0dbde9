package dev.groundwork.constructs.observability;

/**
 * Every setting of an {@link UptimeCanary}, resolved from its props.
 *
 * @param url the https:// URL requested
 * @param everyMinutes how often the URL is requested, in minutes
 * @param timeoutSeconds how long one run may take, in seconds
 * @param replicateArtifacts whether the artifact bucket replicates to the recovery region (results are
 *     diagnostics, not data to recover)
 */
record UptimeCanarySettings(String url, int everyMinutes, int timeoutSeconds, boolean replicateArtifacts) {}

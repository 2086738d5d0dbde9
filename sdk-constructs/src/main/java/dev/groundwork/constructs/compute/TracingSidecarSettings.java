package dev.groundwork.constructs.compute;

/**
 * Every setting of a {@link TracingSidecar}, resolved by {@link TracingSidecarDefaults}.
 *
 * @param image the collector image, pinned
 * @param containerName the collector container's name
 * @param memoryLimitMiB the collector's memory hard limit, in MiB (taken from the application's derived limit)
 * @param memoryReservationMiB the collector's memory reservation, in MiB
 * @param user the user the collector runs as
 * @param otlpEndpoint where the application sends OTLP traces ({@code OTEL_EXPORTER_OTLP_ENDPOINT})
 * @param xrayDaemonAddress where the application sends X-Ray segments ({@code AWS_XRAY_DAEMON_ADDRESS})
 */
record TracingSidecarSettings(String image, String containerName, int memoryLimitMiB, int memoryReservationMiB,
    String user, String otlpEndpoint, String xrayDaemonAddress) {}

package dev.groundwork.constructs.compute;

import dev.groundwork.core.PlatformContext;

/** Resolves every setting of a {@link TracingSidecar}, in one place: the same in every tier. */
final class TracingSidecarDefaults {
  private TracingSidecarDefaults() {}

  static TracingSidecarSettings resolve(TracingSidecarProps props, PlatformContext context) {
    return new TracingSidecarSettings(TracingSidecar.IMAGE, TracingSidecar.CONTAINER_NAME,
        TracingSidecar.MEMORY_LIMIT_MIB, TracingSidecar.MEMORY_RESERVATION_MIB, TracingSidecar.USER,
        "http://localhost:4317", "127.0.0.1:2000");
  }
}

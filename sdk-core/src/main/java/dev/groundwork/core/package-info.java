/**
 * The platform app: environments and tiers, required tags, naming, and synthesis.
 * Constructs find their environment's tier and defaults through {@link dev.groundwork.core.PlatformContext}.
 */
package dev.groundwork.core;

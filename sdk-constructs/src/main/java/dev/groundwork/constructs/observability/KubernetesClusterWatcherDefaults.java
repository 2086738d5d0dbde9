package dev.groundwork.constructs.observability;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;

/**
 * Resolves every threshold of a {@link KubernetesClusterWatcher}, by tier, in one place. DEV
 * tolerates busier nodes and more restarts (a developer's crash loop pages nobody anyway).
 */
final class KubernetesClusterWatcherDefaults {
  static final ByTier<Double> NODE_CPU_PERCENT = ByTier.of(90.0, 80.0, 80.0);
  static final ByTier<Double> NODE_MEMORY_PERCENT = ByTier.of(90.0, 80.0, 80.0);
  static final ByTier<Double> CONTAINER_RESTARTS = ByTier.of(10.0, 5.0, 5.0);

  private KubernetesClusterWatcherDefaults() {}

  static KubernetesClusterWatcherSettings resolve(KubernetesClusterWatchOptions options, PlatformContext context) {
    return new KubernetesClusterWatcherSettings(
        options.nodeCpuPercent().orElse(NODE_CPU_PERCENT.get(context.tier())),
        options.nodeMemoryPercent().orElse(NODE_MEMORY_PERCENT.get(context.tier())),
        options.containerRestarts().orElse(CONTAINER_RESTARTS.get(context.tier())),
        AlarmWindow.of(3, 3),
        AlarmWindow.of(2, 3),
        AlarmWindow.of(2, 2));
  }
}

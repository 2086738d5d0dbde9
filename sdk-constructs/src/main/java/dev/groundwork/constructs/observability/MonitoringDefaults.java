package dev.groundwork.constructs.observability;

import dev.groundwork.core.PlatformContext;

/** Resolves every setting of a {@link Monitoring} from its props and environment, in one place. */
final class MonitoringDefaults {
  private MonitoringDefaults() {}

  static MonitoringSettings resolve(MonitoringProps props, PlatformContext context) {
    String prefix = context.app() + "-" + context.environment() + "-";
    return new MonitoringSettings(props.overviewName().orElse(prefix + "overview"), prefix);
  }
}

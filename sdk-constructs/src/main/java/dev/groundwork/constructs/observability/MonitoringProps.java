package dev.groundwork.constructs.observability;

import dev.groundwork.core.GroundworkStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Input of {@link Monitoring}: where its alarms go, and the name of its overview dashboard. */
@Value.Immutable
@GroundworkStyle
public interface MonitoringProps {

  /** Where alarms notify and composite alarms page. */
  AlertTopic alerts();

  /**
   * The overview dashboard's name. Default: {@code <app>-<environment>-overview}. Dashboard names
   * are unique per account and region, so a second Monitoring in one environment (say, in the
   * platform stack) needs its own, e.g. {@code orders-prod-platform-overview}.
   */
  Optional<String> overviewName();

  /** Alarms go to {@code alerts}. */
  static MonitoringProps of(AlertTopic alerts) {
    return builder().alerts(alerts).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MonitoringProps}. */
  final class Builder extends ImmutableMonitoringProps.Builder {}
}

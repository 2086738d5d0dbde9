package dev.groundwork.constructs.observability;

import dev.groundwork.core.GroundworkStyle;
import org.immutables.value.Value;

/** Input of {@link Monitoring}: where its alarms go. */
@Value.Immutable
@GroundworkStyle
public interface MonitoringProps {

  /** Where alarms notify and composite alarms page. */
  AlertTopic alerts();

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

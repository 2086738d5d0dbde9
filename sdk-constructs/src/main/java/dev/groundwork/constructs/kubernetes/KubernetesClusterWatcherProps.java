package dev.groundwork.constructs.kubernetes;

import dev.groundwork.core.GroundworkStyle;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awscdk.services.sns.ITopic;

/** Input of {@link KubernetesClusterWatcher}. */
@Value.Immutable
@GroundworkStyle
public interface KubernetesClusterWatcherProps {
  /** The cluster to watch; its CloudWatch observability add-on publishes the metrics. */
  KubernetesCluster cluster();

  /**
   * The topic every alarm notifies. Default: none, for when {@code Monitoring.addWatcher} takes
   * the alarms over (it adds the alert topic's actions and the paging composite); an alarm with
   * no action at all is reported by {@code GW_CLOUDWATCH_ALARM_HAS_ACTIONS}.
   */
  Optional<ITopic> alarmTopic();

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KubernetesClusterWatcherProps}. */
  final class Builder extends ImmutableKubernetesClusterWatcherProps.Builder {}
}

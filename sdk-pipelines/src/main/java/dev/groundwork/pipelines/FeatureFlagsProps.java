package dev.groundwork.pipelines;

import dev.groundwork.core.GroundworkStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.iam.IGrantable;

/**
 * Input of {@link FeatureFlags}: one service's flags, who reads them and which alarms roll a bad
 * flag change back.
 */
@Value.Immutable
@GroundworkStyle
public interface FeatureFlagsProps {

  /** The service the flags belong to, naming the AppConfig application: {@code [a-z][a-z0-9-]{0,39}}. */
  String service();

  /**
   * The flags and their initial values (a flag's name: a letter, then letters, digits, {@code -}
   * or {@code _}, at most 64). Releasing a feature is a change of a value here, deployed gradually.
   */
  Map<String, Boolean> flags();

  /** The only principal that may read the flags: the service's task role. */
  IGrantable reader();

  /**
   * Alarms AppConfig watches while a flag change rolls out and after it, rolling it back when one
   * fires: the service's own alarms. At least one in STAGING and PROD.
   */
  List<IAlarm> rollbackAlarms();

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FeatureFlagsProps}. */
  final class Builder extends ImmutableFeatureFlagsProps.Builder {}
}

package dev.groundwork.pipelines;

import dev.groundwork.core.GroundworkStyle;
import org.immutables.value.Value;

/**
 * When deployments may enter a stage, as the cron expression of CodePipeline's
 * {@code DeploymentWindow} rule: the times deployments are <em>allowed</em>, in six fields
 * ({@code seconds minutes hours day-of-month month day-of-week}, seconds always {@code *}) and an
 * optional year. The expression is checked when the pipeline is built.
 *
 * <p>A condition passes only if all its rules pass, and one cron cannot say "Monday 08:00 to
 * Friday 15:00", so {@link #workingHours()} allows weekdays 08:00 to 14:59: it never opens from
 * Friday 15:00 to Monday 08:00, nor at night.
 */
@Value.Immutable
@GroundworkStyle
public interface DeploymentWindow {

  /** The cron expression of allowed times. */
  @Value.Parameter
  String cron();

  /** Weekdays from 08:00 to 14:59 in the environment's time zone. */
  static DeploymentWindow workingHours() {
    return of("* * 8-14 ? * MON-FRI *");
  }

  /** Deployments allowed at the times {@code cron} matches. */
  static DeploymentWindow of(String cron) {
    return ImmutableDeploymentWindow.of(cron);
  }
}

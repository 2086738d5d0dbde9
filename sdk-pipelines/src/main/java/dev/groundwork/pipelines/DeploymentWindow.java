package dev.groundwork.pipelines;

import dev.groundwork.core.GroundworkStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a production deployment may start, as the cron expression of CodePipeline's
 * {@code DeploymentWindow} rule: the times deployments are <em>allowed</em>, in six fields
 * ({@code seconds minutes hours day-of-month month day-of-week}, seconds always {@code *},
 * day-of-week 1-7 = SUN-SAT) and an optional year, read in the environment's time zone. The
 * expression is checked when the pipeline is built.
 *
 * <p>The rules of a condition combine by AND and one cron is a product of hours and days, so
 * "Monday to Thursday all day, Friday morning" cannot be said; {@link #workingHours()} leaves the
 * whole of Friday out. A window that opens on a Saturday or Sunday is refused unless
 * {@link #weekendReason()} says why weekend deploys are covered (e.g. by an on-call rota).
 */
@Value.Immutable
@GroundworkStyle
public interface DeploymentWindow {

  /** The cron expression of allowed times. */
  @Value.Parameter
  String cron();

  /**
   * Why deploys may start on a weekend, recorded in the pipeline's metadata; required when the
   * cron opens on a Saturday or Sunday. Default: none.
   */
  Optional<String> weekendReason();

  /**
   * Monday to Thursday, 09:00 to 15:59 (the last start a deployment may make, leaving the
   * afternoon to watch it) in the environment's time zone: no nights, no weekends, no Fridays.
   */
  static DeploymentWindow workingHours() {
    return of("* * 9-15 ? * MON-THU *");
  }

  /** Deployments allowed at the times {@code cron} matches. */
  static DeploymentWindow of(String cron) {
    return ImmutableDeploymentWindow.of(cron);
  }

  /**
   * Deployments allowed at the times {@code cron} matches, weekends included, because of
   * {@code reason} (who is on call then).
   */
  static DeploymentWindow includingWeekends(String cron, String reason) {
    return ImmutableDeploymentWindow.builder().cron(cron).weekendReason(reason).build();
  }
}

package dev.groundwork.constructs.compute;

import dev.groundwork.core.GroundworkStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a {@link WebService}'s health is judged: readiness by the load balancer (a task gets traffic
 * only while its probes pass), liveness by ECS inside the container (a task that keeps failing it
 * is replaced). They may probe different paths: readiness may fail while a dependency is down,
 * liveness only when the process itself is broken, so an outage of a dependency takes tasks out
 * of traffic without restarting them all. Every value has a safe default.
 */
@Value.Immutable
@GroundworkStyle
public interface HealthCheckOptions {

  /**
   * The HTTP path the load balancer probes (readiness), and the liveness check too unless {@link
   * #livenessPath()} is given. Must start with {@code /}. Default: {@code /}.
   */
  @Value.Default
  default String path() {
    return "/";
  }

  /**
   * The HTTP path the container's liveness check probes with curl, when it differs from the
   * readiness {@link #path()}. Must start with {@code /} and contain no quote or space (it is
   * written into a shell command). Default: {@link #path()}.
   */
  Optional<String> livenessPath();

  /** Seconds between load balancer probes, 5 to 300. Default: 15. */
  @Value.Default
  default int intervalSeconds() {
    return 15;
  }

  /** Seconds a probe may take, 2 to 120 and less than the interval. Default: 5. */
  @Value.Default
  default int timeoutSeconds() {
    return 5;
  }

  /** Consecutive successes before a task gets traffic, 2 to 10. Default: 2. */
  @Value.Default
  default int healthyThreshold() {
    return 2;
  }

  /** Consecutive failures before a task stops getting traffic, 2 to 10. Default: 3. */
  @Value.Default
  default int unhealthyThreshold() {
    return 3;
  }

  /** HTTP codes that count as healthy. Default: {@code 200-399}. */
  @Value.Default
  default String healthyHttpCodes() {
    return "200-399";
  }

  /**
   * Seconds after a task starts during which failed probes are ignored, 0 to 2147483647.
   * Default: 60.
   */
  @Value.Default
  default int gracePeriodSeconds() {
    return 60;
  }

  /**
   * Whether the container runs a liveness check ({@code curl} against {@link #livenessPath()},
   * unless the container gives its own {@code livenessCommand}). Default: on. Turn it off only for
   * images without a shell and curl, and give them a {@code livenessCommand} instead where
   * possible; readiness still replaces tasks the load balancer finds unhealthy.
   */
  @Value.Default
  default boolean liveness() {
    return true;
  }

  /** Every default. */
  static HealthCheckOptions defaults() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HealthCheckOptions}. */
  final class Builder extends ImmutableHealthCheckOptions.Builder {}
}

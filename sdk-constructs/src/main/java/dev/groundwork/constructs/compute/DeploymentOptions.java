package dev.groundwork.constructs.compute;

import dev.groundwork.core.GroundworkStyle;
import java.util.List;
import dev.groundwork.constructs.network.Cidr;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.ecs.DeploymentStrategy;

/**
 * How a {@link WebService} replaces its tasks, with ECS's native deployment strategies: every
 * strategy rolls back without a human when a rollback alarm fires or the deployment fails.
 *
 * <p>Defaults by tier: ROLLING in DEV; CANARY (10 % of traffic for 5 minutes, then the rest) in
 * STAGING and PROD, with a bake time of 5 minutes in STAGING and 15 in PROD before the old tasks
 * stop. BLUE_GREEN, CANARY and LINEAR need at least one rollback alarm, here or through
 * {@link WebService#addRollbackAlarms} before synthesis.
 */
@Value.Immutable
@GroundworkStyle
public interface DeploymentOptions {

  /** The strategy. Default by tier: ROLLING in DEV, CANARY in STAGING and PROD. */
  Optional<DeploymentStrategy> strategy();

  /**
   * Alarms that roll a deployment back when they fire (ECS deployment alarms with
   * {@code ROLLBACK_ON_ALARM}), for example the service's 5xx and latency alarms. Required for
   * BLUE_GREEN, CANARY and LINEAR (here or through {@link WebService#addRollbackAlarms}, which
   * adds to these); optional for ROLLING, whose circuit breaker also rolls back.
   */
  List<IAlarm> rollbackAlarms();

  /**
   * Minutes the new tasks serve all traffic before the old ones stop (a rollback is still a
   * switch back), 0 to 1,440; BLUE_GREEN, CANARY and LINEAR only. Default by tier: 0 in DEV, 5 in
   * STAGING, 15 in PROD.
   */
  Optional<Integer> bakeTimeMinutes();

  /**
   * Percent of traffic each step shifts: the canary's share (0.1 to 100) or each linear step (3 to
   * 100), in multiples of 0.1. Default: 10 for CANARY, 20 for LINEAR.
   */
  Optional<Double> trafficShiftPercent();

  /** Minutes each traffic-shift step is watched before the next, 0 to 1,440. Default: 5. */
  @Value.Default
  default int trafficShiftStepMinutes() {
    return 5;
  }

  /**
   * The port of a test listener for checks before any production traffic reaches the new tasks:
   * an HTTPS listener on the load balancer (same certificate and TLS policy) whose rule ECS points
   * at the new tasks during a deployment; BLUE_GREEN, CANARY and LINEAR only; not 80 nor the
   * HTTPS port. Default: no test listener.
   */
  Optional<Integer> testListenerPort();

  /**
   * The networks the test listener admits (never {@code 0.0.0.0/0}): only with
   * {@link #testListenerPort()}. Default: the VPC's own CIDR. For an internet-facing load balancer
   * name the test runner's address (e.g. its NAT gateway's /32): traffic from inside the VPC
   * reaches a public load balancer from the NAT's address.
   */
  List<Cidr> testListenerClients();

  /** The tier's defaults, rolling back on {@code alarms}. */
  static DeploymentOptions rollbackOn(IAlarm... alarms) {
    return builder().addRollbackAlarms(alarms).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DeploymentOptions}. */
  final class Builder extends ImmutableDeploymentOptions.Builder {}
}

package dev.groundwork.constructs.compute;

import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.core.Problems;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.ecs.DeploymentStrategy;
import software.amazon.awscdk.services.ecs.FargateServiceProps;
import software.amazon.awscdk.services.ecs.TrafficShiftConfig;

/**
 * The resolved deployment of a {@link WebService}: the strategy with every tier default applied
 * (by {@link WebServiceDefaults}), checked, and written onto the ECS service's props.
 *
 * @param strategy the ECS strategy
 * @param alarms alarms that roll the deployment back
 * @param bakeTimeMinutes minutes before the old tasks stop (not for ROLLING)
 * @param trafficShiftPercent the percent each step shifts (CANARY and LINEAR only)
 * @param stepMinutes minutes each traffic-shift step is watched
 * @param testListenerPort the port of the pre-traffic test listener, if any
 * @param testListenerClients the networks the test listener admits (empty: the VPC's CIDR)
 */
record DeploymentSettings(DeploymentStrategy strategy, List<IAlarm> alarms, int bakeTimeMinutes,
    Optional<Double> trafficShiftPercent, int stepMinutes, Optional<Integer> testListenerPort,
    List<Cidr> testListenerClients) {

  /** ROLLING with the circuit breaker only: a service that sets no {@link DeploymentOptions}. */
  static final DeploymentSettings CIRCUIT_BREAKER_ONLY = new DeploymentSettings(DeploymentStrategy.ROLLING,
      List.of(), 0, Optional.empty(), 0, Optional.empty(), List.of());

  /** Whether traffic moves from one target group to the other (BLUE_GREEN, CANARY, LINEAR). */
  boolean shiftsTraffic() {
    return strategy != DeploymentStrategy.ROLLING;
  }

  /**
   * Records a problem if the deployment shifts traffic with none of its {@code alarmCount} rollback
   * alarms; checked when the app synthesizes, after {@link WebService#addRollbackAlarms} calls.
   */
  void checkAlarms(int alarmCount, Problems problems) {
    if (shiftsTraffic() && alarmCount == 0) {
      problems.add("DEPLOYMENT_ALARMS_REQUIRED", "deployment.rollbackAlarms", "none for " + strategy,
          "at least one alarm for BLUE_GREEN, CANARY or LINEAR",
          "Pass the service's error-rate and latency alarms, or call addRollbackAlarms(watcher.rollbackAlarms()),"
              + " so a bad release rolls back by itself.");
    }
  }

  /** Records every problem of the resolved deployment but missing alarms; {@code httpsPort} is the service's. */
  void check(int httpsPort, Problems problems) {
    checkTestListener(httpsPort, problems);
    if (bakeTimeMinutes < 0 || bakeTimeMinutes > 1440) {
      problems.add("DEPLOYMENT_BAKE_TIME", "deployment.bakeTimeMinutes", bakeTimeMinutes,
          "0 to 1440 minutes", "Use 15 minutes, long enough for the alarms to see a bad release.");
    }
    if (stepMinutes < 0 || stepMinutes > 1440) {
      problems.add("DEPLOYMENT_STEP_TIME", "deployment.trafficShiftStepMinutes", stepMinutes,
          "0 to 1440 minutes", "Use 5 minutes.");
    }
    trafficShiftPercent.ifPresent(percent -> checkPercent(percent, problems));
  }

  private void checkTestListener(int httpsPort, Problems problems) {
    if (testListenerPort.isEmpty()) {
      if (!testListenerClients.isEmpty()) {
        problems.add("DEPLOYMENT_TEST_LISTENER_CLIENTS", "deployment.testListenerClients", testListenerClients,
            "empty without deployment.testListenerPort", "Set testListenerPort too, or remove the clients.");
      }
      return;
    }
    int port = testListenerPort.get();
    if (!shiftsTraffic()) {
      problems.add("DEPLOYMENT_TEST_LISTENER_STRATEGY", "deployment.testListenerPort", port + " for " + strategy,
          "unset for ROLLING", "Choose BLUE_GREEN, CANARY or LINEAR, or remove the test listener.");
    }
    if (port < 1 || port > 65535 || port == 80 || port == httpsPort) {
      problems.add("DEPLOYMENT_TEST_LISTENER_PORT", "deployment.testListenerPort", port,
          "1 to 65535, neither 80 (the HTTP redirect) nor the HTTPS port " + httpsPort,
          "Use a port of its own, e.g. 8443.");
    }
    testListenerClients.stream().filter(Cidr::isAnyIpv4).findFirst().ifPresent(any ->
        problems.add("DEPLOYMENT_TEST_LISTENER_CLIENTS", "deployment.testListenerClients", any,
            "networks other than the internet", "Name the networks the tests run from; leave it empty for the VPC's CIDR."));
  }

  private void checkPercent(double percent, Problems problems) {
    boolean tenths = Math.abs(percent * 10 - Math.rint(percent * 10)) < 1e-9;
    switch (strategy) {
      case CANARY -> {
        if (percent < 0.1 || percent > 100 || !tenths) {
          problems.add("DEPLOYMENT_CANARY_PERCENT", "deployment.trafficShiftPercent", percent,
              "0.1 to 100 in steps of 0.1", "Send the canary 10 percent of traffic.");
        }
      }
      case LINEAR -> {
        if (percent < 3 || percent > 100 || !tenths) {
          problems.add("DEPLOYMENT_LINEAR_STEP", "deployment.trafficShiftPercent", percent,
              "3 to 100 in steps of 0.1", "Shift 20 percent of traffic per step.");
        }
      }
      default -> problems.add("DEPLOYMENT_TRAFFIC_SHIFT", "deployment.trafficShiftPercent", percent,
          "unset for " + strategy, "Remove it, or choose CANARY or LINEAR.");
    }
  }

  /**
   * Writes the strategy, bake time and traffic shift onto {@code props}; the rollback alarms are
   * the service's ({@link WebService#addRollbackAlarms} adds to them).
   */
  void applyTo(FargateServiceProps.Builder props) {
    if (this == CIRCUIT_BREAKER_ONLY) {
      return;
    }
    props.deploymentStrategy(strategy);
    if (!shiftsTraffic()) {
      return;
    }
    props.bakeTime(Duration.minutes(bakeTimeMinutes));
    TrafficShiftConfig shift = TrafficShiftConfig.builder()
        .stepPercent(trafficShiftPercent.orElse(10.0))
        .stepBakeTime(Duration.minutes(stepMinutes))
        .build();
    if (strategy == DeploymentStrategy.CANARY) {
      props.canaryConfiguration(shift);
    } else if (strategy == DeploymentStrategy.LINEAR) {
      props.linearConfiguration(shift);
    }
  }
}

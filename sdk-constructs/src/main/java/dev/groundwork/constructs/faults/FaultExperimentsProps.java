package dev.groundwork.constructs.faults;

import dev.groundwork.constructs.compute.FargateWorkload;
import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.rds.IDatabaseCluster;

/**
 * Input of {@link FaultExperiments}: the service to rehearse, the alarms that stop an experiment,
 * and optionally the database to fail over.
 */
@Value.Immutable
@GroundworkStyle
public interface FaultExperimentsProps {
  /** FIS's quota of stop conditions per experiment template. */
  int MAX_STOP_CONDITIONS = 5;

  /** The service whose tasks, zone and database the experiments disrupt (a WebService or QueueWorkerService). */
  FargateWorkload service();

  /**
   * The alarms that stop an experiment when any is in ALARM: the service's paging alarms, as
   * {@code WebServiceWatcher.stopConditions()} and {@code QueueWorkerWatcher.stopConditions()}
   * return them; 1 to 5 (FIS's quota per template). Required.
   */
  List<IAlarm> stopConditions();

  /**
   * The Aurora cluster to fail over in a third experiment (the service's database). Default:
   * none, no failover experiment. Give it to one service per database.
   */
  Optional<IDatabaseCluster> database();

  /**
   * Whether the experiment templates exist. Default by tier: off in DEV, on in STAGING, off in
   * PROD (opt in with {@code enabled(true)}; {@code GW_FIS_PROD_SERVICE_HAS_EXPERIMENT} reports a
   * PROD service without one).
   */
  Optional<Boolean> enabled();

  /** The share of the service's running tasks the stop-tasks experiment stops, 1 to 100 percent. Default: 50. */
  Optional<Integer> stopTaskPercent();

  /** How long the zone experiment cuts the zone's subnets off, 1 to 60 minutes. Default: 5. */
  Optional<Integer> disruptionMinutes();

  /**
   * The availability zone whose subnets the zone experiment cuts off, e.g. {@code eu-west-1a}.
   * Default: the zone of the service's first subnet.
   */
  Optional<String> availabilityZone();

  static Builder builder() {
    return new Builder();
  }

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("FaultExperimentsProps");
    if (stopConditions().isEmpty() || stopConditions().size() > MAX_STOP_CONDITIONS) {
      problems.add("FAULT_STOP_CONDITIONS", "stopConditions", stopConditions().size() + " alarms",
          "1 to " + MAX_STOP_CONDITIONS + " alarms (FIS's quota per experiment template)",
          "Pass the service's paging alarms, e.g. addAllStopConditions(watcher.stopConditions()); keep the five "
              + "that matter most if there are more.");
    }
    stopTaskPercent().filter(p -> p < 1 || p > 100).ifPresent(p -> problems.add("FAULT_STOP_TASK_PERCENT",
        "stopTaskPercent", p, "1 to 100", "Give a share such as 50; FIS rounds down and needs at least one task."));
    disruptionMinutes().filter(m -> m < 1 || m > 60).ifPresent(m -> problems.add("FAULT_DISRUPTION_MINUTES",
        "disruptionMinutes", m, "1 to 60", "Cut the zone off for a few minutes, e.g. 5: long enough to see recovery."));
    problems.throwIfAny();
  }

  /** Builds {@link FaultExperimentsProps}. */
  final class Builder extends ImmutableFaultExperimentsProps.Builder {}
}

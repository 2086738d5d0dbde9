package dev.groundwork.constructs.faults;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;

/** Resolves every setting of {@link FaultExperiments} from its props and tier, in one place. */
final class FaultExperimentsDefaults {
  /** Rehearse where it is cheap and safe by default; production opts in. */
  static final ByTier<Boolean> ENABLED = ByTier.of(false, true, false);
  /** Half the tasks: with two or more running, one survives and must carry the load. */
  static final int STOP_TASK_PERCENT = 50;
  static final int DISRUPTION_MINUTES = 5;

  private FaultExperimentsDefaults() {}

  static FaultExperimentsSettings resolve(FaultExperimentsProps props, PlatformContext context) {
    return new FaultExperimentsSettings(
        props.enabled().orElse(ENABLED.get(context.tier())),
        props.stopTaskPercent().orElse(STOP_TASK_PERCENT),
        props.disruptionMinutes().orElse(DISRUPTION_MINUTES),
        props.availabilityZone());
  }
}

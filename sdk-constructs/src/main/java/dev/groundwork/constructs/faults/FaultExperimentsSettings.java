package dev.groundwork.constructs.faults;

import java.util.Optional;

/**
 * Every setting of {@link FaultExperiments}, resolved from its props and tier.
 *
 * @param enabled whether the experiment templates exist
 * @param stopTaskPercent the share of running tasks the stop-tasks experiment stops, in percent
 * @param disruptionMinutes how long the zone experiment cuts the zone's subnets off, in minutes
 * @param availabilityZone the zone to cut off; none: the zone of the service's first subnet
 */
record FaultExperimentsSettings(boolean enabled, int stopTaskPercent, int disruptionMinutes,
    Optional<String> availabilityZone) {}

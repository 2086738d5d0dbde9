package dev.groundwork.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The resource metadata through which a restore test selection in another stack than its plan
 * carries the plan's schedule: the cost estimate reads one template at a time, and the plan (whose
 * {@code ScheduleExpression} says how often the selection's resources are restored) is not in it.
 *
 * <ul>
 *   <li>{@value #SCHEDULE} on an {@code AWS::Backup::RestoreTestingSelection}: the plan's schedule
 *       expression, e.g. {@code cron(0 5 ? * * *)}.
 * </ul>
 */
public final class RestoreTestMetadata {
  /** Metadata key holding the schedule of the selection's restore testing plan. */
  public static final String SCHEDULE = "groundwork:restore-test-schedule";

  private RestoreTestMetadata() {}

  /** The {@value #SCHEDULE} of {@code selection}, if a Groundwork construct wrote one. */
  public static Optional<String> schedule(Resource selection) {
    JsonNode schedule = selection.metadata().path(SCHEDULE);
    return schedule.isTextual() ? Optional.of(schedule.textValue()) : Optional.empty();
  }
}

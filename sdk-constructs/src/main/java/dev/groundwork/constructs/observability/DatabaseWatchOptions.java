package dev.groundwork.constructs.observability;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.Optional;
import org.immutables.value.Value;

/** How {@link Monitoring#addDatabase} watches a database cluster. */
@Value.Immutable
@GroundworkStyle
public interface DatabaseWatchOptions extends WatchOptions {

  /**
   * The engine's {@code max_connections} for the instance class; required, because it depends on
   * the class and engine parameters and no default could be right.
   */
  Optional<Integer> maxConnections();

  /** Connections, in percent of {@link #maxConnections()}, that page. Default by tier: 90, 85, 80. */
  Optional<Double> connectionsPercent();

  /** Average CPU that notifies, in percent. Default by tier: 90, 85, 80. */
  Optional<Double> cpuPercent();

  /** Freeable memory below which it notifies, in MiB. Default by tier: 128, 256, 512. */
  Optional<Double> freeableMemoryMiB();

  /** Free local storage below which it pages, in GiB. Default by tier: 2, 5, 10. */
  Optional<Double> freeLocalStorageGiB();

  /** Replica lag that pages, in milliseconds. Default by tier: 5000, 2000, 1000. */
  Optional<Double> replicaLagMillis();

  /**
   * Whether deadlocks are watched (Aurora reports {@code Deadlocks}; turn off for an engine that
   * does not, rather than keep an alarm with no data). Default: on.
   */
  @Value.Default
  default boolean deadlocks() {
    return true;
  }

  /** Deadlocks per second that notify. Default: 1 in every tier. */
  Optional<Double> deadlocksPerSecond();

  static Builder builder() {
    return new Builder();
  }

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("DatabaseWatchOptions");
    ThresholdChecks.runbook(problems, runbookUrl());
    if (maxConnections().isEmpty()) {
      problems.add("DATABASE_MAX_CONNECTIONS_REQUIRED", "maxConnections", "nothing",
          "the engine's max_connections for the instance class", "Look it up (SHOW max_connections) and pass it.");
    }
    ThresholdChecks.positive(problems, "maxConnections", maxConnections());
    ThresholdChecks.percent(problems, "connectionsPercent", connectionsPercent());
    ThresholdChecks.percent(problems, "cpuPercent", cpuPercent());
    ThresholdChecks.positive(problems, "freeableMemoryMiB", freeableMemoryMiB());
    ThresholdChecks.positive(problems, "freeLocalStorageGiB", freeLocalStorageGiB());
    ThresholdChecks.positive(problems, "replicaLagMillis", replicaLagMillis());
    ThresholdChecks.positive(problems, "deadlocksPerSecond", deadlocksPerSecond());
    problems.throwIfAny();
  }

  /** Builds {@link DatabaseWatchOptions}. */
  final class Builder extends ImmutableDatabaseWatchOptions.Builder {}
}

package dev.groundwork.constructs.data;

import dev.groundwork.core.Region;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every setting of a {@link ManagedSecret}, resolved from its props.
 *
 * @param rotationPeriod how often the rotation function replaces the value
 * @param length length of the generated value
 * @param username the user name stored beside the value; none: the secret is the value alone
 * @param description the secret's description
 * @param replicaRegions regions the secret is replicated to
 */
record ManagedSecretSettings(Duration rotationPeriod, int length, Optional<String> username,
    Optional<String> description, List<Region> replicaRegions) {
  ManagedSecretSettings {
    replicaRegions = List.copyOf(replicaRegions);
  }
}

package dev.groundwork.constructs.data;

import dev.groundwork.core.PlatformContext;

/** Resolves every setting of a {@link ManagedSecret}, in one place: the same in every tier. */
final class ManagedSecretDefaults {
  private ManagedSecretDefaults() {}

  static ManagedSecretSettings resolve(ManagedSecretProps props, PlatformContext context) {
    return new ManagedSecretSettings(props.rotationPeriod(), props.length(), props.username(),
        props.description(), props.replicaRegions());
  }
}

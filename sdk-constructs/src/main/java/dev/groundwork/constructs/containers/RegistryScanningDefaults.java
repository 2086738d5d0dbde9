package dev.groundwork.constructs.containers;

import dev.groundwork.core.PlatformContext;

/** Resolves every setting of a {@link RegistryScanning}, in one place: the same in every tier. */
final class RegistryScanningDefaults {
  /** Every repository of the registry, CDK's asset repository included. */
  static final String ALL_REPOSITORIES = "*";

  private RegistryScanningDefaults() {}

  static RegistryScanningSettings resolve(RegistryScanningProps props, PlatformContext context) {
    return new RegistryScanningSettings(props.scanType(), props.scanType().scanFrequency(), ALL_REPOSITORIES);
  }
}

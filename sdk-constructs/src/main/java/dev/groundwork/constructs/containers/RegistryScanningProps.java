package dev.groundwork.constructs.containers;

import dev.groundwork.core.GroundworkStyle;
import org.immutables.value.Value;

/** Input of {@link RegistryScanning}. */
@Value.Immutable
@GroundworkStyle
public interface RegistryScanningProps {

  /** How the registry scans images. */
  enum ScanType {
    /** ECR's basic scanning of operating-system packages, on every push; free. */
    BASIC("SCAN_ON_PUSH"),
    /**
     * Amazon Inspector's enhanced scanning of operating-system and language packages, on every
     * push and again whenever a new vulnerability is published (continuous); charged per image.
     */
    ENHANCED("CONTINUOUS_SCAN");

    private final String scanFrequency;

    ScanType(String scanFrequency) {
      this.scanFrequency = scanFrequency;
    }

    /** The CloudFormation {@code ScanFrequency} of the rule covering every repository. */
    String scanFrequency() {
      return scanFrequency;
    }
  }

  /** Basic or enhanced scanning. Default: {@link ScanType#BASIC} in every tier. */
  @Value.Default
  default ScanType scanType() {
    return ScanType.BASIC;
  }

  /** Every default: basic scanning on push of every repository. */
  static RegistryScanningProps defaults() {
    return builder().build();
  }

  /** Enhanced (Amazon Inspector) scanning of every repository. */
  static RegistryScanningProps enhanced() {
    return builder().scanType(ScanType.ENHANCED).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RegistryScanningProps}. */
  final class Builder extends ImmutableRegistryScanningProps.Builder {}
}

package dev.groundwork.core;

/**
 * The defaults of one tier, the table in the design document as code.
 *
 * <p>Constructs read these through {@link PlatformContext#defaults()} and never hard-code a
 * per-tier value themselves, so the table stays the single place where the trade-offs between
 * cost and safety are made. {@code TierDefaultsTest} pins every value.
 *
 * @param availabilityZones availability zones a network spans
 * @param natGateways NAT gateway placement
 * @param databaseDeletionProtection whether databases refuse deletion
 * @param databaseBackupRetentionDays automated backup retention of databases, in days
 * @param logRetentionDays retention of log groups and access logs, in days
 * @param stackTerminationProtection whether stacks refuse deletion
 * @param escalateWarnings whether policy rules marked to escalate fail synthesis at WARNING
 */
public record TierDefaults(
    int availabilityZones,
    NatGateways natGateways,
    boolean databaseDeletionProtection,
    int databaseBackupRetentionDays,
    int logRetentionDays,
    boolean stackTerminationProtection,
    boolean escalateWarnings) {

  private static final TierDefaults DEV =
      new TierDefaults(2, NatGateways.ONE, false, 1, 30, false, false);
  private static final TierDefaults STAGING =
      new TierDefaults(2, NatGateways.ONE_PER_AZ, true, 7, 90, true, false);
  private static final TierDefaults PROD =
      new TierDefaults(3, NatGateways.ONE_PER_AZ, true, 35, 365, true, true);

  /** The defaults of {@code tier}. */
  public static TierDefaults forTier(Tier tier) {
    return switch (tier) {
      case DEV -> DEV;
      case STAGING -> STAGING;
      case PROD -> PROD;
    };
  }
}

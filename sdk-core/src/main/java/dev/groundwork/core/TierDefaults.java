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

  private static final ByTier<Integer> AVAILABILITY_ZONES = ByTier.of(2, 2, 3);
  private static final ByTier<NatGateways> NAT_GATEWAYS =
      ByTier.of(NatGateways.ONE, NatGateways.ONE_PER_AZ, NatGateways.ONE_PER_AZ);
  private static final ByTier<Boolean> DATABASE_DELETION_PROTECTION = ByTier.of(false, true, true);
  private static final ByTier<Integer> DATABASE_BACKUP_RETENTION_DAYS = ByTier.of(1, 7, 35);
  private static final ByTier<Integer> LOG_RETENTION_DAYS = ByTier.of(30, 90, 365);
  private static final ByTier<Boolean> STACK_TERMINATION_PROTECTION = ByTier.of(false, true, true);
  private static final ByTier<Boolean> ESCALATE_WARNINGS = ByTier.of(false, false, true);

  /** The defaults of {@code tier}. */
  public static TierDefaults forTier(Tier tier) {
    return new TierDefaults(AVAILABILITY_ZONES.get(tier), NAT_GATEWAYS.get(tier),
        DATABASE_DELETION_PROTECTION.get(tier), DATABASE_BACKUP_RETENTION_DAYS.get(tier),
        LOG_RETENTION_DAYS.get(tier), STACK_TERMINATION_PROTECTION.get(tier), ESCALATE_WARNINGS.get(tier));
  }
}

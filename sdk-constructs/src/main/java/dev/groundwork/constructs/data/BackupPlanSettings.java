package dev.groundwork.constructs.data;

import java.util.Optional;

/**
 * Every setting of a {@link BackupPlan}, resolved from its props and tier.
 *
 * @param dailyRetentionDays days a daily recovery point (03:00 UTC) is kept
 * @param monthlyRetentionDays days a monthly recovery point (1st of the month, 04:00 UTC) is kept
 * @param copyToRecoveryRegion whether every point is copied to the recovery region's vault
 * @param vaultLockDays the vault lock's minimum retention in days (governance mode); none: not locked
 * @param planName the plan's name, {@code <app>-<env>}
 * @param vaultName the vault's name, {@code <app>-<env>-backups}
 * @param recoveryVaultName the recovery region's vault that receives the copies, {@code <app>-<env>-recovery}
 * @param restoreTests whether the environment's databases and buckets are restored on a schedule to prove the backups work
 * @param restoreTestSchedule when restore tests start (UTC)
 * @param restoreTestValidationHours hours a restored copy is kept before AWS Backup deletes it
 * @param restoreTestingPlanName the restore testing plan's name, {@code <app>_<env>_restore_tests}
 */
record BackupPlanSettings(int dailyRetentionDays, int monthlyRetentionDays, boolean copyToRecoveryRegion,
    Optional<Integer> vaultLockDays, String planName, String vaultName, String recoveryVaultName,
    boolean restoreTests, RestoreTestSchedule restoreTestSchedule, int restoreTestValidationHours,
    String restoreTestingPlanName) {}

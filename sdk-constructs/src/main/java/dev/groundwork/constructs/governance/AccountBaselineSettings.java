package dev.groundwork.constructs.governance;

import java.util.Optional;

/**
 * Every setting of an {@link AccountBaseline}, resolved from its props and tier.
 *
 * @param trailLogRetentionDays days the trail's CloudWatch Logs copy is kept
 * @param objectLockRetentionDays the audit bucket's Object Lock retention in days; none: not locked
 * @param retainEverything whether every resource of the baseline (not only the stateful ones)
 *     survives a stack deletion or replacement
 * @param trailName the multi-region trail's name, {@code <app>-<env>-audit}
 * @param guardDutyDetector whether the baseline creates a GuardDuty detector
 * @param stackDriftCheckHours hours between AWS Config's drift checks of every stack (also on each stack change)
 * @param stackDriftRuleName the drift rule's name, {@code <app>-<env>-stack-drift}
 */
record AccountBaselineSettings(int trailLogRetentionDays, Optional<Integer> objectLockRetentionDays,
    boolean retainEverything, String trailName, boolean guardDutyDetector, int stackDriftCheckHours,
    String stackDriftRuleName) {}

package dev.groundwork.constructs.governance;

import dev.groundwork.core.Tier;

/**
 * Every setting of an {@link OrganizationBaseline}, resolved from its props.
 *
 * @param tier the tier whose defaults the accounts' baselines take
 * @param retain whether the stack set, and the stacks of accounts leaving the units, are retained
 * @param stackSetName the stack set's name
 * @param accountWideRegion the region holding each account's multi-region trail and Config's global resources
 * @param callAs whether the stack set is managed as the management account (SELF) or a delegated administrator
 * @param regionConcurrency whether regions deploy one after another (SEQUENTIAL) or at once (PARALLEL)
 */
record OrganizationBaselineSettings(Tier tier, boolean retain, String stackSetName, String accountWideRegion,
    String callAs, String regionConcurrency) {}

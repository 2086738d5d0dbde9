package dev.groundwork.constructs.data;

/**
 * Every setting of a {@link SecureBucket}, resolved from its props and tier.
 *
 * @param versioned whether every version of every object is kept
 * @param replicateToRecoveryRegion whether new object versions are replicated to the recovery region
 * @param objectLockEnabled whether the bucket has Object Lock enabled, so objects can be locked
 * @param objectLock whether Object Lock (governance mode) protects every object by a default retention
 * @param objectLockRetentionDays the Object Lock default retention in days, when Object Lock is on
 * @param noncurrentVersionRetentionDays days a noncurrent version is kept (Standard-IA after 30 days)
 * @param accessLogRetentionDays days the server access logs are kept
 * @param destroyOnStackDeletion whether the bucket and its access logs go with the stack
 * @param destroyOnStackDeletionAllowed whether {@code destroyOnStackDeletion} may be asked for in this tier
 */
record SecureBucketSettings(boolean versioned, boolean replicateToRecoveryRegion, boolean objectLockEnabled,
    boolean objectLock,
    int objectLockRetentionDays, int noncurrentVersionRetentionDays, int accessLogRetentionDays,
    boolean destroyOnStackDeletion, boolean destroyOnStackDeletionAllowed) {}

package dev.groundwork.constructs.data;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;

/** Resolves every setting of a {@link SecureBucket} from its props and tier, in one place. */
final class SecureBucketDefaults {
  static final ByTier<Integer> NONCURRENT_VERSION_RETENTION_DAYS = ByTier.of(30, 90, 365);
  /** Production data is replicated to the recovery region, when the environment names one. */
  static final ByTier<Boolean> REPLICATE_DATA = ByTier.of(false, false, true);
  /** Production audit logs cannot be rewritten. */
  static final ByTier<Boolean> LOCK_AUDIT_LOGS = ByTier.of(false, false, true);
  /** Production buckets can lock objects (AWS Control Tower's CT.S3.PR.9), without a default retention. */
  static final ByTier<Boolean> OBJECT_LOCK_ENABLED = ByTier.of(false, false, true);
  /** Production data is always retained. */
  static final ByTier<Boolean> DESTROY_ALLOWED = ByTier.of(true, true, false);

  private SecureBucketDefaults() {}

  static SecureBucketSettings resolve(SecureBucketProps props, PlatformContext context) {
    boolean data = props.contents() == BucketContents.DATA;
    boolean audit = props.contents() == BucketContents.AUDIT_LOGS;
    boolean objectLock = props.objectLock().orElse(
        props.objectLockRetentionDays().isPresent() || LOCK_AUDIT_LOGS.get(context.tier()) && audit);
    return new SecureBucketSettings(
        props.versioned(),
        props.replicateToRecoveryRegion().orElse(
            REPLICATE_DATA.get(context.tier()) && data && context.recoveryRegion().isPresent()),
        objectLock || props.objectLock().orElse(OBJECT_LOCK_ENABLED.get(context.tier())),
        objectLock,
        props.objectLockRetentionDays().orElse(context.defaults().logRetentionDays()),
        props.noncurrentVersionRetentionDays().orElse(NONCURRENT_VERSION_RETENTION_DAYS.get(context.tier())),
        context.defaults().logRetentionDays(),
        props.destroyOnStackDeletion(),
        DESTROY_ALLOWED.get(context.tier()));
  }
}

package dev.groundwork.constructs.data;

import dev.groundwork.core.GroundworkStyle;
import org.immutables.value.Value;

/** Input of {@link SecureBucket}. Saying nothing gets every secure default. */
@Value.Immutable
@GroundworkStyle
public interface SecureBucketProps {

  /** Keep every version of every object, so overwrites and deletes can be undone. Default: on in every tier. */
  @Value.Default
  default boolean versioned() {
    return true;
  }

  /**
   * Delete the bucket, its objects and its key with the stack. Default: off in every tier (the
   * bucket and key are retained). Only allowed in DEV and STAGING; refused in PROD.
   */
  @Value.Default
  default boolean destroyOnStackDeletion() {
    return false;
  }

  /** Every default. */
  static SecureBucketProps defaults() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SecureBucketProps}. */
  final class Builder extends ImmutableSecureBucketProps.Builder {}
}

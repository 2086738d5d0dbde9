package dev.groundwork.constructs.data;

import dev.groundwork.core.GroundworkStyle;
import java.util.Optional;
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
   * Delete the bucket and its objects with the stack (keys are always retained). Default: off in every tier (the
   * bucket is retained). Only allowed in DEV and STAGING; refused in PROD.
   */
  @Value.Default
  default boolean destroyOnStackDeletion() {
    return false;
  }

  /** The key that encrypts the objects. Default: the stack's shared data key. */
  Optional<EncryptionKey> encryptionKey();

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

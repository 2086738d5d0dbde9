package dev.groundwork.constructs.logs;

import dev.groundwork.core.PlatformContext;

/** Resolves every setting of an {@link EncryptedLogGroup} from its props and tier, in one place. */
final class EncryptedLogGroupDefaults {
  private EncryptedLogGroupDefaults() {}

  static EncryptedLogGroupSettings resolve(EncryptedLogGroupProps props, PlatformContext context) {
    return new EncryptedLogGroupSettings(
        props.retentionDays().orElse(context.defaults().logRetentionDays()),
        props.logGroupName());
  }
}

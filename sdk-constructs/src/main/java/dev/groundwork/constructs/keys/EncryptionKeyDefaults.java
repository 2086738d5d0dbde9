package dev.groundwork.constructs.keys;

import dev.groundwork.core.PlatformContext;

/** Resolves every setting of an {@link EncryptionKey} from its props and environment, in one place. */
final class EncryptionKeyDefaults {
  private EncryptionKeyDefaults() {}

  static EncryptionKeySettings resolve(EncryptionKeyProps props, PlatformContext context) {
    return new EncryptionKeySettings(
        "alias/" + context.app() + "/" + context.environment() + "/" + props.purpose(),
        props.description().orElse("Encrypts " + props.purpose() + " of " + context.app() + " in "
            + context.environment()),
        true,
        props.allowCloudWatchLogs());
  }
}

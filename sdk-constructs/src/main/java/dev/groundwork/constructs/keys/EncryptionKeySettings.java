package dev.groundwork.constructs.keys;

/**
 * Every setting of an {@link EncryptionKey}, resolved from its props and environment.
 *
 * @param aliasName the key's alias, {@code alias/<app>/<environment>/<purpose>}
 * @param description the key's description
 * @param keyRotation whether KMS rotates the key material every year
 * @param allowCloudWatchLogs whether CloudWatch Logs of this account and region may use the key
 */
record EncryptionKeySettings(String aliasName, String description, boolean keyRotation,
    boolean allowCloudWatchLogs) {}

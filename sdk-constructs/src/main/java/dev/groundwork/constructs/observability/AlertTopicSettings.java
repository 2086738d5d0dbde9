package dev.groundwork.constructs.observability;

import java.util.List;

/**
 * Every setting of an {@link AlertTopic}, resolved from its props and tier.
 *
 * @param paging whether pages reach a paging topic of their own (else the notification topic)
 * @param publishers the AWS services allowed to publish to the topics and encrypt for them
 * @param enforceSsl whether the topics refuse publishing without TLS
 * @param stackKey whether the topics use the stack's shared alerts key (an {@code EncryptionKey}: rotation on,
 *     retained, Groundwork's key policy) rather than the one given
 */
record AlertTopicSettings(boolean paging, List<String> publishers, boolean enforceSsl, boolean stackKey) {
  AlertTopicSettings {
    publishers = List.copyOf(publishers);
  }
}

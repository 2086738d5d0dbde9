package dev.groundwork.constructs.observability;

import java.util.List;

/**
 * Every setting of an {@link AlertTopic}, resolved from its props and tier.
 *
 * @param paging whether pages reach a paging topic of their own (else the notification topic)
 * @param publishers the AWS services allowed to publish to the topics and encrypt for them
 * @param enforceSsl whether the topics refuse publishing without TLS
 * @param ownKey whether the topic creates a key of its own (rotation on, retained) rather than use the one given
 */
record AlertTopicSettings(boolean paging, List<String> publishers, boolean enforceSsl, boolean ownKey) {
  AlertTopicSettings {
    publishers = List.copyOf(publishers);
  }
}

package dev.groundwork.constructs.observability;

import dev.groundwork.core.Tier;

/** Resolves the tier-dependent settings of an {@link AlertTopic}, in one place. */
final class AlertTopicDefaults {
  private AlertTopicDefaults() {}

  /** @param paging whether pages reach the paging route */
  record Settings(boolean paging) {}

  static Settings resolve(AlertTopicProps props, Tier tier) {
    return new Settings(props.paging().orElse(tier == Tier.PROD));
  }
}

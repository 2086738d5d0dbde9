package dev.groundwork.constructs.observability;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;
import java.util.List;

/** Resolves every setting of an {@link AlertTopic} from its props and tier, in one place. */
final class AlertTopicDefaults {
  /** Only production wakes people: elsewhere pages go to the notification topic. */
  static final ByTier<Boolean> PAGING = ByTier.of(false, false, true);
  /** The services that publish alerts: alarms, deployment events, budgets. */
  static final List<String> PUBLISHERS = List.of(
      "cloudwatch.amazonaws.com", "events.amazonaws.com", "budgets.amazonaws.com");

  private AlertTopicDefaults() {}

  static AlertTopicSettings resolve(AlertTopicProps props, PlatformContext context) {
    return new AlertTopicSettings(props.paging().orElse(PAGING.get(context.tier())), PUBLISHERS, true,
        props.key().isEmpty());
  }
}

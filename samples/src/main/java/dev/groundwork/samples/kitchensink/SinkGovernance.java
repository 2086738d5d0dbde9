package dev.groundwork.samples.kitchensink;

import dev.groundwork.constructs.governance.AccountBaseline;
import dev.groundwork.constructs.governance.AccountBaselineProps;
import dev.groundwork.constructs.governance.OrganizationBaseline;
import dev.groundwork.constructs.governance.OrganizationBaselineProps;
import dev.groundwork.constructs.observability.AlertTopic;
import dev.groundwork.constructs.observability.AlertTopicProps;
import dev.groundwork.constructs.observability.Subscriber;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Tier;
import software.amazon.awscdk.Stack;

/** The kitchen sink's audit baselines: one per account, and the organisation's through a StackSet. */
final class SinkGovernance {
  private SinkGovernance() {}

  /**
   * The account's baseline. Its alert topic and its subscribers exclude each other: DEV sends the
   * alerts to a topic of the stack's own and records the documents bucket's data events, PROD has
   * the baseline's own topic with a subscriber; every other option is set in both.
   */
  static AccountBaseline addAccountBaseline(Stack audit, SinkNetworkAndData.Data data) {
    boolean prod = PlatformContext.of(audit).tier() == Tier.PROD;
    AccountBaselineProps.Builder props = AccountBaselineProps.builder()
        .trailLogRetentionDays(prod ? 400 : 60)
        .objectLockRetentionDays(prod ? 400 : 30)
        .guardDutyDetector(prod)
        .accountWideRegion("eu-west-1");
    if (prod) {
      props.addSubscribers(Subscriber.email("security@example.com", Subscriber.Route.NOTIFY));
    } else {
      props.alertTopic(new AlertTopic(audit, "Alerts", AlertTopicProps.defaults()).notificationTopic())
          .addDataEventBuckets(data.documents().bucket());
    }
    return new AccountBaseline(audit, "Baseline", props.build());
  }

  /** The organisation's other accounts, every option of the StackSet. */
  static OrganizationBaseline addOrganizationBaseline(Stack governance) {
    return new OrganizationBaseline(governance, "Baseline", OrganizationBaselineProps.builder()
        .addOrganizationalUnitIds("ou-ab12-cd34ef56", "ou-ab12-gh78ij90")
        .addAccountIds("555555555555", "666666666666")
        .addRegions("eu-west-1", "eu-central-1", "us-east-1")
        .accountWideRegion("us-east-1")
        .guardDutyDetector(false)
        .stackSetName("sink-organization-baseline")
        .failureToleranceCount(1)
        .maxConcurrentCount(2)
        .parallelRegions(true)
        .tier(Tier.STAGING)
        .delegatedAdministrator(true)
        .addSubscribers(Subscriber.email("security@example.com", Subscriber.Route.NOTIFY))
        .build());
  }
}

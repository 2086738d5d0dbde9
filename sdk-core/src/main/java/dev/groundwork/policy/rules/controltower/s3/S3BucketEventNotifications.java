package dev.groundwork.policy.rules.controltower.s3;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Buckets send event notifications somewhere. Mirrors CT.S3.PR.4. */
public final class S3BucketEventNotifications implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_S3_EVENT_NOTIFICATIONS_ENABLED", "CT.S3.PR.4",
          "Require an Amazon S3 bucket to have event notifications configured",
          nist("CA-7"), nist("SI-3(8)"), nist("SI-4"), nist("SI-4(4)"))
      .resourceTypes("AWS::S3::Bucket")
      .rationale("Event notifications let a security or data pipeline react to object creation and "
          + "deletion as it happens, instead of discovering changes later by scanning.")
      .remediation("Add an event notification (addEventNotification(...)) or turn on "
          + "eventBridgeEnabled(true) on the bucket.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode p = ctx.resource().properties();
    if (!isStruct(p)) {
      return withoutProperties();
    }
    JsonNode notifications = p.path("NotificationConfiguration");
    if (!isStruct(notifications)) {
      return Evaluation.nonCompliant("Properties.NotificationConfiguration",
          "NotificationConfiguration is not set");
    }
    JsonNode eventBridge = notifications.path("EventBridgeConfiguration");
    boolean any = (isStruct(eventBridge) && isTrue(eventBridge.path("EventBridgeEnabled")))
        || isNonEmptyList(notifications.path("LambdaConfigurations"))
        || isNonEmptyList(notifications.path("QueueConfigurations"))
        || isNonEmptyList(notifications.path("TopicConfigurations"));
    return Evaluation.failIf(!any, "Properties.NotificationConfiguration",
        "NotificationConfiguration neither enables EventBridge nor lists a Lambda, queue or topic");
  }
}

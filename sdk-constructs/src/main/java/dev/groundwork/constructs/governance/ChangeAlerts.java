package dev.groundwork.constructs.governance;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.config.IRule;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.CfnRule;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/**
 * EventBridge rules that tell the alert topic about changes worth a human's look: a
 * CloudFormation stack failing, rolling back or being deleted; a console sign-in; a change to
 * IAM users, roles, groups, policies or access keys; a stack found drifted from its template
 * ({@link StackDriftDetection}'s rule turning {@code NON_COMPLIANT}).
 *
 * <p>The topic's policy must let EventBridge of this account publish, and its key let EventBridge
 * encrypt ({@code AlertTopic} does both). Where the events come from: CloudFormation events arrive in the stack's region. AWS
 * delivers IAM's CloudTrail events, and sign-ins through the global endpoint, to EventBridge in
 * us-east-1 only, so those two rules see them only in a baseline deployed in us-east-1 (see
 * docs/constructs/governance.md).
 */
final class ChangeAlerts extends Construct {
  /** Stack statuses that mean something failed, rolled back or went away. */
  static final List<String> STACK_STATUSES = List.of(
      "CREATE_FAILED", "ROLLBACK_IN_PROGRESS", "ROLLBACK_COMPLETE", "ROLLBACK_FAILED",
      "UPDATE_FAILED", "UPDATE_ROLLBACK_IN_PROGRESS", "UPDATE_ROLLBACK_COMPLETE", "UPDATE_ROLLBACK_FAILED",
      "DELETE_IN_PROGRESS", "DELETE_COMPLETE", "DELETE_FAILED", "IMPORT_ROLLBACK_COMPLETE");

  /** IAM calls that change who may do what (CIS AWS Foundations 4.4's list, plus users and keys). */
  static final List<String> IAM_CHANGES = List.of(
      "AttachGroupPolicy", "AttachRolePolicy", "AttachUserPolicy",
      "DetachGroupPolicy", "DetachRolePolicy", "DetachUserPolicy",
      "PutGroupPolicy", "PutRolePolicy", "PutUserPolicy",
      "DeleteGroupPolicy", "DeleteRolePolicy", "DeleteUserPolicy",
      "CreatePolicy", "DeletePolicy", "CreatePolicyVersion", "DeletePolicyVersion",
      "UpdateAssumeRolePolicy", "CreateUser", "CreateAccessKey", "CreateLoginProfile");

  ChangeAlerts(Construct scope, String id, ITopic topic, IRule stackDrift) {
    super(scope, id);
    rule("StackChanges", "A CloudFormation stack failed, rolled back or was deleted", EventPattern.builder()
        .source(List.of("aws.cloudformation"))
        .detailType(List.of("CloudFormation Stack Status Change"))
        .detail(Map.of("status-details", Map.of("status", STACK_STATUSES)))
        .build(), topic);
    rule("ConsoleSignIns", "Someone signed in to the AWS console", EventPattern.builder()
        .source(List.of("aws.signin"))
        .detailType(List.of("AWS Console Sign In via CloudTrail"))
        .build(), topic);
    rule("IamChanges", "IAM users, roles, groups, policies or access keys changed", EventPattern.builder()
        .source(List.of("aws.iam"))
        .detailType(List.of("AWS API Call via CloudTrail"))
        .detail(ImmutableMap.of("eventSource", List.of("iam.amazonaws.com"), "eventName", IAM_CHANGES))
        .build(), topic);
    rule("StackDrift", "A CloudFormation stack drifted from its template: someone changed it outside code",
        EventPattern.builder()
            .source(List.of("aws.config"))
            .detailType(List.of("Config Rules Compliance Change"))
            .detail(ImmutableMap.of(
                "configRuleName", List.of(stackDrift.getConfigRuleName()),
                "newEvaluationResult", Map.of("complianceType", List.of("NON_COMPLIANT"))))
            .build(), topic);
  }

  /**
   * A rule publishing to {@code topic}. The target is set on the L1: CDK's {@code SnsTopic} target
   * would add a topic policy statement letting EventBridge of any account publish; the topic's
   * own policy (an {@code AlertTopic}'s admits EventBridge of this account) decides instead.
   */
  private void rule(String id, String description, EventPattern pattern, ITopic topic) {
    Rule rule = Rule.Builder.create(this, id)
        .description(description)
        .eventPattern(pattern)
        .build();
    ((CfnRule) rule.getNode().getDefaultChild()).setTargets(List.of(CfnRule.TargetProperty.builder()
        .id("AlertTopic")
        .arn(topic.getTopicArn())
        .build()));
  }
}

package dev.groundwork.constructs.governance;

import java.util.List;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.config.CloudFormationStackDriftDetectionCheck;
import software.amazon.awscdk.services.config.IRule;
import software.amazon.awscdk.services.config.MaximumExecutionFrequency;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

/**
 * CloudFormation drift detection for the account and region: AWS Config's managed rule
 * {@code CLOUDFORMATION_STACK_DRIFT_DETECTION_CHECK} runs {@code DetectStackDrift} on every stack
 * when the stack changes and every few hours; a stack whose resources no longer match its template
 * (someone changed them by hand) is {@code NON_COMPLIANT}, which {@link ChangeAlerts} reports.
 *
 * <p>The rule acts as a role of its own ({@code cloudformationRoleArn}): the drift actions on this
 * account and region's stacks, and AWS's managed {@code SecurityAudit} policy, because CloudFormation
 * reads each resource of the stack with the caller's permissions. {@code SecurityAudit} reads
 * configuration, not data; AWS's documentation and CDK's default role attach {@code ReadOnlyAccess},
 * which also reads objects, items and messages, and which the rule does not need.
 */
final class StackDriftDetection extends Construct {
  /** CloudFormation's drift actions; nothing that changes a stack. */
  static final List<String> DRIFT_ACTIONS = List.of("cloudformation:DetectStackDrift",
      "cloudformation:DetectStackResourceDrift", "cloudformation:DescribeStackDriftDetectionStatus",
      "cloudformation:DescribeStackResourceDrifts", "cloudformation:DescribeStacks",
      "cloudformation:DescribeStackResources", "cloudformation:ListStackResources", "cloudformation:GetTemplate");

  private final Role role;
  private final CloudFormationStackDriftDetectionCheck rule;

  StackDriftDetection(Construct scope, String id, String ruleName, int checkHours) {
    super(scope, id);
    this.role = Role.Builder.create(this, "Role")
        .description("AWS Config detects drift of this account's CloudFormation stacks, reading configuration only")
        .assumedBy(new ServicePrincipal("config.amazonaws.com"))
        .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName("SecurityAudit")))
        .build();
    role.addToPolicy(PolicyStatement.Builder.create()
        .sid("DetectDriftOfThisAccountsStacks")
        .actions(DRIFT_ACTIONS)
        .resources(List.of(Stack.of(this).formatArn(ArnComponents.builder()
            .service("cloudformation").resource("stack").resourceName("*")
            .arnFormat(ArnFormat.SLASH_RESOURCE_NAME).build())))
        .build());
    this.rule = CloudFormationStackDriftDetectionCheck.Builder.create(this, "Rule")
        .configRuleName(ruleName)
        .description("A CloudFormation stack whose resources differ from its template: changed outside code")
        .role(role)
        .maximumExecutionFrequency(frequency(checkHours))
        .build();
    // Config evaluates with the role: its policy first.
    rule.getNode().addDependency(role);
  }

  /** Config's frequency of {@code hours}, one of the values it accepts. */
  static MaximumExecutionFrequency frequency(int hours) {
    return switch (hours) {
      case 1 -> MaximumExecutionFrequency.ONE_HOUR;
      case 3 -> MaximumExecutionFrequency.THREE_HOURS;
      case 6 -> MaximumExecutionFrequency.SIX_HOURS;
      case 12 -> MaximumExecutionFrequency.TWELVE_HOURS;
      case 24 -> MaximumExecutionFrequency.TWENTY_FOUR_HOURS;
      default -> throw new IllegalArgumentException("AWS Config runs rules every 1, 3, 6, 12 or 24 hours, not " + hours);
    };
  }

  /** The Config rule. */
  IRule rule() {
    return rule;
  }

  /** The role the rule detects drift as. */
  IRole role() {
    return role;
  }
}

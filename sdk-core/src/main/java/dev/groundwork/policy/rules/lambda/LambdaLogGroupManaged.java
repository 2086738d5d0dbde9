package dev.groundwork.policy.rules.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import java.util.Optional;

/**
 * Lambda functions log to a log group the template manages: {@code LoggingConfig.LogGroup} is
 * set, or the template holds the function's default group ({@code /aws/lambda/<FunctionName>}).
 * Otherwise Lambda creates that group on the first run, outside CloudFormation, kept forever and
 * not encrypted with a customer-managed key, so the log rules never see it. Applies to CDK's
 * custom-resource providers too: {@code CustomResourceProviderLogs.of(provider)} gives one its
 * group.
 */
public final class LambdaLogGroupManaged implements Rule {

  private static final String DEFAULT_PREFIX = "/aws/lambda/";

  private static final RuleInfo INFO = RuleInfo.builder("GW_LAMBDA_LOG_GROUP_MANAGED")
      .title("Lambda functions log to a log group the template manages")
      .severity(Severity.WARNING)
      .resourceTypes("AWS::Lambda::Function")
      .rationale("A function without a log group of its own writes to /aws/lambda/<name>, which "
          + "Lambda creates on the first run outside CloudFormation: never expiring, not "
          + "encrypted with a customer-managed key, left behind when the stack is deleted, and "
          + "invisible to the log retention and encryption rules.")
      .remediation("Give the function a log group: logGroup(new EncryptedLogGroup(...).logGroup()) "
          + "on a CDK Function (LoggingConfig.LogGroup), or for a CDK custom-resource provider "
          + "CustomResourceProviderLogs.of(provider).")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource function = ctx.resource();
    if (!Intrinsics.isAbsent(function.property("LoggingConfig").path("LogGroup"))) {
      return Evaluation.compliant();
    }
    Optional<String> name = Intrinsics.text(function.property("FunctionName"));
    for (Resource group : ctx.template().resourcesOfType("AWS::Logs::LogGroup")) {
      JsonNode groupName = group.property("LogGroupName");
      boolean literalMatch = name.isPresent()
          && Intrinsics.text(groupName).equals(Optional.of(DEFAULT_PREFIX + name.get()));
      boolean referenceMatch = Intrinsics.flatText(groupName).filter(t -> t.startsWith(DEFAULT_PREFIX)).isPresent()
          && Intrinsics.references(groupName).contains(function.logicalId());
      if (literalMatch || referenceMatch) {
        return Evaluation.compliant();
      }
    }
    return Evaluation.nonCompliant("Properties.LoggingConfig.LogGroup", "function logs to "
        + DEFAULT_PREFIX + name.orElse("<generated name>") + ", a group Lambda creates outside the "
        + "template (no retention, no customer-managed key)");
  }
}

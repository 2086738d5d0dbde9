package dev.groundwork.policy.rules.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import java.util.regex.Pattern;

/**
 * Lambda functions reserve concurrency and send failed asynchronous invocations to a
 * dead-letter target: {@code DeadLetterConfig.TargetArn}, or an {@code
 * AWS::Lambda::EventInvokeConfig} of the function with an {@code OnFailure} destination.
 *
 * <p>Not applicable to the Lambda functions of CDK's custom-resource providers (construct path
 * {@code …/Custom::<Name>CustomResourceProvider/Handler}, the stack-level singleton CDK's {@code
 * CustomResourceProvider} creates, and CDK's entry point {@code __entrypoint__.handler} as
 * handler; e.g. the provider behind {@code
 * restrictDefaultSecurityGroup} or {@code autoDeleteObjects}): only CloudFormation invokes them,
 * asynchronously, once per custom-resource event of their stack, and it waits for the answer at
 * the event's callback URL, failing and rolling back the stack operation when the handler reports
 * a failure or no answer arrives in time. A failure is therefore never lost: it fails the
 * deployment, in front of whoever deploys (what a dead-letter target is for; a dead-letter queue
 * would only keep a stale event whose callback URL has expired). Their concurrency is bounded by
 * the stack's custom resources (what a reservation is for), and a reservation would fail the
 * deployment in accounts whose concurrency quota leaves nothing to reserve (Lambda keeps at least
 * 100 executions unreserved; new accounts may have a quota of 10). See "CDK-generated functions"
 * in docs/policy.md for what Groundwork hardens on them instead.
 */
public final class LambdaConcurrencyAndDeadLetterSet implements Rule {

  /** The construct path of a CDK custom-resource provider's function. */
  static final Pattern CUSTOM_RESOURCE_PROVIDER =
      Pattern.compile(".+/Custom::[A-Za-z0-9]+CustomResourceProvider/Handler");

  /** The handler CDK's CustomResourceProvider gives every provider function. */
  static final String PROVIDER_ENTRY_POINT = "__entrypoint__.handler";

  private static final RuleInfo INFO = RuleInfo.builder("GW_LAMBDA_CONCURRENCY_AND_DLQ_SET")
      .title("Lambda functions reserve concurrency and have a dead-letter target")
      .severity(Severity.WARNING)
      .resourceTypes("AWS::Lambda::Function")
      .rationale("Without reserved concurrency one function can take the account's whole "
          + "concurrency and throttle every other function, or flood what it calls; without a "
          + "dead-letter target an asynchronous event that keeps failing is dropped after its "
          + "retries and nobody learns of it. Not applicable to CDK custom-resource provider "
          + "functions (Custom::*CustomResourceProvider/Handler): CloudFormation is their only "
          + "caller, and a failed or unanswered event fails the stack operation.")
      .remediation("Set reservedConcurrentExecutions(n) on the Function, and deadLetterQueue(queue) "
          + "(or onFailure(new SqsDestination(queue)) for an EventInvokeConfig).")
      .controls("cdk-nag NIST 800-53 rev 5 pack, rules LambdaConcurrency and LambdaDLQ",
          Control.nist("AU-12(3)"), Control.nist("CA-2(2)"), Control.nist("CA-7"),
          Control.nist("SC-6"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource function = ctx.resource();
    if (isCustomResourceProvider(function)) {
      return Evaluation.notApplicable();
    }
    Evaluation.Builder out = Evaluation.builder();
    JsonNode reserved = function.property("ReservedConcurrentExecutions");
    if (Intrinsics.isAbsent(reserved)) {
      out.violation("Properties.ReservedConcurrentExecutions", "function reserves no concurrency");
    } else if (Intrinsics.number(reserved).isEmpty()) {
      out.unknown("Properties.ReservedConcurrentExecutions");
    }
    out.add(deadLetter(ctx, function));
    return out.build();
  }

  static boolean isCustomResourceProvider(Resource function) {
    return PROVIDER_ENTRY_POINT.equals(function.property("Handler").asText())
        && function.constructPath().filter(p -> CUSTOM_RESOURCE_PROVIDER.matcher(p).matches()).isPresent();
  }

  private static Evaluation deadLetter(RuleContext ctx, Resource function) {
    JsonNode config = function.property("DeadLetterConfig");
    if (Intrinsics.isIntrinsic(config)) {
      return Evaluation.unknown("Properties.DeadLetterConfig");
    }
    if (!Intrinsics.isAbsent(config.path("TargetArn"))) {
      return Evaluation.compliant();
    }
    for (Resource invokeConfig : ctx.template().referrers(
        "AWS::Lambda::EventInvokeConfig", "FunctionName", function.logicalId())) {
      if (!Intrinsics.isAbsent(invokeConfig.property("DestinationConfig").path("OnFailure").path("Destination"))) {
        return Evaluation.compliant();
      }
    }
    return Evaluation.nonCompliant("Properties.DeadLetterConfig",
        "function has no dead-letter target (DeadLetterConfig.TargetArn or an EventInvokeConfig OnFailure destination)");
  }
}

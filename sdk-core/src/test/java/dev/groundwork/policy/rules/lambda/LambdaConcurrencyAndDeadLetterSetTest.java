package dev.groundwork.policy.rules.lambda;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicable;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertUnknown;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;
import static dev.groundwork.testing.TemplateFixture.template;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.policy.Evaluation;
import org.junit.jupiter.api.Test;

class LambdaConcurrencyAndDeadLetterSetTest {

  static final String FUNCTION = "AWS::Lambda::Function";
  static final String DLQ = "'DeadLetterConfig': {'TargetArn': {'Fn::GetAtt': ['Dlq', 'Arn']}}";
  final LambdaConcurrencyAndDeadLetterSet rule = new LambdaConcurrencyAndDeadLetterSet();

  static String providerPath(String function) {
    return "{'Metadata': {'aws:cdk:path': 'prod/network/Custom::VpcRestrictDefaultSGCustomResourceProvider/"
        + function + "'}}";
  }

  @Test
  void passesWithReservedConcurrencyAndADeadLetterQueue() {
    assertCompliant(evaluate(rule, FUNCTION, "{'ReservedConcurrentExecutions': 5, " + DLQ + "}"));
  }

  @Test
  void passesWithAnOnFailureDestinationInsteadOfADeadLetterQueue() {
    Evaluation evaluation = template()
        .resource("Fn", FUNCTION, "{'ReservedConcurrentExecutions': 2}")
        .resource("Invoke", "AWS::Lambda::EventInvokeConfig", "{'FunctionName': {'Ref': 'Fn'}, "
            + "'Qualifier': '$LATEST', 'DestinationConfig': {'OnFailure': {'Destination': 'arn:aws:sqs:q'}}}")
        .evaluate(rule, "Fn");
    assertCompliant(evaluation);
  }

  @Test
  void failsWithoutReservedConcurrency() {
    assertViolation(evaluate(rule, FUNCTION, "{" + DLQ + "}"),
        "Properties.ReservedConcurrentExecutions", "reserves no concurrency");
  }

  @Test
  void failsWithoutADeadLetterTarget() {
    assertViolation(evaluate(rule, FUNCTION, "{'ReservedConcurrentExecutions': 5}"),
        "Properties.DeadLetterConfig", "no dead-letter target");
  }

  @Test
  void failsTwiceWithNeither() {
    assertThat(evaluate(rule, FUNCTION, "{'Handler': 'index.handler'}").violations()).hasSize(2);
  }

  @Test
  void failsForAnEventInvokeConfigWithoutAnOnFailureDestination() {
    Evaluation evaluation = template()
        .resource("Fn", FUNCTION, "{'ReservedConcurrentExecutions': 2}")
        .resource("Invoke", "AWS::Lambda::EventInvokeConfig",
            "{'FunctionName': {'Ref': 'Fn'}, 'Qualifier': '$LATEST', 'MaximumRetryAttempts': 0}")
        .evaluate(rule, "Fn");
    assertViolation(evaluation, "Properties.DeadLetterConfig", "no dead-letter target");
  }

  @Test
  void unknownWhenReservedConcurrencyIsAParameter() {
    assertUnknown(evaluate(rule, FUNCTION, "{'ReservedConcurrentExecutions': {'Ref': 'N'}, " + DLQ + "}"),
        "Properties.ReservedConcurrentExecutions");
  }

  @Test
  void unknownWhenTheDeadLetterConfigIsConditional() {
    assertUnknown(evaluate(rule, FUNCTION, "{'ReservedConcurrentExecutions': 1, "
        + "'DeadLetterConfig': {'Fn::If': ['C', {'TargetArn': 'arn'}, {'Ref': 'AWS::NoValue'}]}}"),
        "Properties.DeadLetterConfig");
  }

  /** CloudFormation is their only caller and fails the stack when they fail (see the class doc). */
  @Test
  void notApplicableToCdkCustomResourceProviderFunctions() {
    assertNotApplicable(template()
        .resource("Provider", FUNCTION, "{'Handler': '__entrypoint__.handler', 'Runtime': 'nodejs24.x'}",
            providerPath("Handler"))
        .evaluate(rule, "Provider"));
  }

  @Test
  void appliesToAFunctionMerelyNamedLikeAProviderWithItsOwnHandler() {
    assertViolation(template()
        .resource("Fn", FUNCTION, "{'Handler': 'index.handler'}", providerPath("Handler"))
        .evaluate(rule, "Fn"), "Properties.ReservedConcurrentExecutions", "reserves no concurrency");
  }

  @Test
  void appliesToAFunctionInsideAProviderThatIsNotItsHandler() {
    assertViolation(template()
        .resource("Fn", FUNCTION, "{'Handler': '__entrypoint__.handler'}", providerPath("Other"))
        .evaluate(rule, "Fn"), "Properties.DeadLetterConfig", "no dead-letter target");
  }

  @Test
  void notApplicableToLayers() {
    assertNotApplicableTo(rule, "AWS::Lambda::LayerVersion", "{}");
  }
}

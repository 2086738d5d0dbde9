package dev.groundwork.policy.rules.lambda;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;
import static dev.groundwork.testing.TemplateFixture.template;

import org.junit.jupiter.api.Test;

class LambdaLogGroupManagedTest {

  static final String FUNCTION = "AWS::Lambda::Function";
  static final String GROUP = "AWS::Logs::LogGroup";
  final LambdaLogGroupManaged rule = new LambdaLogGroupManaged();

  @Test
  void passesWhenTheFunctionNamesItsLogGroup() {
    assertCompliant(template().resource("Logs", GROUP, "{'RetentionInDays': 30}")
        .resource("Fn", FUNCTION, "{'LoggingConfig': {'LogGroup': {'Ref': 'Logs'}}}").evaluate(rule, "Fn"));
  }

  @Test
  void passesWhenTheTemplateHoldsTheDefaultGroupOfANamedFunction() {
    assertCompliant(template().resource("Logs", GROUP, "{'LogGroupName': '/aws/lambda/orders-sync'}")
        .resource("Fn", FUNCTION, "{'FunctionName': 'orders-sync'}").evaluate(rule, "Fn"));
  }

  @Test
  void passesWhenTheTemplateHoldsTheDefaultGroupBuiltFromTheFunctionsRef() {
    assertCompliant(template()
        .resource("Logs", GROUP, "{'LogGroupName': {'Fn::Join': ['', ['/aws/lambda/', {'Ref': 'Fn'}]]}}")
        .resource("Fn", FUNCTION, "{}").evaluate(rule, "Fn"));
  }

  @Test
  void failsWhenLambdaWouldCreateTheGroup() {
    assertViolation(evaluate(rule, FUNCTION, "{'Handler': '__entrypoint__.handler'}"),
        "Properties.LoggingConfig.LogGroup", "/aws/lambda/<generated name>, a group Lambda creates");
  }

  @Test
  void failsWhenTheTemplatesGroupBelongsToAnotherFunction() {
    assertViolation(template()
            .resource("Logs", GROUP, "{'LogGroupName': {'Fn::Join': ['', ['/aws/lambda/', {'Ref': 'Other'}]]}}")
            .resource("Fn", FUNCTION, "{'FunctionName': 'orders-sync'}").evaluate(rule, "Fn"),
        "Properties.LoggingConfig.LogGroup", "/aws/lambda/orders-sync");
  }

  @Test
  void notApplicableToLogGroups() {
    assertNotApplicableTo(rule, GROUP, "{}");
  }
}

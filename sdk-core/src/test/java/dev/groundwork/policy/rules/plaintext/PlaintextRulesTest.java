package dev.groundwork.policy.rules.plaintext;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicable;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;
import static dev.groundwork.testing.TemplateFixture.template;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaintextRulesTest {

  static final String FUNCTION = "AWS::Lambda::Function";
  static final String TASK = "AWS::ECS::TaskDefinition";

  static String lambdaEnv(String variables) {
    return "{'Environment': {'Variables': " + variables + "}}";
  }

  @Nested
  class SecretLikeNames {
    @ParameterizedTest
    @ValueSource(strings = {"DB_PASSWORD", "apiKey", "AUTH_TOKEN", "STRIPE_SECRET", "API_KEY", "privateKey"})
    void recognisesCredentials(String name) {
      assertThat(EnvironmentVariables.soundsSecret(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SECRET_ARN", "KMS_KEY_ID", "S3_KEY_PREFIX", "TOKEN_URL", "TABLE_NAME", "KEY_ALIAS"})
    void ignoresReferencesToCredentials(String name) {
      assertThat(EnvironmentVariables.soundsSecret(name)).isFalse();
    }
  }

  @Nested
  class EnvironmentSecrets {
    final EnvironmentHasNoPlaintextSecrets rule = new EnvironmentHasNoPlaintextSecrets();

    @Test
    void readsNoVariablesWhenContainersAreAnIntrinsic() {
      assertCompliant(evaluate(rule, "AWS::ECS::TaskDefinition",
          "{'ContainerDefinitions': {'Fn::If': ['IsProd', [], []]}}"));
    }

    @Test
    void readsAnEnvironmentGivenAsOneObjectAsAListOfOne() {
      assertViolation(evaluate(rule, "AWS::ECS::TaskDefinition",
          "{'ContainerDefinitions': {'Name': 'app', 'Environment': {'Name': 'DB_PASSWORD', 'Value': 'x'}}}"),
          "Properties.ContainerDefinitions[0].Environment[0].Value", "DB_PASSWORD has a literal value");
    }

    @Test
    void passesWhenSecretPassedByArn() {
      assertCompliant(evaluate(rule, FUNCTION, lambdaEnv("{'DB_SECRET_ARN': {'Ref': 'Secret'}, 'DB_PASSWORD': {'Fn::GetAtt': ['S', 'X']}}")));
    }

    @Test
    void failsWhenLambdaPasswordIsLiteral() {
      assertViolation(evaluate(rule, FUNCTION, lambdaEnv("{'DB_PASSWORD': 'hunter2'}")),
          "Properties.Environment.Variables.DB_PASSWORD", "literal value (7 characters)");
    }

    @Test
    void failsWhenContainerTokenIsLiteral() {
      assertViolation(evaluate(rule, TASK, "{'ContainerDefinitions': [{'Name': 'a', 'Environment': "
              + "[{'Name': 'GITHUB_TOKEN', 'Value': 'ghp_x'}]}]}"),
          "Properties.ContainerDefinitions[0].Environment[0].Value", "GITHUB_TOKEN");
    }

    @Test
    void passesForDynamicReference() {
      assertCompliant(evaluate(rule, FUNCTION, lambdaEnv("{'API_KEY': '{{resolve:secretsmanager:k}}'}")));
    }

    @Test
    void notApplicableToQueues() {
      assertNotApplicableTo(rule, "AWS::SQS::Queue", "{}");
    }
  }

  @Nested
  class HardcodedEndpoints {
    final EnvironmentHasNoHardcodedEndpoints rule = new EnvironmentHasNoHardcodedEndpoints();

    @Test
    void passesWhenEndpointIsReferenced() {
      assertCompliant(evaluate(rule, FUNCTION, lambdaEnv("{'DB_HOST': {'Fn::GetAtt': ['Db', 'Endpoint.Address']}, 'MODE': 'fast'}")));
    }

    @Test
    void failsWhenIpAddressIsLiteral() {
      assertViolation(evaluate(rule, FUNCTION, lambdaEnv("{'DB_HOST': '10.1.2.3'}")),
          "Properties.Environment.Variables.DB_HOST", "the address 10.1.2.3");
    }

    @Test
    void failsWhenUrlIsLiteral() {
      assertViolation(evaluate(rule, TASK, "{'ContainerDefinitions': [{'Name': 'a', 'Environment': "
              + "[{'Name': 'PAYMENTS', 'Value': 'https://payments.internal.example.com/v1'}]}]}"),
          "Properties.ContainerDefinitions[0].Environment[0].Value", "the URL https://payments");
    }

    @Test
    void passesForLocalhostSidecar() {
      assertCompliant(evaluate(rule, FUNCTION, lambdaEnv("{'EXTENSION': 'http://localhost:2773'}")));
    }

    @Test
    void notApplicableToBuckets() {
      assertNotApplicableTo(rule, "AWS::S3::Bucket", "{}");
    }
  }

  @Nested
  class ParameterDefaults {
    final ParameterHasNoPlaintextSecretDefault rule = new ParameterHasNoPlaintextSecretDefault();

    @Test
    void passesWhenPasswordParameterHasNoDefault() {
      assertCompliant(template().parameter("DbPassword", "{'Type': 'String', 'NoEcho': true}")
          .evaluateParameter(rule, "DbPassword"));
    }

    @Test
    void failsWhenPasswordParameterHasLiteralDefault() {
      assertViolation(template().parameter("DbPassword", "{'Type': 'String', 'NoEcho': true, 'Default': 'changeme'}")
          .evaluateParameter(rule, "DbPassword"), "Parameters.DbPassword.Default", "literal default");
    }

    @Test
    void notApplicableToCdkBootstrapVersion() {
      assertNotApplicable(template().parameter("BootstrapVersion", "{'Type': "
              + "'AWS::SSM::Parameter::Value<String>', 'Default': '/cdk-bootstrap/hnb659fds/version'}")
          .evaluateParameter(rule, "BootstrapVersion"));
    }

    @Test
    void notApplicableToOrdinaryParameters() {
      assertNotApplicable(template().parameter("InstanceSize", "{'Type': 'String', 'Default': 'small'}")
          .evaluateParameter(rule, "InstanceSize"));
    }
  }
}

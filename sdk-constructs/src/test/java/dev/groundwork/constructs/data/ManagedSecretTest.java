package dev.groundwork.constructs.data;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Region;
import dev.groundwork.testing.SynthesisExtension;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.Runtime;

/** docs/constructs/data.md quotes this class. */
class ManagedSecretTest {
  private static final String STACK = "test-prod-secrets";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    Stack stack = app.environment("prod").addStack("secrets");
    IFunction rotator = rotator(stack);
    ManagedSecret token = new ManagedSecret(stack, "PartnerToken", ManagedSecretProps.builder()
        .rotationFunction(rotator)
        .rotationPeriod(Duration.ofDays(7))
        .addReplicaRegions(Region.of("eu-central-1"))
        .build());
    Role reader = Role.Builder.create(stack, "Reader")
        .assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com")).build();
    token.grantRead(reader);
    ManagedSecret.fromSecretName(stack, "Existing", "orders/partner-api");
    return app;
  });

  static IFunction rotator(Stack stack) {
    return Function.Builder.create(stack, "Rotator")
        .runtime(Runtime.PYTHON_3_12)
        .handler("index.handler")
        .code(Code.fromInline("def handler(event, context):\n    pass\n"))
        .build();
  }

  @Nested
  class Defaults {
    @Test
    void generatesItsValueEncryptsWithTheSecretsKeyAndIsRetained(SynthesizedApp app) {
      assertThat(app).stack(STACK).resource("prod/secrets/PartnerToken/Secret")
          .hasProperty("GenerateSecretString.PasswordLength", 32)
          .doesNotHaveProperty("SecretString")
          .referencesAt("KmsKeyId", "prod/secrets/SecretsKey/Key")
          .hasProperty("ReplicaRegions[0].Region", "eu-central-1")
          .isRetained();
    }

    @Test
    void rotatesOnTheGivenSchedule(SynthesizedApp app) {
      assertThat(app).stack(STACK).resourcesOfType("AWS::SecretsManager::RotationSchedule").singleResource()
          .hasProperty("RotationRules.ScheduleExpression", "rate(7 days)")
          .referencesAt("SecretId", "prod/secrets/PartnerToken/Secret");
    }

    /**
     * Both halves in the reader's own policy, none in the key's, so a reader in another stack
     * depends on this one and never the other way round (CrossStackCompositionTest).
     */
    @Test
    void grantReadNamesThisSecretAndDecryptsOnlyThroughSecretsManager(SynthesizedApp app) {
      assertThat(app).stack(STACK).iamStatements().ofRole("prod/secrets/Reader")
          .allowing("secretsmanager:GetSecretValue")
          .onResourceReferencing("prod/secrets/PartnerToken/Secret");
      assertThat(app).stack(STACK).iamStatements().ofRole("prod/secrets/Reader")
          .allowing("kms:Decrypt")
          .withCondition("StringEquals", "kms:ViaService", "secretsmanager.eu-west-1.amazonaws.com")
          .onResourceReferencing("prod/secrets/SecretsKey/Key");
      assertThat(app).stack(STACK).iamStatements().ofRole("prod/secrets/Reader")
          .doesNotAllow("secretsmanager:PutSecretValue").haveNoWildcardResources();
      String reader = app.stack(STACK).resources().stream().filter(r -> r.isNamed("prod/secrets/Reader"))
          .findFirst().orElseThrow().logicalId();
      assertThat(app).stack(STACK).resource("prod/secrets/SecretsKey/Key")
          .hasPropertySatisfying("KeyPolicy", policy -> assertThat(policy.toString()).doesNotContain(reader));
    }
  }

  @Nested
  class InvalidInput {
    @Test
    void thePublicApiOffersNoWayToPassASecretValue() {
      List<Method> methods = Stream.of(ManagedSecret.class, ManagedSecretProps.class,
              ManagedSecretProps.Builder.class, DatabaseClusterProps.Builder.class)
          .flatMap(type -> Arrays.stream(type.getMethods())).toList();
      assertThat(methods).isNotEmpty().noneMatch(m -> Arrays.asList(m.getParameterTypes()).contains(SecretValue.class));
      assertThat(methods).extracting(Method::getName)
          .noneMatch(name -> name.matches("(?i).*(secretString|secretValue|password|value).*")
              && !name.equals("valueOf") && !name.equals("values"));
    }

    @Test
    void rotationPeriodIsFourHoursToOneThousandDays(@TempDir Path outdir) {
      Stack stack = TestApps.appWithEveryTier(outdir).environment("dev").addStack("secrets");
      assertThatThrownBy(() -> ManagedSecretProps.builder().rotationFunction(rotator(stack))
              .rotationPeriod(Duration.ofHours(2)).build())
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("SECRET_ROTATION_PERIOD"))
          .hasMessageContaining("rotationPeriod");
    }

    @Test
    void aReplicaInThePrimaryRegionIsRefused(@TempDir Path outdir) {
      Stack stack = TestApps.appWithEveryTier(outdir).environment("dev").addStack("secrets");
      assertThatThrownBy(() -> new ManagedSecret(stack, "Token", ManagedSecretProps.builder()
              .rotationFunction(rotator(stack))
              .addReplicaRegions(Region.of("eu-west-1"))
              .build()))
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("SECRET_REPLICA_REGION"))
          .hasMessageContaining("replicaRegions");
    }
  }
}

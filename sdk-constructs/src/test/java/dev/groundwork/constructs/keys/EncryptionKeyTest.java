package dev.groundwork.constructs.keys;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.testing.SynthesisExtension;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;

/** docs/constructs/keys-and-logs.md quotes this class. */
class EncryptionKeyTest {
  private static final String STACK = "test-prod-keys";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    PlatformEnvironment prod = app.environments().get(2);
    Stack stack = prod.addStack("keys");
    EncryptionKey logs = EncryptionKey.forPurpose(stack, KeyPurpose.LOGS);
    EncryptionKey data = EncryptionKey.forPurpose(stack, KeyPurpose.DATA);
    EncryptionKey sameData = EncryptionKey.forPurpose(stack, KeyPurpose.DATA);
    EncryptionKey payments = new EncryptionKey(stack, "PaymentsKey", EncryptionKeyProps.of("payments"));
    Role reader = Role.Builder.create(stack, "Reader")
        .assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com")).build();
    payments.grantDecrypt(reader);
    if (sameData != data || logs == data) {
      throw new AssertionError("forPurpose must return the stack's one key per purpose");
    }
    return app;
  });

  @Nested
  class Defaults {
    @Test
    void createsOneKeyPerPurposeAndStack(SynthesizedApp app) {
      assertThat(app).stack(STACK).resourcesOfType("AWS::KMS::Key").hasSize(3)
          .allHaveProperty("EnableKeyRotation", true)
          .allHaveDeletionPolicy("Retain");
    }

    @Test
    void aliasesNameAppEnvironmentAndPurpose(SynthesizedApp app) {
      List<String> aliases = app.stack(STACK).resourcesOfType("AWS::KMS::Alias").stream()
          .map(a -> a.property("AliasName").asText()).sorted().toList();
      assertThat(aliases).containsExactly("alias/test/prod/keys/data", "alias/test/prod/keys/logs",
          "alias/test/prod/payments");
    }

    @Test
    void letsAccountPrincipalsCreateGrantsOnlyForAwsResources(SynthesizedApp app) {
      String policy = keyPolicy(app, "prod/keys/PaymentsKey/Key");
      assertThat(policy).contains("\"kms:GrantIsForAWSResource\":\"true\"")
          .doesNotContain("\"kms:*\"").doesNotContain("kms:Create*");
      assertThat(app).stack(STACK).iamStatements().ofKind(dev.groundwork.testing.IamStatement.Kind.RESOURCE)
          .allowing("kms:CreateGrant").withCondition("Bool", "kms:GrantIsForAWSResource", "true");
    }

    @Test
    void deniesGrantsNotForAwsServicesAsControlTowerRequires(SynthesizedApp app) {
      // CT.KMS.PR.3: Deny kms:CreateGrant to * on *, BoolIfExists both keys "false", on every key.
      assertThat(app).stack(STACK).iamStatements().ofKind(dev.groundwork.testing.IamStatement.Kind.RESOURCE)
          .denying("kms:CreateGrant")
          .withCondition("BoolIfExists", "kms:GrantIsForAWSResource", "false")
          .withCondition("BoolIfExists", "aws:PrincipalIsAWSService", "false")
          .hasSize(3);
      assertThat(keyPolicy(app, "prod/keys/DataKey/Key")).contains(
          "{\"Action\":\"kms:CreateGrant\",\"Condition\":{\"BoolIfExists\":{\"aws:PrincipalIsAWSService\":\"false\","
              + "\"kms:GrantIsForAWSResource\":\"false\"}},\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},"
              + "\"Resource\":\"*\"");
    }

    @Test
    void onlyTheLogsKeyAdmitsCloudWatchLogs(SynthesizedApp app) {
      assertThat(keyPolicy(app, "prod/keys/LogsKey/Key")).contains("logs.eu-west-1.amazonaws.com")
          .contains(":logs:eu-west-1:333333333333:log-group:*");
      assertThat(keyPolicy(app, "prod/keys/DataKey/Key")).doesNotContain("logs.");
    }

    @Test
    void grantsNameTheKeyAndTheActionsOnly(SynthesizedApp app) {
      assertThat(app).stack(STACK).iamStatements().ofRole("prod/keys/Reader").allowing("kms:Decrypt")
          .onResourceReferencing("prod/keys/PaymentsKey/Key")
          .doesNotAllow("kms:Encrypt").doesNotAllow("kms:CreateGrant");
    }

    @Test
    void passesTheBaselinePolicyPack(SynthesizedApp app) {
      assertThat(app).report().hasNoErrors();
    }

    @Test
    void keepsTheLogicalIdsOfTheSharedKeys(SynthesizedApp app) {
      assertThat(app.stack(STACK).resourcesOfType("AWS::KMS::Key")).extracting(Resource::logicalId)
          .containsExactlyInAnyOrder("LogsKeyFE4C4A83", "DataKey2A0DE9E6", "PaymentsKey0A812B81");
    }
  }

  @Nested
  class InvalidInput {
    @Test
    void purposeMustBeLowerCaseWords() {
      assertThatThrownBy(() -> EncryptionKeyProps.of("Payments Data"))
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("KEY_PURPOSE_FORMAT"))
          .hasMessageContaining("purpose");
    }
  }

  private static String keyPolicy(SynthesizedApp app, String keyPath) {
    return app.stack(STACK).resources().stream().filter(r -> r.isNamed(keyPath)).findFirst()
        .orElseThrow().property("KeyPolicy").toString();
  }
}

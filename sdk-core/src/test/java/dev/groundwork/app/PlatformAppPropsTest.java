package dev.groundwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Tier;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlatformAppPropsTest {

  private static final EnvironmentProps DEV = EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV);

  private static PlatformAppProps.Builder valid() {
    return PlatformAppProps.builder().name("orders").team("payments").costCenter("cc-1234");
  }

  private static GroundworkValidationException invalid(Consumer<PlatformAppProps.Builder> change) {
    return invalid("orders", "payments", "cc-1234", change);
  }

  private static GroundworkValidationException invalid(
      String name, String team, String costCenter, Consumer<PlatformAppProps.Builder> change) {
    PlatformAppProps.Builder builder =
        PlatformAppProps.builder().name(name).team(team).costCenter(costCenter);
    change.accept(builder);
    return catchThrowableOfType(GroundworkValidationException.class, builder::build);
  }

  @Nested
  class Valid {
    @Test
    void acceptsACompleteDescription() {
      PlatformAppProps props = valid().addEnvironments(DEV).putTags("data-class", "internal").build();
      assertThat(props.environments()).containsExactly(DEV);
    }

    @Test
    void acceptsUnicodeLettersAndAllowedPunctuationInTags() {
      assertThat(valid().addEnvironments(DEV).putTags("équipe:owner", "Zoë + ops@example.com").build()
          .tags()).containsEntry("équipe:owner", "Zoë + ops@example.com");
    }

    @Test
    void acceptsJsonContext() {
      assertThat(valid().addEnvironments(DEV)
          .putContext("@aws-cdk/core:target-partitions", List.of("aws"))
          .putContext("team:settings", Map.of("retries", 3, "strict", true))
          .build().context()).hasSize(2);
    }

    @Test
    void acceptsTwoEnvironmentsOfTheSameTierInOneAccountAndRegion() {
      assertThat(valid().addEnvironments(DEV,
          EnvironmentProps.of("dev2", "111111111111", "eu-west-1", Tier.DEV)).build().environments())
          .hasSize(2);
    }
  }

  @Nested
  class InvalidInput {
    @Test
    void rejectsContextThatTurnsOffPathMetadataOrIsNotJson() {
      var e = invalid(b -> b.addEnvironments(DEV)
          .putContext("aws:cdk:enable-path-metadata", false)
          .putContext("@aws-cdk/core:target-partitions", List.of("aws", Tier.DEV)));
      assertThat(e.codes()).containsExactly("CONTEXT_PATH_METADATA", "CONTEXT_VALUE_TYPE");
      assertThat(e.getMessage())
          .contains("context['aws:cdk:enable-path-metadata'] must be not set here")
          .contains("context['@aws-cdk/core:target-partitions'] must be a boolean, string, number");
    }

    @Test
    void rejectsAnAccountThatIsNot12Digits() {
      var e = invalid(b -> b.addEnvironments(EnvironmentProps.of("dev", "12345", "eu-west-1", Tier.DEV)));
      assertThat(e.codes()).containsExactly("ACCOUNT_ID_FORMAT");
      assertThat(e.getMessage()).isEqualTo("[ACCOUNT_ID_FORMAT] PlatformApp 'orders' environment 'dev': "
          + "account must be exactly 12 digits, got '12345'. Use the 12-digit id shown in the AWS "
          + "console (keep leading zeros; write it as a string).");
    }

    @Test
    void rejectsAMalformedRegion() {
      var e = invalid(b -> b.addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west1", Tier.DEV)));
      assertThat(e.codes()).containsExactly("REGION_FORMAT");
      assertThat(e.getMessage()).contains("region", "'eu-west1'", "eu-west-1");
    }

    @Test
    void rejectsARecoveryRegionEqualToThePrimaryRegion() {
      var e = invalid(b -> b.addEnvironments(EnvironmentProps.builder().name("prod").account("333333333333")
          .region("eu-west-1").recoveryRegion("eu-west-1").tier(Tier.PROD).build()));
      assertThat(e.codes()).containsExactly("RECOVERY_REGION_SAME");
      assertThat(e.getMessage()).isEqualTo("[RECOVERY_REGION_SAME] PlatformApp 'orders' environment 'prod': "
          + "recoveryRegion must be a region other than the environment's own (eu-west-1), got 'eu-west-1'. "
          + "Name a second region, e.g. eu-central-1 for eu-west-1; copies in the same region do not "
          + "survive a regional outage.");
    }

    @Test
    void rejectsAMalformedRecoveryRegion() {
      var e = invalid(b -> b.addEnvironments(EnvironmentProps.builder().name("prod").account("333333333333")
          .region("eu-west-1").recoveryRegion("eu-central1").tier(Tier.PROD).build()));
      assertThat(e.codes()).containsExactly("REGION_FORMAT");
      assertThat(e.getMessage()).contains("environment 'prod'", "recoveryRegion", "'eu-central1'");
    }

    @Test
    void rejectsARecoveryRegionOfAnotherPartition() {
      var e = invalid(b -> b.addEnvironments(EnvironmentProps.builder().name("prod").account("333333333333")
          .region("eu-west-1").recoveryRegion("cn-north-1").tier(Tier.PROD).build()));
      assertThat(e.codes()).containsExactly("RECOVERY_REGION_PARTITION");
      assertThat(e.getMessage()).contains("recoveryRegion", "'cn-north-1' (partition aws-cn)",
          "partition (aws, like eu-west-1)");
    }

    @Test
    void rejectsDuplicateEnvironmentNames() {
      var e = invalid(b -> b.addEnvironments(DEV,
          EnvironmentProps.of("dev", "444444444444", "eu-west-1", Tier.DEV)));
      assertThat(e.codes()).containsExactly("ENVIRONMENT_NAME_DUPLICATE");
      assertThat(e.getMessage()).contains("name", "'dev'", "Rename one");
    }

    @Test
    void rejectsAnAppWithoutEnvironments() {
      var e = invalid(b -> {});
      assertThat(e.codes()).containsExactly("ENVIRONMENTS_EMPTY");
      assertThat(e.getMessage()).contains("environments", "addEnvironments");
    }

    @Test
    void rejectsABlankTeam() {
      var e = invalid("orders", " ", "cc-1234", b -> b.addEnvironments(DEV));
      assertThat(e.codes()).containsExactly("REQUIRED_TAG_BLANK");
      assertThat(e.getMessage()).contains("team", "non-blank");
    }

    @Test
    void rejectsABlankCostCenter() {
      var e = invalid("orders", "payments", "", b -> b.addEnvironments(DEV));
      assertThat(e.codes()).containsExactly("REQUIRED_TAG_BLANK");
      assertThat(e.getMessage()).contains("costCenter");
    }

    @Test
    void rejectsATagKeyWithTheAwsPrefix() {
      var e = invalid(b -> b.addEnvironments(DEV).putTags("AWS:owner", "x"));
      assertThat(e.codes()).containsExactly("TAG_KEY_AWS_PREFIX");
      assertThat(e.getMessage()).contains("tag key", "'AWS:owner'", "Drop the 'aws:' prefix");
    }

    @Test
    void rejectsATagKeyLongerThan128Characters() {
      var e = invalid(b -> b.addEnvironments(DEV).putTags("k".repeat(129), "x"));
      assertThat(e.codes()).containsExactly("TAG_KEY_LENGTH");
      assertThat(e.getMessage()).contains("tag key must be 1 to 128 characters, not blank, got 'kkk");
    }

    @Test
    void rejectsATagValueLongerThan256Characters() {
      var e = invalid(b -> b.addEnvironments(DEV).putTags("note", "v".repeat(257)));
      assertThat(e.codes()).containsExactly("TAG_VALUE_LENGTH");
      assertThat(e.getMessage()).contains("tag 'note' value", "257 characters");
    }

    @Test
    void rejectsForbiddenCharactersInTagKeysAndValues() {
      var e = invalid(b -> b.addEnvironments(DEV).putTags("owner#1", "a;b"));
      assertThat(e.codes()).containsExactly("TAG_KEY_CHARACTERS", "TAG_VALUE_CHARACTERS");
      assertThat(e.getMessage()).contains("'owner#1'", "'a;b'", "_ . : / = + - @");
    }

    @Test
    void rejectsCustomTagsThatWouldOverrideRequiredOnes() {
      var e = invalid(b -> b.addEnvironments(DEV).putTags("team", "someone-else"));
      assertThat(e.codes()).containsExactly("TAG_KEY_RESERVED");
      assertThat(e.getMessage()).contains("'team'", "PlatformAppProps");
    }

    @Test
    void rejectsTwoTiersSharingAnAccountAndRegion() {
      var e = invalid(b -> b.addEnvironments(DEV,
          EnvironmentProps.of("prod", "111111111111", "eu-west-1", Tier.PROD)));
      assertThat(e.codes()).containsExactly("ENVIRONMENT_TIER_CONFLICT");
      assertThat(e.getMessage()).contains("environment 'prod'", "tier", "PROD (vs DEV)", "own account");
    }

    @Test
    void rejectsMalformedAppAndEnvironmentNames() {
      var e = invalid("Orders App", "payments", "cc-1234", b -> b.addEnvironments(
          EnvironmentProps.of("Prod_1", "111111111111", "eu-west-1", Tier.PROD)));
      assertThat(e.codes()).containsExactly("APP_NAME_FORMAT", "ENVIRONMENT_NAME_FORMAT");
    }

    @Test
    void reportsSeveralProblemsTogether() {
      var e = invalid("orders", "", "cc-1234", b -> b.addEnvironments(
          EnvironmentProps.of("dev", "1", "moon-1", Tier.DEV),
          EnvironmentProps.builder().name("dev").account("111111111111").region("eu-west-1")
              .tier(Tier.DEV).putTags("aws:x", "y").build()));
      assertThat(e.codes()).containsExactly("REQUIRED_TAG_BLANK", "ACCOUNT_ID_FORMAT",
          "REGION_FORMAT", "ENVIRONMENT_NAME_DUPLICATE", "TAG_KEY_AWS_PREFIX");
      assertThat(e.getMessage()).startsWith("5 problems:");
    }
  }
}

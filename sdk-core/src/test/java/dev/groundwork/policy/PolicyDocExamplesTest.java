package dev.groundwork.policy;

import static dev.groundwork.testing.TemplateFixture.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.cdk.GroundworkValidationPlugin;
import dev.groundwork.policy.rules.BaselineRules;
import dev.groundwork.policy.suppress.Suppressions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Validations;
import software.amazon.awscdk.services.s3.Bucket;

/** The code shown in docs/policy.md, compiled and exercised here (docs copy it verbatim). */
class PolicyDocExamplesTest {

  // A rule in the lambda form: metadata plus a check function.
  static final Rule NO_PUBLIC_READ_ACL = Rule.of(
      RuleInfo.builder("ACME_S3_NO_PUBLIC_READ_ACL")
          .title("Buckets have no public-read canned ACL")
          .severity(Severity.ERROR)
          .resourceTypes("AWS::S3::Bucket")
          .rationale("A canned public-read ACL publishes every object in the bucket.")
          .remediation("Remove accessControl(BucketAccessControl.PUBLIC_READ).")
          .build(),
      ctx -> Evaluation.failIf(
          "PublicRead".equals(ctx.resource().property("AccessControl").asText()),
          "Properties.AccessControl", "AccessControl is PublicRead"));

  // A rule in the class form: the same API the built-in rules use.
  static final class BucketNamesHaveTeamPrefix implements Rule {
    private static final RuleInfo INFO = RuleInfo.builder("ACME_S3_BUCKET_NAME_PREFIX")
        .title("Explicit bucket names start with acme-")
        .severity(Severity.WARNING)
        .resourceTypes("AWS::S3::Bucket")
        .rationale("Bucket names are global; the prefix shows who owns a bucket.")
        .remediation("Name the bucket acme-<team>-<purpose>, or let CDK generate the name.")
        .build();

    @Override
    public RuleInfo info() {
      return INFO;
    }

    @Override
    public Evaluation evaluate(RuleContext ctx) {
      JsonNode name = ctx.resource().property("BucketName");
      if (name.isMissingNode()) {
        return Evaluation.notApplicable(); // generated names are fine
      }
      if (Intrinsics.isIntrinsic(name)) {
        return Evaluation.unknown("Properties.BucketName"); // e.g. {"Fn::Sub": ...}
      }
      return Evaluation.failIf(!name.asText().startsWith("acme-"), "Properties.BucketName",
          "bucket name " + name.asText() + " lacks the acme- prefix");
    }
  }

  static PolicyOptions options() {
    PolicyOptions options = PolicyOptions.builder()
        .addRules(NO_PUBLIC_READ_ACL, new BucketNamesHaveTeamPrefix())
        .disable("GW_ELB_ACCESS_LOGS_ENABLED")
        .regrade("GW_LOGS_KMS_ENCRYPTED", Severity.ERROR)
        .build();
    return options;
  }

  static PolicyOptions packOptions() {
    RulePack acme = RulePack.basedOn("acme", BaselineRules.pack())
        .remove("GW_IAM_USER_NO_INLINE_POLICIES")
        .regrade("GW_S3_BUCKET_VERSIONING_ENABLED", Severity.ERROR)
        .add("ACME_S3_NO_PUBLIC_READ_ACL")
        .build();
    PolicyOptions options = PolicyOptions.builder().packs(acme).addRules(NO_PUBLIC_READ_ACL).build();
    return options;
  }

  static PolicyOptions pathSuppressionOptions() {
    PolicyOptions byPath = PolicyOptions.builder()
        .suppress("prod/data/VendorExport", "GW_S3_BUCKET_ACCESS_LOGS_ENABLED",
            "bucket written by the vendor's export job, ticket OPS-88")
        .build();
    return byPath;
  }

  static List<String> ids(PolicyReport report) {
    return report.findings().stream().map(f -> f.ruleId().value()).toList();
  }

  @Nested
  class WritingRules {
    @Test
    void lambdaFormFlagsPublicReadAcl() {
      PolicyReport report = template().resource("B", "AWS::S3::Bucket",
          "{'AccessControl': 'PublicRead'}").report(options());
      assertThat(ids(report)).contains("ACME_S3_NO_PUBLIC_READ_ACL");
    }

    @Test
    void classFormFlagsUnprefixedName() {
      PolicyReport report = template().resource("B", "AWS::S3::Bucket",
          "{'BucketName': 'orders-invoices'}").report(options());
      assertThat(report.findings()).filteredOn(f -> f.ruleId().value().equals("ACME_S3_BUCKET_NAME_PREFIX"))
          .singleElement().satisfies(f -> assertThat(f.message()).contains("orders-invoices"));
    }

    @Test
    void classFormIsUnknownForComputedName() {
      PolicyReport report = template().resource("B", "AWS::S3::Bucket",
          "{'BucketName': {'Fn::Sub': 'x-${AWS::AccountId}'}}").report(options());
      assertThat(report.unknowns()).extracting(u -> u.rule().value()).contains("ACME_S3_BUCKET_NAME_PREFIX");
    }
  }

  @Nested
  class PacksAndRegrading {
    @Test
    void optionsDisableAndRegrade() {
      assertThat(PolicyEngine.create(BaselineRules.library(), options()).activeRules())
          .doesNotContainKey(RuleId.of("GW_ELB_ACCESS_LOGS_ENABLED"))
          .containsEntry(RuleId.of("GW_LOGS_KMS_ENCRYPTED"), Severity.ERROR)
          .containsKey(RuleId.of("ACME_S3_BUCKET_NAME_PREFIX"));
    }

    @Test
    void packRemovesAddsAndRegrades() {
      assertThat(PolicyEngine.create(BaselineRules.library(), packOptions()).activeRules())
          .doesNotContainKey(RuleId.of("GW_IAM_USER_NO_INLINE_POLICIES"))
          .containsEntry(RuleId.of("GW_S3_BUCKET_VERSIONING_ENABLED"), Severity.ERROR)
          .containsKey(RuleId.of("ACME_S3_NO_PUBLIC_READ_ACL"));
    }

    @Test
    void platformAppTakesThePolicy() {
      PolicyOptions options = options();
      PlatformAppProps props = PlatformAppProps.builder()
          .name("orders").team("payments").costCenter("cc-1234")
          .addEnvironments(EnvironmentProps.of("prod", "333333333333", "eu-west-1", Tier.PROD))
          .policy(options)
          .build();
      assertThat(props.policy().rules()).hasSize(2);
    }
  }

  @Nested
  class SuppressionsAndHook {
    @Test
    void suppressionByPathCoversTheSubtree() {
      PolicyReport report = template().resource("B", "AWS::S3::Bucket", "{}",
          "{'Metadata': {'aws:cdk:path': 'prod/data/VendorExport/Bucket/Resource'}}").report(pathSuppressionOptions());
      assertThat(report.suppressed()).extracting(s -> s.finding().ruleId().value())
          .containsExactly("GW_S3_BUCKET_ACCESS_LOGS_ENABLED");
    }

    @Test
    void suppressionAndPluginRegister() {
      App app = new App();
      Stack stack = new Stack(app, "site");
      Bucket siteBucket = new Bucket(stack, "Site");
      Suppressions.of(siteBucket).add("GW_S3_BUCKET_PUBLIC_ACCESS_BLOCKED",
          "public marketing site, reviewed in SEC-142", LocalDate.of(2027, 3, 31));
      Validations.of(app).addPlugins(
          GroundworkValidationPlugin.create(PolicyOptions.defaults(), environment -> Tier.PROD));
      assertThat(siteBucket.getNode().getPath()).isEqualTo("site/Site");
    }
  }
}

package dev.groundwork.constructs.governance;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.constructs.observability.Subscriber;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Problems;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.PolicyEngine;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.rules.BaselineRules;
import dev.groundwork.testing.SynthesisExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/constructs/governance.md quotes this class. */
class OrganizationBaselineTest {
  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    new OrganizationBaseline(app.environment("prod").addStack("governance"), "Baseline",
        OrganizationBaselineProps.builder()
            .addOrganizationalUnitIds("ou-ab12-cd34ef56", "ou-ab12-gh78ij90")
            .addRegions("eu-west-1", "us-east-1")    // in this order; the trail lives in eu-west-1
            .failureToleranceCount(1)
            .maxConcurrentCount(2)
            .delegatedAdministrator(true)             // deployed from a delegated administrator account
            .addSubscribers(Subscriber.email("security@example.com", Subscriber.Route.NOTIFY))
            .build());
    new OrganizationBaseline(app.environment("dev").addStack("governance"), "Baseline",
        OrganizationBaselineProps.builder()
            .addOrganizationalUnitIds("ou-ab12-sandbox1")
            .addAccountIds("555555555555", "666666666666")
            .addRegions("eu-west-1")
            .tier(Tier.DEV)
            .stackSetName("sandbox-baseline")
            .build());
    return app;
  });

  static Resource stackSet(SynthesizedApp app, String env) {
    return app.stack("test-" + env + "-governance").resourcesOfType("AWS::CloudFormation::StackSet").get(0);
  }

  static StackTemplate body(SynthesizedApp app, String env) {
    return StackTemplate.fromJson("account-baseline", stackSet(app, env).property("TemplateBody").asText());
  }

  @Nested
  class StackSet {
    @Test
    void isServiceManagedAndDeploysToNewAccountsOfTheUnits(SynthesizedApp app) {
      assertThat(stackSet(app, "prod"))
          .hasProperty("StackSetName", "test-account-baseline")
          .hasProperty("PermissionModel", "SERVICE_MANAGED")
          .hasProperty("CallAs", "DELEGATED_ADMIN")
          .hasProperty("AutoDeployment", Map.of("Enabled", true, "RetainStacksOnAccountRemoval", true))
          .hasProperty("Capabilities", List.of("CAPABILITY_IAM"))
          .hasProperty("ManagedExecution.Active", true)
          .hasProperty("StackInstancesGroup", List.of(Map.of(
              "DeploymentTargets", Map.of("OrganizationalUnitIds", List.of("ou-ab12-cd34ef56", "ou-ab12-gh78ij90")),
              "Regions", List.of("eu-west-1", "us-east-1"))))
          .isRetained();
    }

    @Test
    void deploysRegionByRegionWithTheGivenToleranceAndConcurrency(SynthesizedApp app) {
      assertThat(stackSet(app, "prod")).hasProperty("OperationPreferences", Map.of(
          "RegionConcurrencyType", "SEQUENTIAL",
          "RegionOrder", List.of("eu-west-1", "us-east-1"),
          "FailureToleranceCount", 1,
          "MaxConcurrentCount", 2));
      assertThat(stackSet(app, "dev")).hasProperty("OperationPreferences.FailureToleranceCount", 0)
          .hasProperty("OperationPreferences.MaxConcurrentCount", 1);
    }

    @Test
    void accountIdsNarrowTheUnitsAndDevTierDeletesWithTheStack(SynthesizedApp app) {
      assertThat(stackSet(app, "dev"))
          .hasProperty("StackSetName", "sandbox-baseline")
          .hasProperty("CallAs", "SELF")
          .hasProperty("StackInstancesGroup[0].DeploymentTargets", Map.of(
              "OrganizationalUnitIds", List.of("ou-ab12-sandbox1"),
              "AccountFilterType", "INTERSECTION",
              "Accounts", List.of("555555555555", "666666666666")))
          .hasProperty("AutoDeployment.RetainStacksOnAccountRemoval", false);
      assertThat(stackSet(app, "dev").deletionPolicy()).isEmpty();
    }

    @Test
    void carriesTheRequiredTagsWhichCloudFormationPropagates(SynthesizedApp app) {
      assertThat(stackSet(app, "prod")).hasTag("team", "platform").hasTag("environment", "prod");
    }

    @Test
    void passesTheBaselinePolicyPack(PolicyReport report) {
      assertThat(report).hasNoErrors();
      assertThat(report.findings()).isEmpty();
    }
  }

  @Nested
  class TemplateBody {
    @Test
    void isTheAccountBaselinesTemplateWithTheTrailInTheAccountWideRegionOnly(SynthesizedApp app) {
      StackTemplate body = body(app, "prod");
      Resource trail = body.resourcesOfType("AWS::CloudTrail::Trail").get(0);
      String condition = trail.condition().orElseThrow();
      assertThat(body.json().path("Conditions").path(condition).toString())
          .isEqualTo("{\"Fn::Equals\":[{\"Ref\":\"AWS::Region\"},\"eu-west-1\"]}");
      assertThat(trail).hasProperty("IsMultiRegionTrail", true).hasProperty("EnableLogFileValidation", true);
      assertThat(body.resourcesOfType("AWS::Logs::LogGroup")).singleElement()
          .satisfies(group -> assertThat(group.condition()).contains(condition));
      assertThat(body.resourcesOfType("AWS::Config::ConfigurationRecorder").get(0).condition()).isEmpty();
      assertThat(body.resourcesOfType("AWS::Config::ConfigurationRecorder").get(0)
          .property("RecordingGroup.IncludeGlobalResourceTypes").toString())
          .isEqualTo("{\"Fn::If\":[\"" + condition + "\",true,false]}");
      assertThat(body.resourcesOfType("AWS::GuardDuty::Detector")).hasSize(1);
      assertThat(body.resourcesOfType("AWS::Config::ConfigRule")).as("the mirrored rules and the drift rule")
          .hasSize(MirroredConfigRule.values().length + 1);
      assertThat(body.resourcesOfType("AWS::Config::ConfigRule")).filteredOn(rule -> rule.property("ConfigRuleName")
          .asText().equals("test-organization-stack-drift")).hasSize(1);
      assertThat(body.resourcesOfType("AWS::SNS::Subscription")).singleElement()
          .satisfies(s -> assertThat(s.property("Endpoint").asText()).isEqualTo("security@example.com"));
    }

    @Test
    void namesNoAccountOrRegionOfItsOwnSoItFitsEveryAccount(SynthesizedApp app) {
      String json = stackSet(app, "prod").property("TemplateBody").asText();
      assertThat(json).doesNotContain("333333333333", "000000000000", "eu-nowhere-0")
          .contains("{\"Ref\":\"AWS::AccountId\"}", "{\"Ref\":\"AWS::Region\"}");
      JsonNode template = body(app, "prod").json();
      assertThat(template.has("Parameters")).as("no BootstrapVersion parameter").isFalse();
      assertThat(template.has("Rules")).as("no bootstrap version rule").isFalse();
      assertThat(json).doesNotContain("cdk-hnb659fds", "aws:cdk:path");
      assertThat(json.length()).isLessThan(BaselineTemplate.TEMPLATE_BODY_LIMIT);
    }

    /** The required tags come from the stack set, which CloudFormation propagates, so that rule is off here. */
    @Test
    void passesTheBaselinePackAsAProdTemplate(SynthesizedApp app) {
      StackTemplate prod = StackTemplate.of("account-baseline", "organization", Tier.PROD, "account-baseline.template.json",
          body(app, "prod").json());
      PolicyEngine engine = PolicyEngine.create(BaselineRules.library(), PolicyOptions.builder().disable("GW_TAGS_REQUIRED").build());
      assertThat(engine.activeRules().keySet()).extracting(Object::toString)
          .contains("GW_CLOUDTRAIL_TRAIL_VALIDATED_AND_ENCRYPTED", "GW_GUARDDUTY_DETECTOR_ENABLED", "GW_STATEFUL_RESOURCE_RETAINED");
      PolicyReport report = engine.evaluate(List.of(prod));
      assertThat(report.findings()).isEmpty();
    }

    @Test
    void keepsEverythingInTheAccountsWithTheProdTier(SynthesizedApp app) {
      List<Resource> resources = body(app, "prod").resources();
      assertThat(resources).filteredOn(r -> !r.type().equals("AWS::KMS::Alias"))
          .isNotEmpty().allSatisfy(r -> assertThat(r).isRetained());
      assertThat(body(app, "dev").resourcesOfType("AWS::GuardDuty::Detector").get(0).deletionPolicy()).isEmpty();
      assertThat(body(app, "dev").resourcesOfType("AWS::S3::Bucket").get(0).property("ObjectLockEnabled").isMissingNode()).isTrue();
    }
  }

  @Nested
  class InvalidInput {
    OrganizationBaselineProps.Builder valid() {
      return OrganizationBaselineProps.builder().addOrganizationalUnitIds("ou-ab12-cd34ef56").addRegions("eu-west-1");
    }

    void assertRejected(OrganizationBaselineProps.Builder props, String code, String property) {
      assertThatThrownBy(props::build)
          .isInstanceOfSatisfying(GroundworkValidationException.class, e -> assertThat(e.codes()).containsExactly(code))
          .hasMessageContaining("OrganizationBaselineProps")
          .hasMessageContaining(property);
    }

    @Test
    void aStackSetNeedsDeploymentTargets() {
      assertRejected(OrganizationBaselineProps.builder().addRegions("eu-west-1"), "STACKSET_NO_TARGETS", "organizationalUnitIds");
      assertRejected(OrganizationBaselineProps.builder().addOrganizationalUnitIds("ou-ab12-cd34ef56"),
          "STACKSET_NO_REGIONS", "regions");
    }

    @Test
    void organizationalUnitIdsHaveTheirShape() {
      for (String ou : List.of("ab12-cd34ef56", "ou-ab12", "OU-AB12-CD34EF56", "r-ab12")) {
        assertRejected(OrganizationBaselineProps.builder().addOrganizationalUnitIds(ou).addRegions("eu-west-1"),
            "STACKSET_OU_ID_FORMAT", "'" + ou + "'");
      }
    }

    @Test
    void accountIdsAreTwelveDigits() {
      assertRejected(valid().addAccountIds("12345678901"), "ACCOUNT_ID_FORMAT", "accountIds");
      assertRejected(valid().addAccountIds("12345678901a"), "ACCOUNT_ID_FORMAT", "'12345678901a'");
    }

    @Test
    void failureToleranceMustStayBelowTheTargetAccounts() {
      assertRejected(valid().addAccountIds("555555555555", "666666666666").failureToleranceCount(3).maxConcurrentCount(1),
          "STACKSET_FAILURE_TOLERANCE", "fewer than the 2 target accounts");
      assertRejected(valid().failureToleranceCount(-1).maxConcurrentCount(1), "STACKSET_FAILURE_TOLERANCE", "failureToleranceCount");
    }

    @Test
    void maxConcurrencyIsAtMostOneMoreThanTheTolerance() {
      assertRejected(valid().maxConcurrentCount(3), "STACKSET_MAX_CONCURRENT", "maxConcurrentCount");
    }

    @Test
    void regionsAndTheAccountWideRegionAreChecked() {
      assertRejected(valid().addRegions("eu-west1"), "REGION_FORMAT", "'eu-west1'");
      assertRejected(valid().accountWideRegion("us-east-1"), "STACKSET_ACCOUNT_WIDE_REGION", "accountWideRegion");
    }

    @Test
    void stackSetNamesFollowCloudFormationsRule() {
      assertRejected(valid().stackSetName("1-baseline"), "STACKSET_NAME", "stackSetName");
      assertRejected(valid().stackSetName("orders_baseline"), "STACKSET_NAME", "'orders_baseline'");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
      assertThatThrownBy(() -> OrganizationBaselineProps.builder().addOrganizationalUnitIds("ou-1").addRegions("eu-west1")
              .addAccountIds("123").build())
          .isInstanceOfSatisfying(GroundworkValidationException.class, e -> assertThat(e.codes())
              .containsExactly("STACKSET_OU_ID_FORMAT", "ACCOUNT_ID_FORMAT", "REGION_FORMAT"));
    }

    @Test
    void aTemplateOverTheTemplateBodyLimitIsRefusedWithTheFix() {
      Problems problems = Problems.ofValue("OrganizationBaseline");
      BaselineTemplate.checkSize("x".repeat(BaselineTemplate.TEMPLATE_BODY_LIMIT), problems);
      assertThat(problems.isEmpty()).isTrue();
      BaselineTemplate.checkSize("x".repeat(BaselineTemplate.TEMPLATE_BODY_LIMIT + 1), problems);
      assertThatThrownBy(problems::throwIfAny)
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("STACKSET_TEMPLATE_TOO_LARGE"))
          .hasMessageContaining("templateBody").hasMessageContaining("51201 bytes").hasMessageContaining("TemplateURL");
    }
  }
}

package dev.groundwork.constructs.governance;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.constructs.data.SecureBucket;
import dev.groundwork.constructs.data.SecureBucketProps;
import dev.groundwork.constructs.observability.AlertTopic;
import dev.groundwork.constructs.observability.AlertTopicProps;
import dev.groundwork.constructs.observability.Subscriber;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.rules.BaselineRules;
import dev.groundwork.testing.SynthesisExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;

/** docs/constructs/governance.md quotes this class. */
class AccountBaselineTest {
  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    for (PlatformEnvironment env : app.environments()) {
      new AccountBaseline(env.addStack("audit"), "Baseline", AccountBaselineProps.defaults());
    }
    Stack audit = app.environment("dev").addStack("shared-audit");
    AlertTopic alerts = new AlertTopic(audit, "Alerts", AlertTopicProps.builder()
        .addSubscribers(Subscriber.email("platform@example.com", Subscriber.Route.NOTIFY))
        .build());
    SecureBucket documents = new SecureBucket(audit, "Documents", SecureBucketProps.defaults());
    new AccountBaseline(audit, "Baseline", AccountBaselineProps.builder()
        .alertTopic(alerts.notificationTopic())
        .addDataEventBuckets(documents.bucket())
        .trailLogRetentionDays(90)
        .guardDutyDetector(false)   // the organisation's GuardDuty administrator enables it
        .build());
    new AccountBaseline(app.environment("staging").addStack("regional-audit"), "Baseline", AccountBaselineProps.builder()
        .accountWideRegion("us-east-1")
        .build());
    return app;
  });

  static Resource named(SynthesizedApp app, String stack, String path) {
    return app.stack(stack).resources().stream().filter(r -> r.isNamed(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + path + " in " + stack));
  }

  static JsonNode statement(Resource resource, String policyProperty, String sid) {
    return StreamSupport.stream(resource.property(policyProperty).path("Statement").spliterator(), false)
        .filter(s -> s.path("Sid").asText().equals(sid)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement " + sid + " in " + resource.describe()));
  }

  @Nested
  class Trail {
    @Test
    void isMultiRegionValidatedAndRecordsEveryManagementEvent(SynthesizedApp app) {
      assertThat(app).stack("test-prod-audit").resource("prod/audit/Baseline/Trail/Trail")
          .hasProperty("IsMultiRegionTrail", true)
          .hasProperty("IncludeGlobalServiceEvents", true)
          .hasProperty("EnableLogFileValidation", true)
          .hasProperty("IsLogging", true)
          .hasProperty("TrailName", "test-prod-audit")
          .hasProperty("EventSelectors", List.of(Map.of("IncludeManagementEvents", true, "ReadWriteType", "All")))
          .referencesAt("KMSKeyId", "prod/audit/AuditKey/Key")
          .referencesAt("S3BucketName", "prod/audit/Baseline/Bucket/Bucket")
          .hasProperty("S3KeyPrefix", "cloudtrail")
          .referencesAt("CloudWatchLogsLogGroupArn", "prod/audit/Baseline/Trail/Logs/LogGroup")
          .dependsOn("prod/audit/Baseline/Bucket/Bucket/Policy");
    }

    @Test
    void keyPolicyLetsOnlyThisTrailEncryptForThisAccountsTrails(SynthesizedApp app) {
      Resource key = named(app, "test-prod-audit", "prod/audit/AuditKey/Key");
      JsonNode encrypt = statement(key, "KeyPolicy", "AllowCloudTrailToEncryptLogFiles");
      assertThat(encrypt.path("Principal").path("Service").asText()).isEqualTo("cloudtrail.amazonaws.com");
      assertThat(encrypt.path("Action").asText()).isEqualTo("kms:GenerateDataKey*");
      assertThat(encrypt.path("Condition").path("StringEquals").path("aws:SourceArn").asText())
          .isEqualTo("arn:aws:cloudtrail:eu-west-1:333333333333:trail/test-prod-audit");
      assertThat(encrypt.path("Condition").path("StringLike").path("kms:EncryptionContext:aws:cloudtrail:arn").asText())
          .isEqualTo("arn:aws:cloudtrail:*:333333333333:trail/*");
      JsonNode describe = statement(key, "KeyPolicy", "AllowCloudTrailToDescribeTheKey");
      assertThat(describe.path("Action").asText()).isEqualTo("kms:DescribeKey");
      assertThat(describe.path("Condition").path("StringEquals").path("aws:SourceArn").asText())
          .endsWith(":trail/test-prod-audit");
      assertThat(key.property("EnableKeyRotation").asBoolean()).isTrue();
    }

    @Test
    void bucketPolicyAdmitsThisTrailUnderItsPrefixOnly(SynthesizedApp app) {
      Resource policy = named(app, "test-prod-audit", "prod/audit/Baseline/Bucket/Bucket/Policy");
      JsonNode write = statement(policy, "PolicyDocument", "AllowCloudTrailWrite");
      assertThat(write.path("Action").asText()).isEqualTo("s3:PutObject");
      assertThat(write.path("Condition").path("StringEquals").path("s3:x-amz-acl").asText()).isEqualTo("bucket-owner-full-control");
      assertThat(write.path("Condition").path("StringEquals").path("aws:SourceArn").asText()).endsWith(":trail/test-prod-audit");
      assertThat(write.path("Resource").toString()).contains("/cloudtrail/AWSLogs/333333333333/*");
      JsonNode acl = statement(policy, "PolicyDocument", "AllowCloudTrailAclCheck");
      assertThat(acl.path("Action").asText()).isEqualTo("s3:GetBucketAcl");
      assertThat(acl.path("Condition").path("StringEquals").path("aws:SourceArn").asText()).endsWith(":trail/test-prod-audit");
    }

    @Test
    void cloudWatchLogsCopyIsEncryptedAndKeptForTheTiersRetention(SynthesizedApp app) {
      for (String[] tier : new String[][] {{"dev", "30"}, {"staging", "90"}, {"prod", "365"}}) {
        String env = tier[0];
        assertThat(app).stack("test-" + env + "-audit").resource(env + "/audit/Baseline/Trail/Logs/LogGroup")
            .hasProperty("RetentionInDays", Integer.parseInt(tier[1]))
            .referencesAt("KmsKeyId", env + "/audit/LogsKey/Key");
      }
      assertThat(app).environment("prod").iamStatements().ofRole("prod/audit/Baseline/Trail/LogsRole")
          .allowing("logs:PutLogEvents").onResourceReferencing("prod/audit/Baseline/Trail/Logs/LogGroup");
    }

    @Test
    void bucketIsObjectLockedInProdOnly(SynthesizedApp app) {
      assertThat(app).stack("test-prod-audit").resource("prod/audit/Baseline/Bucket/Bucket")
          .hasProperty("ObjectLockEnabled", true)
          .hasProperty("ObjectLockConfiguration.Rule.DefaultRetention", Map.of("Days", 365, "Mode", "GOVERNANCE"))
          .referencesAt("BucketEncryption", "prod/audit/AuditKey/Key")
          .hasProperty("VersioningConfiguration.Status", "Enabled");
      for (String env : List.of("dev", "staging")) {
        assertThat(app).stack("test-" + env + "-audit").resource(env + "/audit/Baseline/Bucket/Bucket")
            .doesNotHaveProperty("ObjectLockEnabled");
      }
    }
  }

  @Nested
  class Config {
    @Test
    void recordsEverySupportedTypeAndGlobalOnesInTheAccountWideRegion(SynthesizedApp app) {
      assertThat(app).stack("test-prod-audit").resource("prod/audit/Baseline/Config/Recorder")
          .hasProperty("RecordingGroup", Map.of("AllSupported", true, "IncludeGlobalResourceTypes", true))
          .referencesAt("RoleARN", "prod/audit/Baseline/Config/RecorderRole");
      assertThat(app).stack("test-staging-regional-audit").resource("staging/regional-audit/Baseline/Config/Recorder")
          .hasProperty("RecordingGroup.IncludeGlobalResourceTypes", false);
    }

    @Test
    void deliversEncryptedDailySnapshotsToTheAuditBucket(SynthesizedApp app) {
      assertThat(app).stack("test-prod-audit").resource("prod/audit/Baseline/Config/DeliveryChannel")
          .referencesAt("S3BucketName", "prod/audit/Baseline/Bucket/Bucket")
          .referencesAt("S3KmsKeyArn", "prod/audit/AuditKey/Key")
          .hasProperty("S3KeyPrefix", "config")
          .hasProperty("ConfigSnapshotDeliveryProperties.DeliveryFrequency", "TwentyFour_Hours")
          .dependsOn("prod/audit/Baseline/Config/Recorder");
      assertThat(app).environment("prod").iamStatements().ofRole("prod/audit/Baseline/Config/RecorderRole")
          .allowing("s3:PutObject").withCondition("StringEquals", "s3:x-amz-acl", "bucket-owner-full-control");
      assertThat(app).environment("prod").iamStatements().ofRole("prod/audit/Baseline/Config/RecorderRole")
          .allowing("kms:GenerateDataKey*").onResourceReferencing("prod/audit/AuditKey/Key");
      assertThat(named(app, "test-prod-audit", "prod/audit/Baseline/Config/RecorderRole").property("ManagedPolicyArns").toString())
          .contains("service-role/AWS_ConfigRole");
    }

    @Test
    void turnsOnOneManagedRulePerMirroredBaselineRule(SynthesizedApp app) {
      List<String> identifiers = app.stack("test-prod-audit").resourcesOfType("AWS::Config::ConfigRule").stream()
          .map(r -> r.property("Source.SourceIdentifier").asText())
          .filter(id -> !id.equals(StackDrift.IDENTIFIER)).toList();
      assertThat(identifiers).containsExactlyInAnyOrderElementsOf(
          Arrays.stream(MirroredConfigRule.values()).map(MirroredConfigRule::identifier).toList());
      assertThat(app).stack("test-prod-audit").resourcesOfType("AWS::Config::ConfigRule")
          .allHaveProperty("Source.Owner", "AWS")
          .allSatisfy(rule -> rule.dependsOn("prod/audit/Baseline/Config/DeliveryChannel"));
    }

    @Test
    void docsListExactlyTheMirroredRules() throws java.io.IOException {
      List<String> rows = java.nio.file.Files.readAllLines(Path.of("../docs/constructs/governance.md")).stream()
          .filter(line -> line.matches("\\| `[A-Z0-9_]+` \\| `GW_[A-Z0-9_]+` \\|")).toList();
      assertThat(rows).containsExactlyElementsOf(Arrays.stream(MirroredConfigRule.values())
          .map(rule -> "| `" + rule.identifier() + "` | `" + rule.groundworkRule() + "` |").toList());
    }

    @Test
    void everyMirroredRuleIsABaselineRule() {
      List<String> ids = BaselineRules.all().stream().map(rule -> rule.info().id().toString()).toList();
      assertThat(MirroredConfigRule.values()).extracting(MirroredConfigRule::groundworkRule).allMatch(ids::contains);
    }
  }

  @Nested
  class ChangeAudit {
    JsonNode pattern(SynthesizedApp app, String rule) {
      return named(app, "test-prod-audit", "prod/audit/Baseline/ChangeAlerts/" + rule).property("EventPattern");
    }

    @Test
    void stackFailuresRollbacksAndDeletionsAreSent(SynthesizedApp app) {
      JsonNode stacks = pattern(app, "StackChanges");
      assertThat(stacks.path("source").toString()).isEqualTo("[\"aws.cloudformation\"]");
      assertThat(stacks.path("detail-type").toString()).isEqualTo("[\"CloudFormation Stack Status Change\"]");
      List<String> statuses = new ArrayList<>();
      stacks.path("detail").path("status-details").path("status").forEach(s -> statuses.add(s.asText()));
      assertThat(statuses).isEqualTo(ChangeAlerts.STACK_STATUSES)
          .contains("UPDATE_ROLLBACK_COMPLETE", "DELETE_COMPLETE").doesNotContain("UPDATE_COMPLETE");
    }

    @Test
    void consoleSignInsAndIamChangesAreSent(SynthesizedApp app) {
      assertThat(pattern(app, "ConsoleSignIns").path("detail-type").toString())
          .isEqualTo("[\"AWS Console Sign In via CloudTrail\"]");
      JsonNode iam = pattern(app, "IamChanges");
      assertThat(iam.path("source").toString()).isEqualTo("[\"aws.iam\"]");
      assertThat(iam.path("detail").path("eventSource").toString()).isEqualTo("[\"iam.amazonaws.com\"]");
      assertThat(iam.path("detail").path("eventName").toString()).contains("\"AttachRolePolicy\"", "\"CreateAccessKey\"");
    }

    @Test
    void everyRuleTargetsTheAlertTopicWithoutWideningItsPolicy(SynthesizedApp app) {
      assertThat(app).stack("test-prod-audit").resourcesOfType("AWS::Events::Rule").hasSize(4)
          .allSatisfy(rule -> rule.referencesAt("Targets[0].Arn", "prod/audit/Baseline/Alerts/Notifications"));
      assertThat(app).stack("test-dev-shared-audit").resourcesOfType("AWS::Events::Rule").hasSize(4)
          .allSatisfy(rule -> rule.referencesAt("Targets[0].Arn", "dev/shared-audit/Alerts/Notifications"));
      Resource topicPolicy = named(app, "test-prod-audit", "prod/audit/Baseline/Alerts/Notifications/Policy");
      assertThat(topicPolicy.property("PolicyDocument.Statement")).allSatisfy(s -> assertThat(
          s.path("Effect").asText().equals("Deny") || s.has("Condition")).as(s.toString()).isTrue());
      assertThat(app.stack("test-prod-audit").resourcesOfType("AWS::SNS::Topic")).as("no paging topic").hasSize(1);
    }
  }

  /** Drift: a stack changed by hand is found and told, docs/constructs/governance.md. */
  @Nested
  class StackDrift {
    static final String IDENTIFIER = "CLOUDFORMATION_STACK_DRIFT_DETECTION_CHECK";

    Resource rule(SynthesizedApp app, String env) {
      return named(app, "test-" + env + "-audit", env + "/audit/Baseline/Config/StackDrift/Rule");
    }

    @Test
    void awsConfigChecksEveryStackOfTheAccountForDriftSixHourlyInProdDailyElsewhere(SynthesizedApp app) {
      assertThat(rule(app, "prod"))
          .hasProperty("Source.Owner", "AWS")
          .hasProperty("Source.SourceIdentifier", IDENTIFIER)
          .hasProperty("ConfigRuleName", "test-prod-stack-drift")
          .hasProperty("Scope.ComplianceResourceTypes", List.of("AWS::CloudFormation::Stack"))
          .hasProperty("MaximumExecutionFrequency", "Six_Hours")
          .referencesAt("InputParameters.cloudformationRoleArn", "prod/audit/Baseline/Config/StackDrift/Role")
          .dependsOn("prod/audit/Baseline/Config/DeliveryChannel");
      assertThat(rule(app, "dev")).hasProperty("MaximumExecutionFrequency", "TwentyFour_Hours");
      assertThat(rule(app, "staging")).hasProperty("MaximumExecutionFrequency", "TwentyFour_Hours");
      assertThat(rule(app, "prod").property("Scope").has("ComplianceResourceId")).as("every stack, not its own").isFalse();
    }

    @Test
    void theRulesRoleReadsConfigurationAndDetectsDriftButChangesNothing(SynthesizedApp app) {
      Resource role = named(app, "test-prod-audit", "prod/audit/Baseline/Config/StackDrift/Role");
      assertThat(role.property("AssumeRolePolicyDocument.Statement").get(0).path("Principal").path("Service").asText())
          .isEqualTo("config.amazonaws.com");
      assertThat(role.property("ManagedPolicyArns").toString()).contains(":iam::aws:policy/SecurityAudit")
          .doesNotContain("ReadOnlyAccess");
      assertThat(app).environment("prod").iamStatements().ofRole("prod/audit/Baseline/Config/StackDrift/Role")
          .hasSize(1).haveNoWildcardResources().haveNoWildcardActions()
          .allowing("cloudformation:DetectStackDrift").allowing("cloudformation:DescribeStackDriftDetectionStatus");
      JsonNode statement = app.stack("test-prod-audit").resourcesOfType("AWS::IAM::Policy").stream()
          .filter(p -> p.constructPath().orElse("").startsWith("prod/audit/Baseline/Config/StackDrift/"))
          .findFirst().orElseThrow().property("PolicyDocument.Statement").get(0);
      List<String> actions = new ArrayList<>();
      statement.path("Action").forEach(a -> actions.add(a.asText()));
      assertThat(actions).containsExactlyInAnyOrderElementsOf(StackDriftDetection.DRIFT_ACTIONS)
          .noneMatch(action -> action.matches("cloudformation:(Create|Update|Delete|Execute|Set|Cancel).*"));
      assertThat(statement.path("Resource").toString()).contains(":cloudformation:eu-west-1:333333333333:stack/*");
    }

    @Test
    void aDriftedStackIsSentToTheChangeAlertsTopic(SynthesizedApp app) {
      Resource alert = named(app, "test-prod-audit", "prod/audit/Baseline/ChangeAlerts/StackDrift");
      JsonNode pattern = alert.property("EventPattern");
      assertThat(pattern.path("source").toString()).isEqualTo("[\"aws.config\"]");
      assertThat(pattern.path("detail-type").toString()).isEqualTo("[\"Config Rules Compliance Change\"]");
      assertThat(pattern.path("detail").path("newEvaluationResult").path("complianceType").toString())
          .isEqualTo("[\"NON_COMPLIANT\"]");
      assertThat(alert).referencesAt("EventPattern.detail.configRuleName", "prod/audit/Baseline/Config/StackDrift/Rule")
          .referencesAt("Targets[0].Arn", "prod/audit/Baseline/Alerts/Notifications");
    }

    @Test
    void onlyFrequenciesConfigAcceptsAreUsed() {
      assertThat(StackDriftDetection.frequency(6).name()).isEqualTo("SIX_HOURS");
      assertThatThrownBy(() -> StackDriftDetection.frequency(2)).hasMessageContaining("1, 3, 6, 12 or 24");
    }
  }

  @Nested
  class ThreatDetection {
    @Test
    void accountAnalyzerAndGuardDutyDetectorAreOn(SynthesizedApp app) {
      assertThat(app).stack("test-prod-audit").resourcesOfType("AWS::AccessAnalyzer::Analyzer").singleResource()
          .hasProperty("Type", "ACCOUNT");
      assertThat(app).stack("test-prod-audit").resourcesOfType("AWS::GuardDuty::Detector").singleResource()
          .hasProperty("Enable", true)
          .hasProperty("FindingPublishingFrequency", "FIFTEEN_MINUTES")
          // S3 Protection, AWS Control Tower's CT.GUARDDUTY.PR.1
          .hasProperty("DataSources.S3Logs.Enable", true);
    }
  }

  @Nested
  class Retention {
    @Test
    void nothingOfTheBaselineIsDeletedWithItsStackInProd(SynthesizedApp app) {
      StackTemplate prod = app.stack("test-prod-audit");
      List<Resource> baseline = prod.resources().stream()
          .filter(r -> r.constructPath().filter(p -> p.startsWith("prod/audit/Baseline/") || p.startsWith("prod/audit/AuditKey/")).isPresent())
          .toList();
      assertThat(baseline).extracting(Resource::type).contains("AWS::CloudTrail::Trail", "AWS::S3::Bucket",
          "AWS::KMS::Key", "AWS::Logs::LogGroup", "AWS::Config::ConfigurationRecorder", "AWS::Config::DeliveryChannel",
          "AWS::Config::ConfigRule", "AWS::GuardDuty::Detector", "AWS::AccessAnalyzer::Analyzer", "AWS::Events::Rule",
          "AWS::SNS::Topic", "AWS::IAM::Role");
      assertThat(baseline).allSatisfy(r -> assertThat(r).isRetained());
      assertThat(prod.resources()).filteredOn(r -> !baseline.contains(r)).extracting(Resource::constructPath)
          .as("only the stack's shared logs and alerts keys (retained) and their aliases are not the baseline's")
          .containsExactlyInAnyOrder(java.util.Optional.of("prod/audit/LogsKey/Key/Resource"),
              java.util.Optional.of("prod/audit/LogsKey/Alias/Resource"),
              java.util.Optional.of("prod/audit/AlertsKey/Key/Resource"),
              java.util.Optional.of("prod/audit/AlertsKey/Alias/Resource"));
      assertThat(app).stack("test-prod-audit").resource("prod/audit/LogsKey/Key").isRetained();
      assertThat(app).stack("test-prod-audit").resource("prod/audit/AlertsKey/Key").isRetained();
    }

    @Test
    void devAndStagingRetainTheStatefulPartsAndDeleteTheRest(SynthesizedApp app) {
      for (String env : List.of("dev", "staging")) {
        for (String part : List.of("Baseline/Bucket/Bucket", "Baseline/Trail/Logs/LogGroup", "AuditKey/Key")) {
          assertThat(app).stack("test-" + env + "-audit").resource(env + "/audit/" + part).isRetained();
        }
        assertThat(named(app, "test-" + env + "-audit", env + "/audit/Baseline/GuardDuty").deletionPolicy()).isEmpty();
        assertThat(named(app, "test-" + env + "-audit", env + "/audit/Baseline/Trail/Trail").deletionPolicy()).isEmpty();
      }
    }
  }

  @Nested
  class Options {
    @Test
    void dataEventsOfTheGivenBucketsAreRecorded(SynthesizedApp app) {
      Resource trail = named(app, "test-dev-shared-audit", "dev/shared-audit/Baseline/Trail/Trail");
      assertThat(trail.property("EventSelectors").get(0).path("DataResources").get(0).path("Type").asText())
          .isEqualTo("AWS::S3::Object");
      assertThat(trail).referencesAt("EventSelectors[0].DataResources[0].Values", "dev/shared-audit/Documents/Bucket");
      assertThat(app).stack("test-dev-shared-audit").resource("dev/shared-audit/Baseline/Trail/Logs/LogGroup")
          .hasProperty("RetentionInDays", 90);
    }

    @Test
    void givenTopicAndNoDetectorMakeNoTopicOrDetectorOfTheirOwn(SynthesizedApp app) {
      StackTemplate shared = app.stack("test-dev-shared-audit");
      assertThat(shared.resourcesOfType("AWS::GuardDuty::Detector")).isEmpty();
      assertThat(shared.resourcesOfType("AWS::SNS::Topic")).as("the given topic only").hasSize(1);
    }

    @Test
    void anotherAccountWideRegionLeavesOutTheTrail(SynthesizedApp app) {
      StackTemplate regional = app.stack("test-staging-regional-audit");
      assertThat(regional.resourcesOfType("AWS::CloudTrail::Trail")).isEmpty();
      assertThat(regional.resourcesOfType("AWS::Logs::LogGroup")).isEmpty();
      assertThat(regional.resourcesOfType("AWS::Config::ConfigurationRecorder")).hasSize(1);
      assertThat(regional.resourcesOfType("AWS::GuardDuty::Detector")).hasSize(1);
    }

    @Test
    void passesTheBaselinePolicyPackWithNoFindings(PolicyReport report) {
      assertThat(report).hasNoErrors();
      assertThat(report.findings()).isEmpty();
    }
  }

  @Nested
  class InvalidInput {
    PlatformEnvironment prod(Path outdir) {
      return TestApps.appWithEveryTier(outdir).environment("prod");
    }

    @Test
    void trailLogRetentionMustBeOneCloudWatchLogsAccepts(@TempDir Path outdir) {
      assertThatThrownBy(() -> new AccountBaseline(prod(outdir).addStack("audit"), "Baseline",
              AccountBaselineProps.builder().trailLogRetentionDays(42).build()))
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("LOG_RETENTION_DAYS"))
          .hasMessageContaining("AccountBaseline at 'prod/audit/Baseline'")
          .hasMessageContaining("trailLogRetentionDays");
    }

    @Test
    void subscribersNeedTheBaselinesOwnTopic(@TempDir Path outdir) {
      PlatformEnvironment prod = prod(outdir);
      AlertTopic alerts = new AlertTopic(prod.addStack("audit"), "Alerts", AlertTopicProps.defaults());
      assertThatThrownBy(() -> AccountBaselineProps.builder()
              .alertTopic(alerts.notificationTopic())
              .addSubscribers(Subscriber.email("a@example.com", Subscriber.Route.NOTIFY))
              .build())
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("BASELINE_SUBSCRIBERS_WITH_TOPIC"))
          .hasMessageContaining("subscribers");
    }

    @Test
    void accountWideRegionIsARegionCode() {
      assertThatThrownBy(() -> AccountBaselineProps.builder().accountWideRegion("us-east1").build())
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("REGION_FORMAT"))
          .hasMessageContaining("accountWideRegion").hasMessageContaining("'us-east1'");
    }

    @Test
    void objectLockRetentionIsChecked(@TempDir Path outdir) {
      assertThatThrownBy(() -> new AccountBaseline(prod(outdir).addStack("audit"), "Baseline",
              AccountBaselineProps.builder().objectLockRetentionDays(0).build()))
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("BUCKET_OBJECT_LOCK_RETENTION"))
          .hasMessageContaining("objectLockRetentionDays");
    }
  }

  @Test
  void defaultsByTier(@TempDir Path outdir) {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    assertThat(app.environments()).extracting(env -> AccountBaselineDefaults.resolve(AccountBaselineProps.defaults(),
            dev.groundwork.core.PlatformContext.of(env.addStack("audit"))))
        .containsExactly(
            new AccountBaselineSettings(30, java.util.Optional.empty(), false, "test-dev-audit", true, 24,
                "test-dev-stack-drift"),
            new AccountBaselineSettings(90, java.util.Optional.empty(), false, "test-staging-audit", true, 24,
                "test-staging-stack-drift"),
            new AccountBaselineSettings(365, java.util.Optional.of(365), true, "test-prod-audit", true, 6,
                "test-prod-stack-drift"));
    assertThat(app.environments().get(0).tier()).isEqualTo(Tier.DEV);
  }
}

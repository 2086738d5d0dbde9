package dev.groundwork.samples;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.app.SynthResult;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.core.StandardTag;
import dev.groundwork.cost.ConstructCost;
import dev.groundwork.cost.CostEstimate;
import dev.groundwork.cost.CostJson;
import dev.groundwork.cost.CostLine;
import dev.groundwork.cost.NotEstimated;
import dev.groundwork.diagram.ArchitectureGraph;
import dev.groundwork.diagram.ArchitectureSvg;
import dev.groundwork.diagram.DeliveryFlow;
import dev.groundwork.diagram.DiagramEdge;
import dev.groundwork.diagram.DiagramNode;
import dev.groundwork.diagram.EdgeKind;
import dev.groundwork.diagram.NodeKind;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.formats.PolicyReports;
import dev.groundwork.replacement.ReplacementSpec;
import dev.groundwork.report.DiagramLayoutCheck;
import dev.groundwork.report.HtmlReport;
import dev.groundwork.testing.SynthesisExtension;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference app's unit tests: one synthesis for the whole class (the determinism test
 * synthesizes a second time on purpose, in another JVM). docs/testing.md quotes this class.
 */
class ReferenceAppTest {
  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> ReferenceApp.create(Optional.of(outdir)));

  /** The environments the pipeline deploys; {@code delivery} holds only the pipeline. */
  static final List<String> DEPLOYED = List.of("dev", "staging", "prod");

  /** Types that hold data: never destroyed with their stack. */
  static final Set<String> STATEFUL_TYPES = Set.of("AWS::S3::Bucket", "AWS::KMS::Key", "AWS::Logs::LogGroup",
      "AWS::RDS::DBCluster", "AWS::RDS::DBInstance", "AWS::SecretsManager::Secret", "AWS::DynamoDB::Table",
      "AWS::EC2::Volume", "AWS::EFS::FileSystem", "AWS::ECR::Repository");

  static final String[] REQUIRED_TAGS = StandardTag.requiredKeys().stream().sorted().toArray(String[]::new);

  /** Stateful, except Aurora member instances, whose data lives in their (snapshotted) cluster. */
  static boolean holdsData(Resource r) {
    return STATEFUL_TYPES.contains(r.type())
        && !(r.type().equals("AWS::RDS::DBInstance") && !r.property("DBClusterIdentifier").isMissingNode());
  }

  @Nested
  class Environments {
    @Test
    void devStagingProdAndTheDeliveryEnvironmentAreSynthesized(SynthesizedApp app) {
      assertThat(app).hasEnvironments("dev", "staging", "prod", "delivery");
    }

    @Test
    void stackNamesFollowAppEnvironmentPurpose(SynthesizedApp app) {
      assertThat(app).hasStackNamesFollowingConvention("orders");
      assertThat(app).environment("prod").stackNames()
          .containsExactlyInAnyOrder("orders-prod-audit", "orders-prod-data", "orders-prod-network",
              "orders-prod-platform", "orders-prod-recovery", "orders-prod-services");
      assertThat(app).environment("dev").stackNames()
          .containsExactly("orders-dev-audit", "orders-dev-data", "orders-dev-network", "orders-dev-services");
      assertThat(app).environment("delivery").stackNames()
          .containsExactlyInAnyOrder("orders-delivery-governance", "orders-delivery-images",
              "orders-delivery-pipeline", "orders-delivery-pipeline-support-eu-central-1");
    }
  }

  @Nested
  class Platform {
    @Test
    void runsAPrivateKubernetesClusterInStagingAndProdOnly(SynthesizedApp app) {
      assertThat(app).stack("orders-prod-platform").resourcesOfType("AWS::EKS::Cluster").singleResource()
          .hasProperty("Name", "orders-prod-platform-Cluster")
          .hasProperty("Version", "1.33")
          .hasProperty("ResourcesVpcConfig.EndpointPublicAccess", false);
      assertThat(app).stack("orders-staging-platform").hasResourceCount("AWS::EKS::Cluster", 1);
      assertThat(app).environment("dev").doesNotHaveResource("AWS::EKS::Cluster");
    }

    @Test
    void sizesNodesAndKeepsLogsByTier(SynthesizedApp app) {
      assertThat(app).stack("orders-prod-platform").resourcesOfType("AWS::EKS::Nodegroup").singleResource()
          .hasProperty("ScalingConfig", Map.of("MinSize", 3, "DesiredSize", 3, "MaxSize", 10))
          .hasProperty("CapacityType", "ON_DEMAND");
      assertThat(app).stack("orders-staging-platform").resourcesOfType("AWS::EKS::Nodegroup").singleResource()
          .hasProperty("ScalingConfig", Map.of("MinSize", 2, "DesiredSize", 2, "MaxSize", 4));
      assertThat(app).stack("orders-prod-platform").resource("prod/platform/Cluster/ControlPlaneLogs/LogGroup")
          .hasProperty("RetentionInDays", 365);
      assertThat(app).stack("orders-staging-platform").resource("staging/platform/Cluster/ControlPlaneLogs/LogGroup")
          .hasProperty("RetentionInDays", 90);
    }

    @Test
    void alarmsNotifyTheOnCallTopic(SynthesizedApp app) {
      assertThat(app).stack("orders-prod-platform").resourcesOfType("AWS::CloudWatch::Alarm").hasSize(4)
          .allSatisfy(alarm -> alarm.referencesAt("AlarmActions[0]", "prod/platform/Alerts/Notifications"));
    }
  }

  /** The audit baseline per account and, through a StackSet, for the rest of the organisation: docs/constructs/governance.md. */
  @Nested
  class Audit {
    @Test
    void everyDeployedEnvironmentHasItsAccountBaseline(SynthesizedApp app) {
      for (String env : DEPLOYED) {
        StackTemplate audit = app.stack("orders-" + env + "-audit");
        assertThat(audit).resource(env + "/audit/Baseline/Trail/Trail")
            .hasProperty("IsMultiRegionTrail", true)
            .hasProperty("EnableLogFileValidation", true)
            .referencesAt("KMSKeyId", env + "/audit/AuditKey/Key");
        assertThat(audit.resourcesOfType("AWS::Config::ConfigurationRecorder")).hasSize(1);
        assertThat(audit.resourcesOfType("AWS::GuardDuty::Detector")).hasSize(1);
        assertThat(audit.resourcesOfType("AWS::Events::Rule")).hasSize(3);
      }
      assertThat(app).stack("orders-prod-audit").allResources()
          .filteredOn("belong to the baseline", r -> r.constructPath().orElse("").startsWith("prod/audit/Baseline/"))
          .isNotEmpty().areAllRetained();
      assertThat(app).stack("orders-prod-audit").resource("prod/audit/Baseline/Bucket/Bucket")
          .hasProperty("ObjectLockConfiguration.Rule.DefaultRetention.Days", 365);
    }

    @Test
    void theDeliveryAccountDeploysTheBaselineToTheWorkloadsUnitThroughAStackSet(SynthesizedApp app) {
      Resource stackSet = app.stack("orders-delivery-governance").resourcesOfType("AWS::CloudFormation::StackSet").get(0);
      assertThat(stackSet).hasProperty("PermissionModel", "SERVICE_MANAGED")
          .hasProperty("CallAs", "DELEGATED_ADMIN")
          .hasProperty("AutoDeployment.Enabled", true)
          .hasProperty("StackInstancesGroup[0].DeploymentTargets.OrganizationalUnitIds", List.of("ou-ab12-cd34ef56"))
          .hasProperty("OperationPreferences.RegionOrder", List.of("eu-west-1", "us-east-1"))
          .isRetained();
      StackTemplate body = StackTemplate.fromJson("account-baseline", stackSet.property("TemplateBody").asText());
      assertThat(body.resourcesOfType("AWS::CloudTrail::Trail")).singleElement()
          .satisfies(trail -> assertThat(trail.condition()).isPresent());
      assertThat(stackSet.property("TemplateBody").asText()).doesNotContain("444444444444");
    }
  }

  @Nested
  class Tags {
    @Test
    void everyTaggableResourceOfEveryStackCarriesTheRequiredTags(SynthesizedApp app) {
      assertThat(app).allStacks().taggableResources().isNotEmpty().allHaveTags(REQUIRED_TAGS);
    }

    @Test
    void environmentTagNamesTheEnvironmentTheResourceIsIn(SynthesizedApp app) {
      for (String env : app.environments()) {
        assertThat(app).environment(env).taggableResources().allHaveTag("environment", env);
      }
    }

    @Test
    void teamAndCostCenterComeFromTheAppDescription(SynthesizedApp app) {
      assertThat(app).allStacks().taggableResources()
          .allHaveTag("team", "payments").allHaveTag("cost-center", "cc-1234");
    }

    /** Bucket policies take no tags; keeps the taggability decision visible. */
    @Test
    void policiesAreNotTaggableSoTheyAreNotChecked(SynthesizedApp app) {
      List<String> types = app.stacks().stream().map(StackTemplate::resources).flatMap(List::stream)
          .map(Resource::type).distinct().sorted().toList();
      assertThat(types).contains("AWS::S3::Bucket", "AWS::S3::BucketPolicy", "AWS::KMS::Key");
      assertThat(app).allStacks().taggableResources().filteredOn("are bucket policies",
          r -> r.type().equals("AWS::S3::BucketPolicy")).isEmpty();
    }
  }

  @Nested
  class StatefulResources {
    @Test
    void areRetainedOnStackDeletionAndReplacementInEveryEnvironment(SynthesizedApp app) {
      assertThat(app).allStacks().allResources()
          .filteredOn("hold data", ReferenceAppTest::holdsData)
          .isNotEmpty()
          .areAllRetained();
    }

    @Test
    void documentsBucketIsEncryptedWithTheDataStacksSharedKey(SynthesizedApp app) {
      for (String env : DEPLOYED) {
        assertThat(app).environment(env).resource(env + "/data/Documents/Bucket")
            .hasProperty("BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm", "aws:kms")
            .referencesAt("BucketEncryption", env + "/data/DataKey/Key")
            .hasProperty("VersioningConfiguration.Status", "Enabled");
      }
    }

    /** Prod names eu-central-1 as its recovery region: the documents replicate and the backups are copied there. */
    @Test
    void prodReplicatesAndCopiesIntoItsRecoveryStackWhichKeepsItsLogicalIds(SynthesizedApp app) {
      assertThat(app).stack("orders-prod-data").resource("prod/data/Documents/Bucket")
          .hasProperty("ReplicationConfiguration.Rules[0].Destination.Bucket",
              "arn:aws:s3:::orders-prod-data-documents-replica-333333333333");
      assertThat(app).stack("orders-prod-data").resource("prod/data/Backups/Plan")
          .hasProperty("BackupPlan.BackupPlanRule[0].CopyActions[0].DestinationBackupVaultArn",
              "arn:aws:backup:eu-central-1:333333333333:backup-vault:orders-prod-recovery");
      StackTemplate recovery = app.stack("orders-prod-recovery");
      assertThat(recovery.resourcesOfType("AWS::S3::Bucket")).extracting(Resource::logicalId)
          .containsExactlyInAnyOrder("dataDocumentsBucketB1FF172A", "dataDocumentsAccessLogsEC2BE227",
              "auditBaselineBucket27284D4E", "auditBaselineBucketAccessLogs08B81DA1");
      // The audit trail's bucket is a PROD data bucket too: its replica keeps Object Lock.
      assertThat(recovery.resource("auditBaselineBucket27284D4E").orElseThrow().property("ObjectLockEnabled").asBoolean()).isTrue();
      assertThat(recovery.resourcesOfType("AWS::Backup::BackupVault")).extracting(Resource::logicalId)
          .containsExactly("dataBackupsVault67CD7105");
      assertThat(recovery.resourcesOfType("AWS::KMS::Key")).extracting(Resource::logicalId)
          .containsExactlyInAnyOrder("DataKey2A0DE9E6", "LogsKeyFE4C4A83");
      assertThat(recovery.resources()).filteredOn(ReferenceAppTest::holdsData).hasSize(6)
          .allSatisfy(r -> assertThat(List.of(r.deletionPolicy(), r.updateReplacePolicy()))
              .as(r.describe()).containsOnly(Optional.of("Retain")));
      assertThat(app).stack("orders-prod-recovery").resourcesOfType("AWS::Backup::BackupVault").singleResource()
          .hasDeletionPolicy("Retain").hasUpdateReplacePolicy("Retain")
          .hasProperty("LockConfiguration.MinRetentionDays", 7);
      assertThat(app).environment("staging").stackNames().doesNotContain("orders-staging-recovery");
    }

    /** The cluster's final snapshot holds an Aurora database's data; its member instances hold none. */
    @Test
    void databaseIsSnapshottedAndKeepsItsLogicalIds(SynthesizedApp app) {
      for (String env : DEPLOYED) {
        StackTemplate services = app.stack("orders-" + env + "-services");
        assertThat(services.resourcesOfType("AWS::RDS::DBCluster")).extracting(Resource::logicalId)
            .containsExactly("DatabaseCluster5B53A178");
        assertThat(services.resourcesOfType("AWS::SecretsManager::Secret")).extracting(Resource::logicalId)
            .containsExactly("DatabaseCredentialsSecret24A37061");
        assertThat(services.resourcesOfType("AWS::Logs::LogGroup")).extracting(Resource::logicalId)
            .contains("DatabaseLogpostgresqlLogGroup0BB047C5");
        assertThat(app).environment(env).resource(env + "/services/Database/Cluster")
            .hasDeletionPolicy("Snapshot").hasUpdateReplacePolicy("Snapshot");
        assertThat(app).environment(env).resource(env + "/services/Database/CredentialsSecret").isRetained();
      }
    }

    /**
     * One key per stack and purpose: 7 per deployed environment (data: data, logs; network: logs;
     * services: logs, data, secrets, and the sample's own alerts key), 3 in each audit stack (audit,
     * logs, the baseline's alert topic's), 3 in each platform stack (logs, secrets, alerts), 3 in
     * the pipeline stack (logs, data, alerts), 1 in the images stack (data), 2 in prod's recovery
     * stack (data: the replica and the backup copy vault; logs: the replica's access logs) and 1 in
     * the pipeline's eu-central-1 support stack (CDK's artifact key).
     * Before shared keys the app had 27 for fewer constructs (no database, backups, platform or
     * pipeline), one per log group, queue and bucket.
     */
    @Test
    void sharesOneKeyPerStackAndPurpose(SynthesizedApp app) {
      long deployed = DEPLOYED.stream().flatMap(env -> List.of("data", "network", "services").stream()
              .map(purpose -> app.stack("orders-" + env + "-" + purpose)))
          .mapToLong(s -> s.resourcesOfType("AWS::KMS::Key").size()).sum();
      assertThat(deployed).isEqualTo(21);
      long all = app.stacks().stream().mapToLong(s -> s.resourcesOfType("AWS::KMS::Key").size()).sum();
      assertThat(all).isEqualTo(43);
      assertThat(app.stacks()).allSatisfy(s -> assertThat(s.resourcesOfType("AWS::KMS::Key"))
          .extracting(k -> k.logicalId()).doesNotHaveDuplicates());
    }

    @Test
    void bucketsRefuseInsecureTransport(SynthesizedApp app) {
      assertThat(app).allStacks().iamStatements()
          .denying("s3:GetObject")
          .withCondition("Bool", "aws:SecureTransport", "false")
          .onResourceReferencing("prod/data/Documents/Bucket");
    }
  }

  /** The pipeline and the release machinery: docs/delivery.md describes them. */
  @Nested
  class Delivery {
    static final String PIPELINE = "orders-delivery-pipeline";

    JsonNode stages(SynthesizedApp app) {
      return app.stack(PIPELINE).resourcesOfType("AWS::CodePipeline::Pipeline").get(0).property("Stages");
    }

    @Test
    void pipelineDeploysDevThenStagingThenProd(SynthesizedApp app) {
      List<String> names = new java.util.ArrayList<>();
      stages(app).forEach(stage -> names.add(stage.path("Name").asText()));
      assertThat(names).containsSubsequence("Source", "Build", "UpdatePipeline", "dev", "staging", "prod");
      assertThat(names.subList(names.indexOf("dev"), names.size())).containsExactly("dev", "staging", "prod");
    }

    @Test
    void prodWaitsForApprovalInsideTheDeploymentWindow(SynthesizedApp app) {
      JsonNode prod = stages(app).get(stages(app).size() - 1);
      assertThat(prod.path("Actions").get(0).path("ActionTypeId").path("Category").asText()).isEqualTo("Approval");
      assertThat(prod.path("BeforeEntry").path("Conditions").get(0).path("Rules").get(0)
          .path("RuleTypeId").path("Provider").asText()).isEqualTo("DeploymentWindow");
    }

    @Test
    void apiRollsInDevAndDeploysAsACanaryInStagingAndProd(SynthesizedApp app) {
      assertThat(app).environment("dev").resource("dev/services/Api/Service/Service")
          .hasProperty("DeploymentConfiguration.Strategy", "ROLLING");
      for (String env : List.of("staging", "prod")) {
        assertThat(app).environment(env).resource(env + "/services/Api/Service/Service")
            .hasProperty("DeploymentConfiguration.Strategy", "CANARY")
            .hasProperty("DeploymentConfiguration.CanaryConfiguration.CanaryPercent", 10);
      }
    }

    @Test
    void everyDeploymentRollsBackOnTheApisLoadBalancerAlarms(SynthesizedApp app) {
      for (String env : List.of("dev", "staging", "prod")) {
        String alarms = env + "/services/Monitoring/Api/Alarms/";
        assertThat(app).environment(env).resource(env + "/services/Api/Service/Service")
            .hasProperty("DeploymentConfiguration.Alarms.Rollback", true)
            .referencesAt("DeploymentConfiguration.Alarms.AlarmNames[0]", alarms + "LoadBalancerErrors")
            .referencesAt("DeploymentConfiguration.Alarms.AlarmNames[1]", alarms + "TargetErrors")
            .referencesAt("DeploymentConfiguration.Alarms.AlarmNames[2]", alarms + "Latency")
            .referencesAt("DeploymentConfiguration.Alarms.AlarmNames[3]", alarms + "UnhealthyHosts");
      }
    }

    @Test
    void everyServiceHasItsOwnFeatureFlagsMonitoredByItsAlarm(SynthesizedApp app) {
      for (String env : List.of("dev", "staging", "prod")) {
        assertThat(app).environment(env).resourcesOfType("AWS::AppConfig::ConfigurationProfile")
            .hasSize(2).allHaveProperty("Type", "AWS.AppConfig.FeatureFlags");
        assertThat(app).environment(env).resourcesOfType("AWS::AppConfig::Environment")
            .hasSize(2).allHavePropertySatisfying("Monitors", new org.assertj.core.api.Condition<>(
                m -> m.toString().contains("AlarmArn"), "a CloudWatch alarm monitor"));
      }
    }
  }

  @Nested
  class Observability {
    private Resource named(SynthesizedApp app, String env, String path) {
      return app.stack("orders-" + env + "-services").resources().stream().filter(r -> r.isNamed(path)).findFirst()
          .orElseThrow(() -> new AssertionError("no " + path));
    }

    @Test
    void eachServiceHasOnePagingCompositeOverItsSymptomAlarmsInEveryEnvironment(SynthesizedApp app) {
      for (String env : DEPLOYED) {
        StackTemplate services = app.stack("orders-" + env + "-services");
        assertThat(services.resourcesOfType("AWS::CloudWatch::CompositeAlarm")).hasSize(3);
        String api = named(app, env, env + "/services/Monitoring/Api/Alarms/Paging").property("AlarmRule").toString();
        assertThat(api).contains(named(app, env, env + "/services/Monitoring/Api/Alarms/TargetErrors").logicalId())
            .contains(named(app, env, env + "/services/Monitoring/Api/Alarms/UptimeFailures").logicalId())
            .doesNotContain(named(app, env, env + "/services/Monitoring/Api/Alarms/Cpu").logicalId());
        String worker = named(app, env, env + "/services/Monitoring/Fulfilment/Alarms/Paging").property("AlarmRule").toString();
        assertThat(worker).contains(named(app, env, env + "/services/Fulfilment/DeadLetterAlarm").logicalId())
            .contains(named(app, env, env + "/services/Monitoring/Fulfilment/Alarms/OldestMessageAge").logicalId());
        assertThat(named(app, env, env + "/services/Monitoring/Database/Alarms/Paging").property("AlarmRule").toString())
            .contains(named(app, env, env + "/services/Monitoring/Database/Alarms/Connections").logicalId());
      }
    }

    @Test
    void prodPagesThroughItsOwnTopicWhileDevOnlyNotifies(SynthesizedApp app) {
      assertThat(named(app, "prod", "prod/services/Monitoring/Api/Alarms/Paging").property("AlarmActions").toString())
          .contains(named(app, "prod", "prod/services/Alerts/Pages").logicalId());
      assertThat(named(app, "dev", "dev/services/Monitoring/Api/Alarms/Paging").property("AlarmActions").toString())
          .contains(named(app, "dev", "dev/services/Alerts/Notifications").logicalId());
      assertThat(app.stack("orders-dev-services").resourcesOfType("AWS::SNS::Topic")).hasSize(1);
      assertThat(app).environment("prod").resource("prod/services/Alerts/Pages")
          .referencesAt("KmsMasterKeyId", "prod/services/AlertsKey");
    }

    @Test
    void thresholdsFollowTheTier(SynthesizedApp app) {
      assertThat(List.of("dev", "staging", "prod")).extracting(env ->
              named(app, env, env + "/services/Monitoring/Api/Alarms/TargetErrors").property("Threshold").asDouble())
          .containsExactly(5.0, 2.0, 1.0);
      assertThat(List.of("dev", "staging", "prod")).extracting(env ->
              named(app, env, env + "/services/Monitoring/Fulfilment/Alarms/OldestMessageAge").property("Threshold").asDouble())
          .containsExactly(3600.0, 1800.0, 600.0);
    }

    @Test
    void dashboardsCanaryErrorFilterAndBudgetInEveryEnvironment(SynthesizedApp app) {
      for (String env : DEPLOYED) {
        StackTemplate services = app.stack("orders-" + env + "-services");
        assertThat(services.resourcesOfType("AWS::CloudWatch::Dashboard")).extracting(d -> d.property("DashboardName").asText())
            .containsExactlyInAnyOrder("orders-" + env + "-Api", "orders-" + env + "-Fulfilment",
                "orders-" + env + "-Database", "orders-" + env + "-overview");
        assertThat(services.resourcesOfType("AWS::Synthetics::Canary")).hasSize(1);
        assertThat(services.resourcesOfType("AWS::Logs::MetricFilter")).hasSize(2);
        assertThat(services.resourcesOfType("AWS::Budgets::Budget")).singleElement()
            .satisfies(b -> assertThat(b.property("Budget.CostFilters.TagKeyValue").toString()).contains("cost-center$cc-1234"));
      }
    }
  }

  @Nested
  class Database {
    @Test
    void bothServicesAreWiredToItInOneCall(SynthesizedApp app) {
      for (String env : DEPLOYED) {
        for (String service : new String[] {"Api", "Fulfilment"}) {
          String role = env + "/services/" + service + "/TaskDefinition/TaskRole";
          assertThat(app).environment(env).iamStatements().ofRole(role).allowing("rds-db:connect");
        }
        assertThat(app).environment(env).resourcesOfType("AWS::ECS::TaskDefinition").hasSize(2)
            .allHavePropertySatisfying("ContainerDefinitions[0].Secrets", new org.assertj.core.api.Condition<>(
                secrets -> secrets.toString().contains("DB_PASSWORD") && secrets.toString().contains("DB_HOST"),
                "DB_HOST and DB_PASSWORD from the rotated credentials"));
        assertThat(app).environment(env).ingressRules()
            .ofSecurityGroup(env + "/services/Database/SecurityGroup")
            .noneOpenToTheWorld().hasSize(3);
      }
    }
  }

  @Nested
  class Snapshots {
    @Test
    void prodDataStackMatchesItsGoldenTemplate(SynthesizedApp app) {
      assertThat(app).stack("orders-prod-data").matchesSnapshot("orders-prod-data");
    }
  }

  @Nested
  class Policies {
    @Test
    void passesTheBaselinePackWithNoFindingsAndOneDatedSuppression(SynthesizedApp app, PolicyReport report) {
      assertThat(app.assemblyDirectory().resolve(PolicyReports.JSON_FILE)).as("the JSON report next to the assembly")
          .isRegularFile();
      assertThat(app).report().hasNoErrors();
      assertThat(report.findings()).isEmpty();
      // The fulfilment image's two stages are pinned by tag, not digest, until someone can read the digests.
      assertThat(report.suppressed()).hasSize(2).allSatisfy(suppressed -> {
        assertThat(suppressed.finding().ruleId().value()).isEqualTo("GW_DOCKER_BASE_IMAGE_DIGEST_IN_PROD");
        assertThat(suppressed.finding().environment()).isEqualTo("prod");
        assertThat(suppressed.suppression().until()).contains(LocalDate.of(2027, 3, 1));
      });
    }
  }

  /** The fulfilment image is built from samples/images/fulfilment; every registry scans on push. */
  @Nested
  class SupplyChain {
    @Test
    void theFulfilmentWorkerRunsTheImageBuiltFromItsDirectory(SynthesizedApp app) {
      for (String env : DEPLOYED) {
        StackTemplate services = app.stack("orders-" + env + "-services");
        assertThat(services.dockerImageAssets()).hasSize(1);
        assertThat(services.dockerImageAssets().values().iterator().next().dockerfile().finalStage()
            .instructions("USER").get(0).words()).containsExactly("10001:10001");
        assertThat(services.resourcesOfType("AWS::ECR::RegistryScanningConfiguration")).singleElement()
            .satisfies(r -> assertThat(r.property("ScanType").asText()).isEqualTo(env.equals("prod") ? "ENHANCED" : "BASIC"));
      }
    }

    @Test
    void theReleaseRepositoryLetsTheEnvironmentAccountsPull(SynthesizedApp app) {
      StackTemplate images = app.stack("orders-delivery-images");
      assertThat(images.resourcesOfType("AWS::ECR::Repository")).singleElement().satisfies(repository ->
          assertThat(repository.property("RepositoryPolicyText").toString())
              .contains("111111111111", "222222222222", "333333333333").doesNotContain("ecr:PutImage"));
      assertThat(images.resourcesOfType("AWS::ECR::RegistryScanningConfiguration")).hasSize(1);
    }
  }

  @Nested
  class ReplacementGuard {
    @Test
    void theReplacementSpecKnowsEveryResourceTypeTheReferenceAppCreates(SynthesizedApp app) {
      ReplacementSpec spec = ReplacementSpec.bundled();
      assertThat(app.stacks().stream().flatMap(s -> s.resources().stream()).map(Resource::type).distinct())
          .isNotEmpty()
          .allSatisfy(type -> assertThat(spec.knows(type)).as("%s in %s", type, spec).isTrue());
    }
  }

  /**
   * The same app gives the same bytes in another JVM: templates, manifests, asset and metadata
   * files, the tree and every Groundwork report (none records a time). The other JVM runs the
   * README's synth path ({@link ReferenceApp#main} into {@code CDK_OUTDIR}) with the JIT's default
   * tiers (the build's test JVM stops at C1) and iterates {@code Set.of}/{@code Map.of} the other
   * way round ({@link OtherJvmSynthesis}), so a salted collection feeding the output fails this.
   */
  @Nested
  class Determinism {
    @Test
    void anotherJvmWritesAByteIdenticalAssemblyAndReports(SynthesizedApp first, @TempDir Path dir) throws Exception {
      Path outdir = dir.resolve("cdk.out");
      OtherJvmSynthesis.synthesize(ReferenceApp.class, outdir, dir.resolve("other-jvm.log"));
      TreeMap<String, byte[]> a = OtherJvmSynthesis.outputFiles(first.assemblyDirectory());
      TreeMap<String, byte[]> b = OtherJvmSynthesis.outputFiles(outdir);
      assertThat(a.keySet()).anyMatch(name -> name.endsWith(".template.json"))
          .contains("tree.json", "groundwork-report.json", "groundwork-report.sarif", "groundwork-junit.xml",
              "groundwork-report.html", "groundwork-cost.json", "groundwork-diagram-prod.svg");
      assertThat(b.keySet()).as("files the other JVM wrote").containsExactlyElementsOf(a.keySet());
      assertThat(OtherJvmSynthesis.differences(a, b)).as("files the other JVM wrote differently").isEmpty();
    }
  }

  /**
   * What synthesis shows of the reference app before it is deployed: the monthly estimate, pinned
   * per environment with the bundled price table and the default assumptions (DEV is cheaper than
   * PROD for the reasons the tier table gives), the diagrams and the HTML report.
   */
  @Nested
  class Insight {
    @Test
    void estimatePerEnvironmentIsPinned(SynthResult result) {
      CostEstimate cost = result.cost();
      assertThat(cost.environments()).containsExactly("dev", "staging", "prod", "delivery");
      assertThat(cost.total("dev")).isEqualByComparingTo("221.43");
      // Staging and prod: the API's CANARY target-group alarms read both target groups (3 more alarm
      // metrics); the platform stack's EKS node group (m6i.large at its minimum size) is priced.
      assertThat(cost.total("staging")).isEqualByComparingTo("825.56");
      assertThat(cost.total("prod")).isEqualByComparingTo("1297.44");
      assertThat(cost.total("delivery")).isEqualByComparingTo("21.32");
      assertThat(cost.total()).isEqualByComparingTo("2365.75");
    }

    /**
     * Tier table: DEV has one NAT gateway, STAGING and PROD one per AZ (2 and 3 AZs); the platform
     * stack's own network in STAGING and PROD pays the same again.
     */
    @Test
    void devRunsOneNatGatewayProdOnePerZone(SynthResult result) {
      assertThat(stackTypeTotal(result.cost(), "dev", "orders-dev-network", "AWS::EC2::NatGateway")).isEqualByComparingTo("39.84");
      assertThat(stackTypeTotal(result.cost(), "prod", "orders-prod-network", "AWS::EC2::NatGateway")).isEqualByComparingTo("119.52");
      assertThat(typeTotal(result.cost(), "prod", "AWS::EC2::NatGateway")).isEqualByComparingTo("239.04");
    }

    /** DEV reaches AWS services through the NAT gateway; STAGING and PROD pay for interface endpoints per AZ. */
    @Test
    void prodPaysForInterfaceEndpointsInThreeZones(SynthResult result) {
      assertThat(typeTotal(result.cost(), "dev", "AWS::EC2::VPCEndpoint")).isEqualByComparingTo("0.00");
      assertThat(stackTypeTotal(result.cost(), "prod", "orders-prod-network", "AWS::EC2::VPCEndpoint")).isEqualByComparingTo("120.50");
    }

    @Test
    void prodRunsMoreTasks(SynthResult result) {
      assertThat(typeTotal(result.cost(), "dev", "AWS::ECS::Service")).isEqualByComparingTo("27.03");
      assertThat(typeTotal(result.cost(), "prod", "AWS::ECS::Service")).isEqualByComparingTo("72.08");
      assertThat(result.cost().total("dev")).isLessThan(result.cost().total("staging"));
      assertThat(result.cost().total("staging")).isLessThan(result.cost().total("prod"));
    }

    /** Buckets, queues and topics at their assumed usage; the recovery stack in its own region. */
    @Test
    void bucketsQueuesAndTopicsArePricedAtTheirAssumedUsageAndAlmostNothingIsNotEstimated(SynthResult result) {
      CostEstimate cost = result.cost();
      assertThat(cost.linesOf("prod")).filteredOn(l -> l.resourceType().equals("AWS::S3::Bucket")).hasSize(11)
          .allSatisfy(l -> assertThat(l.assumptions()).contains("s3StorageGbPerBucket"));
      assertThat(cost.linesOf("prod")).filteredOn(l -> l.resourceType().equals("AWS::SQS::Queue")).hasSize(2);
      assertThat(cost.linesOf("prod")).filteredOn(l -> l.resourceType().equals("AWS::SNS::Topic")).hasSize(5);
      // The one price the table lacks: backup storage in the recovery region.
      assertThat(cost.notEstimated()).extracting(NotEstimated::environment, NotEstimated::resourceType,
          NotEstimated::count).containsExactly(Tuple.tuple("prod", "AWS::Backup::BackupVault", 1));
      for (String environment : cost.environments()) {
        assertThat(cost.notEstimatedShare(environment)).as(environment).isLessThan(0.10);
      }
    }

    /** The lines a user can act on first: the most expensive constructs of prod. */
    @Test
    void prodCostsMostInItsClusterDatabaseAndNetworks(SynthResult result) {
      assertThat(result.cost().byConstruct("prod")).extracting(ConstructCost::construct).startsWith(
          "platform/Cluster", "services/Database", "network/Network", "platform/Network", "services/Api");
      ConstructCost api = result.cost().byConstruct("prod").stream()
          .filter(c -> c.construct().equals("services/Api")).findFirst().orElseThrow();
      assertThat(api.byType()).containsEntry("AWS::ElasticLoadBalancingV2::LoadBalancer", new BigDecimal("24.24"))
          .containsEntry("AWS::ECS::Service", new BigDecimal("54.06"));
    }

    @Test
    void synthesisWritesTheJsonBesideThePolicyReports(SynthResult result) throws Exception {
      String json = Files.readString(result.assemblyDirectory().resolve(CostJson.FILE));
      assertThat(json).contains("\"name\" : \"prod\"", "\"total\" : 1297.44", "\"construct\" : \"services/Api\"");
    }

    private static BigDecimal stackTypeTotal(CostEstimate cost, String environment, String stack, String type) {
      return cost.linesOf(environment).stream().filter(l -> l.stack().equals(stack) && l.resourceType().equals(type))
          .map(CostLine::monthly).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal typeTotal(CostEstimate cost, String environment, String type) {
      return cost.linesOf(environment).stream().filter(l -> l.resourceType().equals(type))
          .map(CostLine::monthly).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void eachEnvironmentHasADiagramWithItsTiersAndNatGateways(SynthResult result) throws Exception {
      for (String environment : result.app().environments()) {
        assertThat(result.assemblyDirectory().resolve(ArchitectureSvg.fileName(environment))).isRegularFile();
      }
      ArchitectureGraph prod = ArchitectureGraph.of(result.app(), "prod");
      // Three zones in PROD, in the shared network and in the platform stack's own: one node each.
      assertThat(prod.nodes()).filteredOn(n -> n.kind() == NodeKind.NAT_GATEWAY).hasSize(2)
          .allMatch(n -> n.zone().equals(Optional.of("public")) && n.members().size() == 3
              && n.detail().endsWith("3 NAT gateways"))
          .extracting(n -> n.vpc().orElseThrow()).containsOnly("network/Network/Vpc", "platform/Network/Vpc");
      assertThat(prod.nodes()).filteredOn(n -> n.kind() == NodeKind.SERVICE).extracting(DiagramNode::label)
          .containsExactly("Api", "Fulfilment");
      assertThat(prod.edges()).extracting(DiagramEdge::kind).contains(EdgeKind.TRAFFIC, EdgeKind.DATA, EdgeKind.EVENT);
      assertThat(prod.nodes()).allMatch(n -> n.kind() == NodeKind.INTERNET || n.target().isPresent());
    }

    /** A service with its alarms and canary; a database with its instances, secret and key. */
    @Test
    void whatIsOneThingToAReaderIsOneNodeNamedAfterItsConstruct(SynthResult result) {
      ArchitectureGraph prod = ArchitectureGraph.of(result.app(), "prod");
      DiagramNode api = prod.nodes().stream().filter(n -> n.kind() == NodeKind.SERVICE && n.label().equals("Api"))
          .findFirst().orElseThrow();
      assertThat(api.zone()).contains("private");
      assertThat(api.members()).extracting(DiagramNode.Member::path).contains("services/Api/Service/Service",
          "services/Monitoring/Api/Alarms/Latency", "services/Monitoring/Api/Uptime/Canary");
      DiagramNode database = prod.nodes().stream().filter(n -> n.kind() == NodeKind.DATABASE).findFirst().orElseThrow();
      assertThat(database.label()).isEqualTo("Database");
      assertThat(database.zone()).contains("isolated");
      assertThat(database.members()).extracting(DiagramNode.Member::type).contains("AWS::RDS::DBCluster",
          "AWS::SecretsManager::Secret", "AWS::KMS::Key", "AWS::CloudWatch::Alarm");
      assertThat(database.members()).extracting(DiagramNode.Member::path).contains("services/SecretsKey/Key");
    }

    /** The delivery pipeline drawn as its stages in run order, the approval before PROD's wave. */
    @Test
    void theDeliveryFlowDrawsThePipelinesStagesInOrderAndWhereEachDeploys(SynthResult result) throws Exception {
      ArchitectureGraph delivery = DeliveryFlow.of(result.app()).orElseThrow();
      assertThat(delivery.nodes()).filteredOn(n -> n.pipeline().isPresent())
          .extracting(DiagramNode::kind, DiagramNode::label)
          .containsExactly(
              Tuple.tuple(NodeKind.PIPELINE_STAGE, "Source"),
              Tuple.tuple(NodeKind.PIPELINE_STAGE, "Build"),
              Tuple.tuple(NodeKind.PIPELINE_STAGE, "UpdatePipeline"),
              Tuple.tuple(NodeKind.PIPELINE_STAGE, "Assets"),
              Tuple.tuple(NodeKind.PIPELINE_STAGE, "dev"),
              Tuple.tuple(NodeKind.PIPELINE_STAGE, "staging"),
              Tuple.tuple(NodeKind.APPROVAL, "PromoteToProd"),
              Tuple.tuple(NodeKind.PIPELINE_STAGE, "prod"));
      assertThat(delivery.nodes()).filteredOn(n -> n.kind() == NodeKind.PIPELINE_STAGE).extracting(DiagramNode::detail)
          .contains("stage 1 · source example/orders-infra", "stage 5 · deploys 4 stacks, 2 builds",
              "stage 7 · deploys 6 stacks, 2 builds");
      assertThat(delivery.edges()).filteredOn(e -> e.label().equals("then")).hasSize(7);
      assertThat(delivery.nodes()).filteredOn(n -> n.kind() == NodeKind.DEPLOYMENT_TARGET)
          .extracting(DiagramNode::label, DiagramNode::detail).containsExactly(
              Tuple.tuple("dev", "account 111111111111 · eu-west-1 · 4 stacks"),
              Tuple.tuple("staging", "account 222222222222 · eu-west-1 · 5 stacks"),
              Tuple.tuple("prod", "account 333333333333 · eu-west-1 · 5 stacks"),
              Tuple.tuple("prod", "account 333333333333 · eu-central-1 · 1 stack"));
      assertThat(Files.readString(result.assemblyDirectory().resolve(DeliveryFlow.FILE)))
          .contains("Pipeline pipeline/Delivery", "approval before prod");
    }

    @Test
    void theHtmlReportHoldsFindingsCostAndDiagrams(SynthResult result) throws Exception {
      String html = Files.readString(result.assemblyDirectory().resolve(HtmlReport.FILE));
      assertThat(html).contains("<section id=\"summary\">", "<table id=\"cost-table\">", "2365.75",
          "<h3 id=\"diagram-prod\">", "<h3 id=\"diagram-delivery-flow\">", "<td>services/Api</td>");
      assertThat(result.assemblyDirectory().resolve("groundwork-rules.md")).isRegularFile();
    }
  }

  /**
   * The reference app's diagrams as Chromium draws them (sdk-core's {@code DiagramLayoutCheck}):
   * nested boxes, no two node boxes overlapping, no text cut, every edge ending on its nodes; a
   * screenshot of each written beside the report. {@code -Dgroundwork.writeDocImages=true} also
   * copies the screenshots to {@code docs/images/}, which the docs show.
   */
  @Nested
  class Pictures {
    static final Path DOC_IMAGES = Path.of("..", "docs", "images");

    private static List<String> diagramFiles(SynthResult result) {
      List<String> files = new java.util.ArrayList<>(result.app().environments().stream()
          .map(ArchitectureSvg::fileName).toList());
      files.add(DeliveryFlow.FILE);
      return files;
    }

    @Test
    void everyDiagramIsLaidOutWithoutOverlapOrCutTextAndEveryEdgeEndsOnItsNodes(SynthResult result,
        @TempDir Path pages) throws Exception {
      DiagramLayoutCheck check = DiagramLayoutCheck.in(pages);
      for (String file : diagramFiles(result)) {
        Path svg = result.assemblyDirectory().resolve(file);
        DiagramLayoutCheck.Verdict verdict = check.check(Files.readString(svg));
        assertThat(verdict.problems()).as(file).isEmpty();
        assertThat(verdict.nodes()).as(file).isPositive();
        assertThat(verdict.groups()).as(file + ": nested boxes").isPositive();
        Path png = svg.resolveSibling(file.replace(".svg", ".png"));
        check.screenshot(svg, png);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).as(file).isGreaterThan(300);
        if (Boolean.getBoolean("groundwork.writeDocImages")) {
          Files.createDirectories(DOC_IMAGES);
          Files.copy(png, DOC_IMAGES.resolve(png.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
      DiagramLayoutCheck.Verdict prod = check.check(Files.readString(
          result.assemblyDirectory().resolve(ArchitectureSvg.fileName("prod"))));
      assertThat(prod.edges()).isGreaterThan(5);
      // Account and region, two VPCs with their tiers, the recovery region: many boxes in boxes.
      assertThat(prod.groups()).isGreaterThanOrEqualTo(8);
    }

    /** The docs show a screenshot of each diagram; regenerate them with -Dgroundwork.writeDocImages=true. */
    @Test
    void theDocsShowAScreenshotOfEveryDiagram(SynthResult result) throws IOException {
      String docs = Files.readString(Path.of("..", "docs", "cost-and-diagrams.md"));
      for (String file : diagramFiles(result)) {
        String png = file.replace(".svg", ".png");
        assertThat(DOC_IMAGES.resolve(png)).as("docs/images/%s (regenerate with -Dgroundwork.writeDocImages=true)", png)
            .isRegularFile();
        assertThat(docs).contains("(images/" + png + ")");
      }
    }
  }
}

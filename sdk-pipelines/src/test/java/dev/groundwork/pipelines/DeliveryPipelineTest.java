package dev.groundwork.pipelines;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.testing.SynthesisExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awscdk.Stack;

class DeliveryPipelineTest {
  private static final String STACK = "shop-delivery-pipeline";
  private static final String PROD_ACCOUNT = "333333333333";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestDeliveryApps.app(outdir);
    Stack stack = app.environment("delivery").addStack("pipeline");
    new DeliveryPipeline(stack, "Delivery", DeliveryPipelineProps.builder()
        .source(RepositorySource.of(TestDeliveryApps.CONNECTION, "example/shop"))
        .addEnvironments(TestDeliveryApps.delivery(app, "dev"))
        .addEnvironments(TestDeliveryApps.delivery(app, "staging"))
        .addEnvironments(TestDeliveryApps.delivery(app, "staging-eu"))
        .addEnvironments(TestDeliveryApps.delivery(app, "prod"))
        .alertTopic(TestDeliveryApps.alerts(stack))
        .build());
    return app;
  });

  static Resource pipeline(SynthesizedApp app) {
    List<Resource> pipelines = app.stack(STACK).resourcesOfType("AWS::CodePipeline::Pipeline");
    assertThat(pipelines).hasSize(1);
    return pipelines.get(0);
  }

  static List<String> stageNames(SynthesizedApp app) {
    List<String> names = new ArrayList<>();
    pipeline(app).property("Stages").forEach(stage -> names.add(stage.path("Name").asText()));
    return names;
  }

  static JsonNode stage(SynthesizedApp app, String name) {
    for (JsonNode stage : pipeline(app).property("Stages")) {
      if (stage.path("Name").asText().equals(name)) {
        return stage;
      }
    }
    throw new AssertionError("no stage " + name + " in " + stageNames(app));
  }

  static List<JsonNode> approvals(JsonNode stage) {
    List<JsonNode> approvals = new ArrayList<>();
    stage.path("Actions").forEach(a -> {
      if (a.path("ActionTypeId").path("Category").asText().equals("Approval")) {
        approvals.add(a);
      }
    });
    return approvals;
  }

  /** The DeploymentWindow rules of the stage's FAIL entry conditions. */
  static List<JsonNode> windowRules(JsonNode stage) {
    List<JsonNode> rules = new ArrayList<>();
    for (JsonNode condition : stage.path("BeforeEntry").path("Conditions")) {
      if (condition.path("Result").asText().equals("FAIL")) {
        condition.path("Rules").forEach(rule -> {
          if (rule.path("RuleTypeId").path("Provider").asText().equals("DeploymentWindow")) {
            rules.add(rule);
          }
        });
      }
    }
    return rules;
  }

  static List<String> actionNames(JsonNode stage) {
    List<String> names = new ArrayList<>();
    stage.path("Actions").forEach(a -> names.add(a.path("Name").asText()));
    return names;
  }

  static Resource project(SynthesizedApp app, String buildSpecText) {
    List<Resource> projects = app.stack(STACK).resourcesOfType("AWS::CodeBuild::Project").stream()
        .filter(p -> buildSpec(p).contains(buildSpecText)).toList();
    assertThat(projects).as("projects whose buildspec has " + buildSpecText).hasSize(1);
    return projects.get(0);
  }

  static String buildSpec(Resource project) {
    return project.property("Source.BuildSpec").asText();
  }

  @Nested
  class Stages {
    /** These stacks have no file or image assets, so CDK Pipelines adds no Assets stage. */
    @Test
    void runSourceBuildSelfMutationThenTheTiersInOrder(SynthesizedApp app) {
      assertThat(stageNames(app))
          .containsExactly("Source", "Build", "UpdatePipeline", "dev", "staging", "prod-approval", "prod");
    }

    @Test
    void isAVersion2Pipeline(SynthesizedApp app) {
      assertThat(pipeline(app).property("PipelineType").asText()).isEqualTo("V2");
    }

    @Test
    void buildsLintAndScanFirstThenTestBuildAndSynth(SynthesizedApp app) {
      JsonNode build = stage(app, "Build");
      assertThat(actionNames(build)).containsExactlyInAnyOrder("Lint", "DependencyScan", "Test", "Build", "Synth");
      java.util.Map<String, Integer> order = new java.util.HashMap<>();
      build.path("Actions").forEach(a -> order.put(a.path("Name").asText(), a.path("RunOrder").asInt()));
      assertThat(order.get("Lint")).isEqualTo(order.get("DependencyScan")).isLessThan(order.get("Test"));
      assertThat(order.get("Test")).isLessThan(order.get("Build"));
      assertThat(order.get("Build")).isLessThan(order.get("Synth"));
    }

    @Test
    void deploysBothStagingEnvironmentsInOneWave(SynthesizedApp app) {
      assertThat(actionNames(stage(app, "staging")))
          .anyMatch(n -> n.startsWith("staging.") && n.contains("Deploy"))
          .anyMatch(n -> n.startsWith("staging-eu.") && n.contains("Deploy"));
    }

    @Test
    void smokeTestsEveryEnvironmentAfterItDeploys(SynthesizedApp app) {
      for (String wave : List.of("dev", "staging", "prod")) {
        assertThat(actionNames(stage(app, wave))).anyMatch(n -> n.contains("SmokeTest"));
      }
    }
  }

  @Nested
  class Gates {
    @Test
    void productionWaitsForAManualApprovalInAStageOfItsOwn(SynthesizedApp app) {
      assertThat(actionNames(stage(app, "prod-approval"))).containsExactly("PromoteToProd");
      assertThat(stage(app, "prod-approval").path("Actions").get(0).path("ActionTypeId").path("Category").asText())
          .isEqualTo("Approval");
      assertThat(stageNames(app).indexOf("prod-approval")).isEqualTo(stageNames(app).indexOf("prod") - 1);
      for (String name : List.of("dev", "staging", "prod")) {
        assertThat(approvals(stage(app, name))).as(name).isEmpty();
      }
    }

    /**
     * The guarantee itself, read from the synthesized pipeline: every action that deploys to the
     * production account sits in a stage whose entry condition is the PROD deployment window, and
     * no approval in that stage runs before or beside it; so whenever an approval is given, the
     * deployment starts only once the window has been checked after it.
     */
    @Test
    void noProductionDeployActionCanStartOutsideTheWindowAfterAnyApproval(SynthesizedApp app) {
      int checked = 0;
      int firstApprovalStage = -1;
      List<String> names = stageNames(app);
      for (JsonNode stage : pipeline(app).property("Stages")) {
        if (firstApprovalStage < 0 && !approvals(stage).isEmpty()) {
          firstApprovalStage = names.indexOf(stage.path("Name").asText());
        }
        for (JsonNode action : stage.path("Actions")) {
          if (!action.path("ActionTypeId").path("Category").asText().equals("Deploy")
              || !action.path("RoleArn").toString().contains(PROD_ACCOUNT)) {
            continue;
          }
          checked++;
          String where = stage.path("Name").asText() + "/" + action.path("Name").asText();
          assertThat(windowRules(stage)).as("window checked on entering the stage of " + where)
              .anySatisfy(rule -> assertThat(rule.path("Configuration").path("Cron").asText())
                  .isEqualTo(DeploymentWindow.workingHours().cron()));
          int runOrder = action.path("RunOrder").asInt();
          assertThat(approvals(stage)).as("approvals in the stage of " + where + " before or beside it")
              .noneMatch(approval -> approval.path("RunOrder").asInt() <= runOrder);
          assertThat(firstApprovalStage).as("an approval in a stage before " + where)
              .isBetween(0, names.indexOf(stage.path("Name").asText()) - 1);
        }
      }
      assertThat(checked).as("production deploy actions").isGreaterThan(0);
    }

    @Test
    void productionMayOnlyBeEnteredInsideTheDeploymentWindow(SynthesizedApp app) {
      JsonNode condition = stage(app, "prod").path("BeforeEntry").path("Conditions").get(0);
      assertThat(condition.path("Result").asText()).isEqualTo("FAIL");
      JsonNode rule = condition.path("Rules").get(0);
      assertThat(rule.path("RuleTypeId").path("Provider").asText()).isEqualTo("DeploymentWindow");
      assertThat(rule.path("RuleTypeId").path("Owner").asText()).isEqualTo("AWS");
      assertThat(rule.path("Configuration").path("Cron").asText()).isEqualTo("* * 9-15 ? * MON-THU *");
      assertThat(rule.path("Configuration").path("TimeZone").asText()).isEqualTo("Europe/Dublin");
    }

    @Test
    void onlyProductionHasAnEntryCondition(SynthesizedApp app) {
      for (String name : List.of("Source", "Build", "dev", "staging", "prod-approval")) {
        assertThat(stage(app, name).has("BeforeEntry")).as(name).isFalse();
      }
    }

    @Test
    void synthPublishesThePolicyJunitReportAndKeepsTheAssembly(SynthesizedApp app) {
      List<Resource> synth = app.stack(STACK).resourcesOfType("AWS::CodeBuild::Project").stream()
          .filter(p -> p.property("Source.BuildSpec").asText().contains("groundwork-junit.xml"))
          .toList();
      assertThat(synth).hasSize(1);
      String spec = synth.get(0).property("Source.BuildSpec").asText();
      // From cdk.out, or from cdk.out.rejected, where a synthesis that failed on findings writes it.
      assertThat(spec).contains("JUNITXML").contains("\"base-directory\": \".\"")
          .contains("\"cdk.out/groundwork-junit.xml\"", "\"cdk.out.rejected/groundwork-junit.xml\"")
          .contains("groundwork:synth");
    }

    @Test
    void synthesizesEachCommitOnceInTheSynthStepNotInTheBuildStep(SynthesizedApp app) {
      List<String> specs = app.stack(STACK).resourcesOfType("AWS::CodeBuild::Project").stream()
          .map(p -> p.property("Source.BuildSpec").asText()).toList();
      assertThat(specs).filteredOn(spec -> spec.contains("groundwork:synth")).hasSize(1);
      assertThat(specs).filteredOn(spec -> spec.contains("mvn -B -ntp package")).singleElement().asString()
          .contains("-Dgroundwork.synth.skip=true");
    }

    @Test
    void everyCodeBuildStepAsksForTheNodeJsGroundworkNeeds(SynthesizedApp app) {
      List<Resource> projects = app.stack(STACK).resourcesOfType("AWS::CodeBuild::Project");
      assertThat(projects).hasSizeGreaterThan(5).allSatisfy(project -> {
        JsonNode spec = dev.groundwork.assembly.StackTemplate.parse(project.property("Source.BuildSpec").asText());
        JsonNode runtimes = spec.path("phases").path("install").path("runtime-versions");
        assertThat(runtimes.path("nodejs").asInt()).as("Node.js of %s", project.constructPath())
            .isGreaterThanOrEqualTo(dev.groundwork.app.internal.NodeRuntime.MINIMUM_MAJOR);
        assertThat(runtimes.path("java").asText()).as("Java of %s", project.constructPath()).startsWith("corretto");
      });
      // CDK Pipelines' own self-mutation step, which runs the CDK CLI, included.
      assertThat(projects).anyMatch(p -> p.constructPath().orElse("").contains("UpdatePipeline/SelfMutation"));
    }

    @Test
    void cachesTheMavenRepositoryLocally(SynthesizedApp app) {
      assertThat(app).stack(STACK).resourcesOfType("AWS::CodeBuild::Project").isNotEmpty()
          .filteredOn("build the app", p -> p.property("Source.BuildSpec").asText().contains("mvn")
              && !p.property("Source.BuildSpec").asText().contains("dependency-check"))
          .allHaveProperty("Cache.Type", "LOCAL");
    }

    @Test
    void scansDependenciesWithOwaspDependencyCheckFailingFromCvss7(SynthesizedApp app) {
      String spec = buildSpec(project(app, "dependency-check-maven"));
      assertThat(spec).contains("org.owasp:dependency-check-maven:" + PipelineTools.DEPENDENCY_CHECK + ":check")
          .contains("-DfailBuildOnCVSS=7 ").contains("-DdataDirectory=/root/.dependency-check");
    }

    /** The NVD database survives the build host: an S3 cache in the artifact bucket holds its directory. */
    @Test
    void keepsTheVulnerabilityDatabaseInAnS3CacheBetweenRuns(SynthesizedApp app) {
      Resource scan = project(app, "dependency-check-maven");
      assertThat(scan.property("Cache.Type").asText()).isEqualTo("S3");
      assertThat(scan.property("Cache.Location").toString()).contains("ArtifactsBucket")
          .contains(DeliveryPipeline.SCAN_CACHE_PREFIX);
      assertThat(buildSpec(scan)).contains("\"cache\"").contains("/root/.dependency-check/**/*")
          .contains("/root/.m2/**/*");
    }

    @Test
    void lintsByCompilingWithWarningsAsErrors(SynthesizedApp app) {
      assertThat(buildSpec(project(app, "failOnWarning"))).contains(BuildCommands.LINT)
          .doesNotContain("mvn -B -ntp validate\"");
    }

    /** Every tool CodeBuild installs from npm is an exact version: no range, no tag. */
    @Test
    void installsTheCdkCliAndCdkAssetsAtPinnedVersions(SynthesizedApp app) {
      List<String> installs = new ArrayList<>();
      java.util.regex.Pattern install = java.util.regex.Pattern.compile("npm install -g ([^\"\\s]+)");
      for (Resource p : app.stack(STACK).resourcesOfType("AWS::CodeBuild::Project")) {
        java.util.regex.Matcher m = install.matcher(buildSpec(p));
        while (m.find()) {
          installs.add(m.group(1));
        }
      }
      // No asset here, so no cdk-assets step: ReferenceAppTest reads the asset steps' version.
      assertThat(installs).contains("aws-cdk@" + PipelineTools.CDK_CLI)
          .allMatch(pkg -> pkg.matches("(@[a-z0-9-]+/)?[a-z0-9-]+@\\d+\\.\\d+\\.\\d+"), "an exact version");
    }
  }

  @Nested
  class Artifacts {
    @Test
    void areKeptInAnEncryptedVersionedRetainedBucket(SynthesizedApp app) {
      assertThat(app).stack(STACK).resource("delivery/pipeline/Delivery/Artifacts/Bucket")
          .hasProperty("VersioningConfiguration.Status", "Enabled")
          .referencesAt("BucketEncryption", "DataKey2A0DE9E6")
          .isRetained();
      // The pipeline stack's shared data key (EncryptionKey.forPurpose).
      assertThat(app).stack(STACK).resource("DataKey2A0DE9E6")
          .hasProperty("EnableKeyRotation", true).isRetained();
      assertThat(pipeline(app).property("ArtifactStore.Location").toString()).contains("ArtifactsBucket");
    }

    @Test
    void pipelineUpdatesItself(SynthesizedApp app) {
      assertThat(actionNames(stage(app, "UpdatePipeline"))).containsExactly("SelfMutate");
    }
  }

  @Nested
  class Failures {
    @Test
    void notifyTheAlertTopicOfFailuresAndWaitingApprovals(SynthesizedApp app) {
      assertThat(app).stack(STACK).resourcesOfType("AWS::CodeStarNotifications::NotificationRule")
          .singleResource()
          .hasPropertySatisfying("EventTypeIds", ids -> assertThat(ids.toString())
              .contains("codepipeline-pipeline-pipeline-execution-failed")
              .contains("codepipeline-pipeline-manual-approval-needed"));
    }

    @Test
    void raiseAnAlarmOnFailedExecutions(SynthesizedApp app) {
      assertThat(app).stack(STACK).resource("delivery/pipeline/Delivery/FailedExecutions")
          .hasProperty("MetricName", "FailedPipelineExecutions")
          .hasProperty("Namespace", "AWS/CodePipeline")
          .references("delivery/pipeline/Alerts");
    }
  }

  @Nested
  class Policies {
    /** CDK Pipelines grants the CLI's bucket check on "*"; the pipeline narrows it to the bootstrap bucket. */
    @Test
    void selfMutationListsOnlyTheBootstrapBucket(SynthesizedApp app) {
      JsonNode statements = app.stack(STACK).resourcesOfType("AWS::IAM::Policy").stream()
          .filter(p -> p.isNamed("delivery/pipeline/Delivery/Pipeline/UpdatePipeline/SelfMutation/Role/DefaultPolicy"))
          .findFirst().orElseThrow().property("PolicyDocument.Statement");
      List<String> listBucket = new ArrayList<>();
      for (JsonNode statement : statements) {
        if (statement.path("Action").toString().contains("s3:ListBucket\"")) {
          listBucket.add(statement.path("Resource").toString());
        }
      }
      assertThat(listBucket).containsExactly("\"arn:aws:s3:::cdk-hnb659fds-assets-444444444444-eu-west-1\"");
      assertThat(statements.toString()).doesNotContain("\"s3:ListBucket\"],\"Effect\":\"Allow\",\"Resource\":\"*\"");
    }

    /** AWS Control Tower's CT.CODEBUILD.PR.3: steps, asset publishing and self-mutation projects alike. */
    @Test
    void everyCodeBuildProjectLogsToTheEncryptedBuildLogGroup(SynthesizedApp app) {
      assertThat(app).stack(STACK).resourcesOfType("AWS::CodeBuild::Project").isNotEmpty()
          .allHaveProperty("LogsConfig.CloudWatchLogs.Status", "ENABLED")
          .allSatisfy(project -> project.referencesAt("LogsConfig.CloudWatchLogs.GroupName",
              "delivery/pipeline/Delivery/BuildLogs/LogGroup"));
      assertThat(app).stack(STACK).resource("delivery/pipeline/Delivery/BuildLogs/LogGroup")
          .referencesAt("KmsKeyId", "delivery/pipeline/LogsKey/Key");
    }

    @Test
    void pipelineStackPassesTheBaselinePackWithNoFindings(PolicyReport report) {
      assertThat(report.findings()).isEmpty();
    }
  }
}

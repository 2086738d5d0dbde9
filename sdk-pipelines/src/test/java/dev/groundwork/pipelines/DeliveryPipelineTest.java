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

  static List<String> actionNames(JsonNode stage) {
    List<String> names = new ArrayList<>();
    stage.path("Actions").forEach(a -> names.add(a.path("Name").asText()));
    return names;
  }

  @Nested
  class Stages {
    /** These stacks have no file or image assets, so CDK Pipelines adds no Assets stage. */
    @Test
    void runSourceBuildSelfMutationThenTheTiersInOrder(SynthesizedApp app) {
      assertThat(stageNames(app))
          .containsExactly("Source", "Build", "UpdatePipeline", "dev", "staging", "prod");
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
    void productionWaitsForAManualApprovalFirst(SynthesizedApp app) {
      JsonNode prod = stage(app, "prod");
      JsonNode approval = null;
      for (JsonNode action : prod.path("Actions")) {
        if (action.path("ActionTypeId").path("Category").asText().equals("Approval")) {
          approval = action;
        }
      }
      assertThat(approval).as("an approval action in prod").isNotNull();
      assertThat(approval.path("Name").asText()).isEqualTo("PromoteToProd");
      assertThat(approval.path("RunOrder").asInt()).isEqualTo(1);
      assertThat(actionNames(stage(app, "staging"))).noneMatch(n -> n.contains("Promote"));
    }

    @Test
    void productionMayOnlyBeEnteredInsideTheDeploymentWindow(SynthesizedApp app) {
      JsonNode condition = stage(app, "prod").path("BeforeEntry").path("Conditions").get(0);
      assertThat(condition.path("Result").asText()).isEqualTo("FAIL");
      JsonNode rule = condition.path("Rules").get(0);
      assertThat(rule.path("RuleTypeId").path("Provider").asText()).isEqualTo("DeploymentWindow");
      assertThat(rule.path("RuleTypeId").path("Owner").asText()).isEqualTo("AWS");
      assertThat(rule.path("Configuration").path("Cron").asText()).isEqualTo("* * 8-14 ? * MON-FRI *");
      assertThat(rule.path("Configuration").path("TimeZone").asText()).isEqualTo("Europe/Dublin");
    }

    @Test
    void onlyProductionHasAnEntryCondition(SynthesizedApp app) {
      for (String name : List.of("Source", "Build", "dev", "staging")) {
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
          .filteredOn("build the app", p -> p.property("Source.BuildSpec").asText().contains("mvn"))
          .allHaveProperty("Cache.Type", "LOCAL");
    }

    @Test
    void scansDependenciesWithOwaspDependencyCheck(SynthesizedApp app) {
      assertThat(app.stack(STACK).resourcesOfType("AWS::CodeBuild::Project"))
          .anyMatch(p -> p.property("Source.BuildSpec").asText().contains("dependency-check-maven"));
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
    @Test
    void pipelineStackPassesTheBaselinePackWithNoFindings(PolicyReport report) {
      assertThat(report.findings()).isEmpty();
    }
  }
}

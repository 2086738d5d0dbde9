package dev.groundwork.pipelines;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.policy.PolicyEngine;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.rules.BaselineRules;
import dev.groundwork.policy.rules.controltower.ControlTowerRules;
import dev.groundwork.testing.SynthesisExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecr.assets.DockerImageAsset;

/**
 * A pipeline publishing a container image asset: CDK Pipelines builds it with Docker in a
 * privileged CodeBuild project, which AWS Control Tower's CT.CODEBUILD.PR.4 rejects and CodeBuild
 * requires; the project carries the suppression that says so, and logs like every other.
 */
class DeliveryPipelineAssetsTest {
  private static final String STACK = "shop-delivery-pipeline";
  private static final String DOCKER_ASSET = "delivery/pipeline/Delivery/Pipeline/Assets/DockerAsset1";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestDeliveryApps.app(outdir);
    Stack images = app.environment("dev").addStack("images");
    DockerImageAsset.Builder.create(images, "Image")
        .directory(Path.of("src/test/resources/image").toAbsolutePath().toString())
        .build();
    Stack stack = app.environment("delivery").addStack("pipeline");
    new DeliveryPipeline(stack, "Delivery", DeliveryPipelineProps.builder()
        .source(RepositorySource.of(TestDeliveryApps.CONNECTION, "example/shop"))
        .addEnvironments(TestDeliveryApps.delivery(app, "dev"))
        .alertTopic(TestDeliveryApps.alerts(stack))
        .build());
    return app;
  });

  private static Resource dockerProject(SynthesizedApp app) {
    return app.stack(STACK).resourcesOfType("AWS::CodeBuild::Project").stream()
        .filter(p -> p.isNamed(DOCKER_ASSET)).findFirst().orElseThrow();
  }

  @Test
  void theImageProjectRunsPrivilegedAndSaysWhy(SynthesizedApp app) {
    Resource docker = dockerProject(app);
    assertThat(docker.property("Environment.PrivilegedMode").asBoolean()).isTrue();
    assertThat(docker.metadata().toString()).contains(DeliveryPipeline.PRIVILEGED_RULE)
        .contains("https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ProjectEnvironment.html");
    List<Resource> others = app.stack(STACK).resourcesOfType("AWS::CodeBuild::Project").stream()
        .filter(p -> !p.isNamed(DOCKER_ASSET)).toList();
    assertThat(others).isNotEmpty().allSatisfy(p -> {
      assertThat(p.property("Environment.PrivilegedMode").asBoolean()).as(p.describe()).isFalse();
      assertThat(p.metadata().toString()).as(p.describe()).doesNotContain(DeliveryPipeline.PRIVILEGED_RULE);
    });
    assertThat(docker.property("LogsConfig.CloudWatchLogs.Status").asText()).isEqualTo("ENABLED");
  }

  @Test
  void withTheControlTowerPackOnItIsSuppressedNotAnError(SynthesizedApp app) {
    PolicyReport report = PolicyEngine.create(BaselineRules.library(),
            PolicyOptions.builder().addPack(ControlTowerRules.pack()).build())
        .evaluate(List.of(app.stack(STACK)));
    assertThat(report.findings()).noneMatch(f -> f.ruleId().value().equals(DeliveryPipeline.PRIVILEGED_RULE));
    assertThat(report.suppressed())
        .filteredOn(s -> s.finding().ruleId().value().equals(DeliveryPipeline.PRIVILEGED_RULE))
        .singleElement()
        .satisfies(s -> assertThat(s.finding().constructPath()).isEqualTo(DOCKER_ASSET + "/Resource"));
  }
}

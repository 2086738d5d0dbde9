package dev.groundwork.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.testing.SynthesisExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awscdk.Stack;

/** The pipeline keeps each environment's deployed assembly and runs the replacement guard against it. */
class DeployedAssembliesTest {
  private static final String STACK = "shop-delivery-pipeline";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestDeliveryApps.app(outdir);
    Stack stack = app.environment("delivery").addStack("pipeline");
    new DeliveryPipeline(stack, "Delivery", DeliveryPipelineProps.builder()
        .source(RepositorySource.of(TestDeliveryApps.CONNECTION, "example/shop"))
        .addEnvironments(TestDeliveryApps.delivery(app, "dev"))
        .addEnvironments(TestDeliveryApps.delivery(app, "prod"))
        .alertTopic(TestDeliveryApps.alerts(stack))
        .build());
    return app;
  });

  private static List<Resource> projects(SynthesizedApp app, String buildSpecText) {
    return app.stack(STACK).resourcesOfType("AWS::CodeBuild::Project").stream()
        .filter(p -> p.property("Source.BuildSpec").asText().contains(buildSpecText)).toList();
  }

  private static String bucketRef(SynthesizedApp app) {
    return app.stack(STACK).resourcesOfType("AWS::S3::Bucket").stream()
        .filter(b -> b.logicalId().startsWith("DeliveryArtifactsBucket")).findFirst().orElseThrow().logicalId();
  }

  private static boolean hasBucketVariable(Resource project, String bucket) {
    for (JsonNode variable : project.property("Environment.EnvironmentVariables")) {
      if (variable.path("Name").asText().equals("ARTIFACT_BUCKET")
          && variable.path("Value").path("Ref").asText().equals(bucket)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void synthDownloadsTheDeployedAssembliesAndPassesThemBeforeSynthesizing(SynthesizedApp app) {
    List<Resource> synth = projects(app, "groundwork:synth");
    assertThat(synth).hasSize(1);
    String spec = synth.get(0).property("Source.BuildSpec").asText();
    assertThat(spec).contains("aws s3 sync \\\"s3://$ARTIFACT_BUCKET/deployed/\\\" /tmp/groundwork-deployed",
        "export GROUNDWORK_PREVIOUS_ASSEMBLY=/tmp/groundwork-deployed");
    assertThat(spec.indexOf("GROUNDWORK_PREVIOUS_ASSEMBLY")).isLessThan(spec.indexOf("groundwork:synth"));
    // A first run says in the log why no change set follows.
    assertThat(spec).contains("else echo \\\"" + DeployedAssemblies.NOTHING_DEPLOYED + "\\\"; fi");
    assertThat(hasBucketVariable(synth.get(0), bucketRef(app))).isTrue();
  }

  @Test
  void eachEnvironmentKeepsItsAssemblyAfterItsStageDeploys(SynthesizedApp app) {
    for (String env : List.of("dev", "prod")) {
      List<Resource> keep = projects(app, "/deployed/" + env + "/\\\" --delete --exclude 'groundwork-*'");
      assertThat(keep).as("the keep step of %s", env).hasSize(1);
      assertThat(hasBucketVariable(keep.get(0), bucketRef(app))).isTrue();
    }
    List<String> actions = new ArrayList<>();
    for (JsonNode stage : app.stack(STACK).resourcesOfType("AWS::CodePipeline::Pipeline").get(0).property("Stages")) {
      stage.path("Actions").forEach(a -> actions.add(stage.path("Name").asText() + ":" + a.path("Name").asText()
          + ":" + a.path("RunOrder").asInt()));
    }
    assertThat(actions).anyMatch(a -> a.startsWith("prod:") && a.contains("KeepDeployedAssembly"));
    int deployOrder = actions.stream().filter(a -> a.startsWith("prod:") && a.contains(".Deploy:"))
        .mapToInt(a -> Integer.parseInt(a.substring(a.lastIndexOf(':') + 1))).max().orElseThrow();
    int keepOrder = actions.stream().filter(a -> a.startsWith("prod:") && a.contains("KeepDeployedAssembly"))
        .mapToInt(a -> Integer.parseInt(a.substring(a.lastIndexOf(':') + 1))).findFirst().orElseThrow();
    assertThat(keepOrder).isGreaterThan(deployOrder);
  }

  @Test
  void aKeepStepRefusesAnAssemblyMarkedRejected(SynthesizedApp app) {
    List<Resource> keep = projects(app, "--exclude 'groundwork-*'");
    assertThat(keep).hasSize(2).allSatisfy(project -> {
      String spec = project.property("Source.BuildSpec").asText();
      assertThat(spec).contains("if [ -e groundwork-rejected.txt ]; then");
      assertThat(spec.indexOf("groundwork-rejected.txt")).isLessThan(spec.indexOf("aws s3 sync"));
    });
  }

  @Test
  void theKeepStepsMayWriteOnlyUnderDeployed(SynthesizedApp app) {
    List<String> keepPolicies = app.stack(STACK).resourcesOfType("AWS::IAM::Policy").stream()
        .map(p -> p.property("PolicyDocument").toString())
        .filter(doc -> doc.contains("KeepDeployedAssembly") && doc.contains("s3:PutObject")).toList();
    assertThat(keepPolicies).hasSize(2).allSatisfy(doc -> assertThat(doc)
        .contains("s3:DeleteObject*", bucketRef(app), "/deployed/*"));
  }
}

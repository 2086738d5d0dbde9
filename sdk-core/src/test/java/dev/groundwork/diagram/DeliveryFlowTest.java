package dev.groundwork.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.core.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cloud assembly written here: a delivery environment whose pipeline runs source, build, a DEV
 * wave, an approval and a PROD wave, and the DEV and PROD stages in their own accounts, as CDK
 * lays them out (one nested assembly per environment, each stack's account and region in its
 * manifest).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class DeliveryFlowTest {
  static final String STEP = "node-app-delivery-Pipeline-";

  ArchitectureGraph flow;

  @BeforeAll
  void readAssembly(@TempDir Path dir) throws IOException {
    writeAssembly(dir);
    flow = DeliveryFlow.of(SynthesizedApp.read(dir)).orElseThrow();
  }

  /** The pipeline fixture in {@code delivery}, and empty stacks {@code app-dev-*} and {@code app-prod-data}. */
  public static void writeAssembly(Path dir) throws IOException {
    Files.writeString(dir.resolve("manifest.json"), """
        {"version": "48.0.0", "artifacts": {
          "assembly-delivery": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "assembly-delivery", "displayName": "delivery"}},
          "assembly-dev": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "assembly-dev", "displayName": "dev"}},
          "assembly-prod": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "assembly-prod", "displayName": "prod"}}}}
        """);
    String pipeline;
    try (InputStream in = DeliveryFlowTest.class.getResourceAsStream("pipeline.template.json")) {
      pipeline = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    stage(dir, "delivery", "444444444444/eu-west-1", List.of("app-delivery"), pipeline);
    stage(dir, "dev", "111111111111/eu-west-1", List.of("app-dev-data", "app-dev-services"), "{\"Resources\": {}}");
    stage(dir, "prod", "333333333333/eu-central-1", List.of("app-prod-data"), "{\"Resources\": {}}");
  }

  private static void stage(Path root, String name, String target, List<String> stacks, String template)
      throws IOException {
    Path dir = Files.createDirectories(root.resolve("assembly-" + name));
    StringBuilder artifacts = new StringBuilder();
    for (String stack : stacks) {
      Files.writeString(dir.resolve(stack + ".template.json"), template);
      artifacts.append(artifacts.length() == 0 ? "" : ",").append("\"").append(stack)
          .append("\": {\"type\": \"aws:cloudformation:stack\", \"environment\": \"aws://").append(target)
          .append("\", \"properties\": {\"templateFile\": \"").append(stack).append(".template.json\", \"stackName\": \"")
          .append(stack).append("\"}}");
    }
    Files.writeString(dir.resolve("manifest.json"), "{\"version\": \"48.0.0\", \"artifacts\": {" + artifacts + "}}");
  }

  @Test
  void stepsRunInOrderWithTheOpeningApprovalBeforeItsStage() {
    assertThat(flow.nodes()).filteredOn(n -> n.pipeline().isPresent())
        .extracting(DiagramNode::kind, DiagramNode::label, DiagramNode::detail)
        .containsExactly(
            tuple(NodeKind.PIPELINE_STAGE, "Source", "stage 1 · source example/app"),
            tuple(NodeKind.PIPELINE_STAGE, "Build", "stage 2 · 2 builds"),
            tuple(NodeKind.PIPELINE_STAGE, "dev", "stage 3 · deploys 2 stacks, 1 build"),
            tuple(NodeKind.APPROVAL, "PromoteToProd", "approval before prod"),
            tuple(NodeKind.PIPELINE_STAGE, "prod", "stage 4 · deploys 1 stack, 1 approval"));
    assertThat(flow.nodes()).filteredOn(n -> n.pipeline().isPresent()).extracting(n -> n.pipeline().orElseThrow())
        .containsOnly("pipeline/Delivery");
  }

  @Test
  void eachDeployingStageLeadsToTheAccountAndRegionOfTheEnvironmentItDeploys() {
    assertThat(flow.nodes()).filteredOn(n -> n.kind() == NodeKind.DEPLOYMENT_TARGET)
        .extracting(DiagramNode::label, DiagramNode::detail)
        .containsExactly(
            tuple("dev", "account 111111111111 · eu-west-1 · 2 stacks"),
            tuple("prod", "account 333333333333 · eu-central-1 · 1 stack"));
    assertThat(flow.edges()).filteredOn(e -> e.to().startsWith("node-target-"))
        .extracting(DiagramEdge::from, DiagramEdge::label)
        .containsExactly(
            tuple(STEP + "dev", "deploys app-dev-data, app-dev-services"),
            tuple(STEP + "prod", "deploys app-prod-data"));
  }

  @Test
  void deliveryEdgesJoinEachStepToTheNext() {
    assertThat(flow.edges()).filteredOn(e -> e.label().equals("then")).extracting(e -> e.from() + " > " + e.to())
        .containsExactly(
            STEP + "Source > " + STEP + "Build",
            STEP + "Build > " + STEP + "dev",
            STEP + "dev > " + STEP + "prod-PromoteToProd",
            STEP + "prod-PromoteToProd > " + STEP + "prod");
  }

  /** Groundwork's PROD approval has a stage of its own, before the windowed prod stage. */
  @Test
  void aStageOfApprovalsOnlyIsDrawnAsTheApprovalBeforeTheNextStage() {
    String template = "{\"Resources\": {\"Pipeline\": {\"Type\": \"AWS::CodePipeline::Pipeline\", \"Properties\": "
        + "{\"Stages\": ["
        + "{\"Name\": \"Source\", \"Actions\": [{\"Name\": \"app\", \"ActionTypeId\": {\"Category\": \"Source\"}}]},"
        + "{\"Name\": \"prod-approval\", \"Actions\": [{\"Name\": \"PromoteToProd\", \"ActionTypeId\": {\"Category\": \"Approval\"}}]},"
        + "{\"Name\": \"prod\", \"Actions\": [{\"Name\": \"app.Deploy\", \"ActionTypeId\": {\"Category\": \"Deploy\"},"
        + " \"Configuration\": {\"StackName\": \"app-prod\"}}]}]}}}}";
    StackTemplate stack = StackTemplate.of("app-delivery", "delivery", Tier.PROD, "p.template.json",
        StackTemplate.parse(template));
    PipelineSteps steps = PipelineSteps.of(stack.resource("Pipeline").orElseThrow(), "pipeline/Delivery");
    assertThat(steps.nodes()).extracting(DiagramNode::kind, DiagramNode::label, DiagramNode::detail)
        .containsExactly(
            tuple(NodeKind.PIPELINE_STAGE, "Source", "stage 1 · source app"),
            tuple(NodeKind.APPROVAL, "PromoteToProd", "approval before prod"),
            tuple(NodeKind.PIPELINE_STAGE, "prod", "stage 3 · deploys 1 stack"));
  }

  @Test
  void aPipelineWhoseStagesAreNotLiteralHasNoSteps() {
    assertThat(flow.nodes()).noneMatch(n -> n.id().startsWith("node-app-delivery-Unresolved"));
  }

  @Test
  void anAppWithoutPipelinesHasNoDeliveryFlow(@TempDir Path empty) throws IOException {
    Files.writeString(empty.resolve("manifest.json"), "{\"version\": \"48.0.0\", \"artifacts\": {}}");
    assertThat(DeliveryFlow.of(SynthesizedApp.read(empty))).isEmpty();
  }

  @Test
  void theFlowIsDrawnLeftToRightWithThePipelineInItsOwnBox() {
    String svg = ArchitectureSvg.render(flow);
    assertThat(svg).contains("class=\"group group-pipeline\"", "Pipeline pipeline/Delivery", "class=\"edge edge-delivery\"",
        "account 333333333333 · eu-central-1 · 1 stack");
    List<Double> xs = List.of("Source", "Build", "dev", "prod-PromoteToProd", "prod").stream()
        .map(step -> ArchitectureGraphTest.rect(svg, "<g id=\"" + STEP + step + "\"")[0]).toList();
    assertThat(xs).isSorted().doesNotHaveDuplicates();
  }
}

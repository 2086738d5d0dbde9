package dev.groundwork.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.core.Tier;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A delivery pipeline drawn as its stages in run order: source, build, a DEV wave, an approval, a PROD wave. */
class PipelineStepsTest {
  static final String PIPELINE = "node-app-delivery-Pipeline";

  static ArchitectureGraph graph(boolean reversed) {
    return ArchitectureGraph.of(SynthesizedApp.of(Path.of("cdk.out"), List.of(StackTemplate.of("app-delivery",
        "delivery", Tier.PROD, "pipeline.template.json", ArchitectureGraphTest.json("pipeline.template.json", reversed)))), "delivery");
  }

  final ArchitectureGraph graph = graph(false);

  @Test
  void stagesFollowTheirPipelineInRunOrderWithTheOpeningApprovalBeforeItsStage() {
    assertThat(graph.nodes()).filteredOn(n -> n.pipeline().equals(Optional.of(PIPELINE)))
        .extracting(DiagramNode::kind, DiagramNode::label)
        .containsExactly(
            tuple(NodeKind.PIPELINE_STAGE, "Source"),
            tuple(NodeKind.PIPELINE_STAGE, "Build"),
            tuple(NodeKind.PIPELINE_STAGE, "dev"),
            tuple(NodeKind.APPROVAL, "PromoteToProd"),
            tuple(NodeKind.PIPELINE_STAGE, "prod"));
    int pipeline = graph.nodes().indexOf(graph.node(PIPELINE).orElseThrow());
    assertThat(graph.nodes().get(pipeline + 1).label()).isEqualTo("Source");
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
    ArchitectureGraph own = ArchitectureGraph.of(SynthesizedApp.of(Path.of("cdk.out"), List.of(StackTemplate.of("app-delivery",
        "delivery", Tier.PROD, "p.template.json", StackTemplate.parse(template)))), "delivery");
    assertThat(own.nodes()).filteredOn(n -> n.pipeline().isPresent())
        .extracting(DiagramNode::kind, DiagramNode::label, DiagramNode::detail)
        .containsExactly(
            tuple(NodeKind.PIPELINE_STAGE, "Source", "stage 1 · source app"),
            tuple(NodeKind.APPROVAL, "PromoteToProd", "approval before prod"),
            tuple(NodeKind.PIPELINE_STAGE, "prod", "stage 3 · deploys 1 stack"));
  }

  @Test
  void eachStageSaysWhatItsActionsDo() {
    assertThat(graph.nodes()).filteredOn(n -> n.pipeline().isPresent()).extracting(DiagramNode::detail).containsExactly(
        "stage 1 · source example/app",
        "stage 2 · 2 builds",
        "stage 3 · deploys 2 stacks, 1 build",
        "approval before prod",
        "stage 4 · deploys 1 stack, 1 approval");
  }

  @Test
  void deliveryEdgesRunFromThePipelineThroughEveryStep() {
    String prefix = PIPELINE + "-";
    assertThat(graph.edges()).filteredOn(e -> e.kind() == EdgeKind.DELIVERY).extracting(e -> e.from() + " > " + e.to())
        .containsExactlyInAnyOrder(
            PIPELINE + " > " + prefix + "Source",
            prefix + "Source > " + prefix + "Build",
            prefix + "Build > " + prefix + "dev",
            prefix + "dev > " + prefix + "prod-PromoteToProd",
            prefix + "prod-PromoteToProd > " + prefix + "prod");
  }

  @Test
  void aPipelineWhoseStagesAreNotLiteralIsDrawnAloneInTheRegionalBox() {
    assertThat(graph.nodes()).filteredOn(n -> n.pipeline().equals(Optional.of("node-app-delivery-Unresolved"))).isEmpty();
    String svg = ArchitectureSvg.render(graph);
    assertThat(svg).contains("Regional services", "pipeline/Other");
  }

  @Test
  void theSvgDrawsEachPipelineInItsOwnBoxLeftToRightAndTheSameWhateverTheTemplateOrder() {
    String svg = ArchitectureSvg.render(graph);
    assertThat(ArchitectureSvg.render(graph(true))).isEqualTo(svg);
    assertThat(svg).contains("class=\"group group-pipeline\"", "Pipeline pipeline/Delivery/Pipeline",
        "stage 3 · deploys 2 stacks, 1 build", "class=\"edge edge-delivery\"", "delivery order (pipeline stages)");
    List<Integer> xs = List.of("Pipeline", "Pipeline-Source", "Pipeline-Build", "Pipeline-dev", "Pipeline-prod-PromoteToProd")
        .stream().map(id -> x(svg, "node-app-delivery-" + id)).toList();
    assertThat(xs).isSorted().doesNotHaveDuplicates();
    // Five to a row: the sixth step (prod) opens the second row at the left.
    assertThat(x(svg, "node-app-delivery-Pipeline-prod")).isEqualTo(xs.get(0));
  }

  private static int x(String svg, String id) {
    String line = svg.lines().filter(l -> l.startsWith("<g id=\"" + id + "\"")).findFirst().orElseThrow();
    String rect = line.substring(line.indexOf("<rect x=\"") + 9);
    return Integer.parseInt(rect.substring(0, rect.indexOf('"')));
  }
}

package dev.groundwork.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.core.SynthResult;
import dev.groundwork.cost.CostEstimate;
import dev.groundwork.cost.CostJson;
import dev.groundwork.cost.CostLine;
import dev.groundwork.cost.NotEstimated;
import dev.groundwork.diagram.ArchitectureGraph;
import dev.groundwork.diagram.ArchitectureSvg;
import dev.groundwork.diagram.DiagramEdge;
import dev.groundwork.diagram.DiagramNode;
import dev.groundwork.diagram.EdgeKind;
import dev.groundwork.diagram.NodeKind;
import dev.groundwork.report.HtmlReport;
import dev.groundwork.testing.SynthesisExtension;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What synthesis shows of the reference app before it is deployed: the monthly estimate, pinned
 * per environment with the bundled price table and the default assumptions (DEV is cheaper than
 * PROD for the reasons the tier table gives), the diagrams and the HTML report.
 */
class ReferenceAppInsightTest {
  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> ReferenceApp.create(Optional.of(outdir)));

  @Test
  void estimatePerEnvironmentIsPinned(SynthResult result) {
    CostEstimate cost = result.cost();
    assertThat(cost.environments()).containsExactly("dev", "staging", "prod");
    assertThat(cost.total("dev")).isEqualByComparingTo("116.51");
    assertThat(cost.total("staging")).isEqualByComparingTo("258.37");
    assertThat(cost.total("prod")).isEqualByComparingTo("369.04");
    assertThat(cost.total()).isEqualByComparingTo("743.92");
  }

  /** Tier table: DEV has one NAT gateway, STAGING and PROD one per AZ (2 and 3 AZs). */
  @Test
  void devRunsOneNatGatewayProdOnePerZone(SynthResult result) {
    assertThat(typeTotal(result.cost(), "dev", "AWS::EC2::NatGateway")).isEqualByComparingTo("39.84");
    assertThat(typeTotal(result.cost(), "prod", "AWS::EC2::NatGateway")).isEqualByComparingTo("119.52");
  }

  /** DEV reaches AWS services through the NAT gateway; STAGING and PROD pay for interface endpoints per AZ. */
  @Test
  void prodPaysForInterfaceEndpointsInThreeZones(SynthResult result) {
    assertThat(typeTotal(result.cost(), "dev", "AWS::EC2::VPCEndpoint")).isEqualByComparingTo("0.00");
    assertThat(typeTotal(result.cost(), "prod", "AWS::EC2::VPCEndpoint")).isEqualByComparingTo("120.50");
  }

  @Test
  void prodRunsMoreTasks(SynthResult result) {
    assertThat(typeTotal(result.cost(), "dev", "AWS::ECS::Service")).isEqualByComparingTo("27.03");
    assertThat(typeTotal(result.cost(), "prod", "AWS::ECS::Service")).isEqualByComparingTo("72.08");
    assertThat(result.cost().total("dev")).isLessThan(result.cost().total("staging"));
    assertThat(result.cost().total("staging")).isLessThan(result.cost().total("prod"));
  }

  @Test
  void bucketsQueuesAndTopicsAreListedAsNotEstimated(SynthResult result) {
    assertThat(result.cost().notEstimatedOf("prod")).extracting(NotEstimated::resourceType, NotEstimated::count)
        .contains(Tuple.tuple("AWS::S3::Bucket", 3),
            Tuple.tuple("AWS::SQS::Queue", 2),
            Tuple.tuple("AWS::SNS::Topic", 1));
  }

  @Test
  void synthesisWritesTheJsonBesideThePolicyReports(SynthResult result) throws Exception {
    String json = Files.readString(result.assemblyDirectory().resolve(CostJson.FILE));
    assertThat(json).contains("\"name\" : \"prod\"", "\"total\" : 369.04");
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
    assertThat(prod.nodes()).filteredOn(n -> n.kind() == NodeKind.NAT_GATEWAY).hasSize(3)
        .allMatch(n -> n.zone().equals(Optional.of("public")));
    assertThat(prod.nodes()).filteredOn(n -> n.kind() == NodeKind.SERVICE).extracting(DiagramNode::label)
        .containsExactly("services/Api/Service/Service", "services/Fulfilment/Service/Service");
    assertThat(prod.edges()).extracting(DiagramEdge::kind).contains(EdgeKind.TRAFFIC, EdgeKind.DATA, EdgeKind.EVENT);
  }

  @Test
  void theHtmlReportHoldsFindingsCostAndDiagrams(SynthResult result) throws Exception {
    String html = Files.readString(result.assemblyDirectory().resolve(HtmlReport.FILE));
    assertThat(html).contains("<table id=\"cost-table\">", "743.92", "<h3 id=\"diagram-prod\">",
        "services/Api/LoadBalancer");
    assertThat(result.assemblyDirectory().resolve("groundwork-rules.md")).isRegularFile();
  }
}

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
    assertThat(cost.environments()).containsExactly("dev", "staging", "prod", "delivery");
    assertThat(cost.total("dev")).isEqualByComparingTo("192.05");
    assertThat(cost.total("staging")).isEqualByComparingTo("626.23");
    assertThat(cost.total("prod")).isEqualByComparingTo("1010.34");
    assertThat(cost.total("delivery")).isEqualByComparingTo("13.30");
    assertThat(cost.total()).isEqualByComparingTo("1841.92");
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

  @Test
  void bucketsQueuesAndTopicsAreListedAsNotEstimated(SynthResult result) {
    assertThat(result.cost().notEstimatedOf("prod")).extracting(NotEstimated::resourceType, NotEstimated::count)
        .contains(Tuple.tuple("AWS::S3::Bucket", 5),
            Tuple.tuple("AWS::SQS::Queue", 2),
            Tuple.tuple("AWS::SNS::Topic", 4));
  }

  @Test
  void synthesisWritesTheJsonBesideThePolicyReports(SynthResult result) throws Exception {
    String json = Files.readString(result.assemblyDirectory().resolve(CostJson.FILE));
    assertThat(json).contains("\"name\" : \"prod\"", "\"total\" : 1010.34");
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
    // Three zones in PROD, in the shared network and in the platform stack's own.
    assertThat(prod.nodes()).filteredOn(n -> n.kind() == NodeKind.NAT_GATEWAY).hasSize(6)
        .allMatch(n -> n.zone().equals(Optional.of("public")))
        .extracting(n -> n.vpc().orElseThrow()).containsOnly("network/Network/Vpc", "platform/Network/Vpc");
    assertThat(prod.nodes()).filteredOn(n -> n.kind() == NodeKind.SERVICE).extracting(DiagramNode::label)
        .containsExactly("services/Api/Service/Service", "services/Fulfilment/Service/Service");
    assertThat(prod.edges()).extracting(DiagramEdge::kind).contains(EdgeKind.TRAFFIC, EdgeKind.DATA, EdgeKind.EVENT);
  }

  @Test
  void theHtmlReportHoldsFindingsCostAndDiagrams(SynthResult result) throws Exception {
    String html = Files.readString(result.assemblyDirectory().resolve(HtmlReport.FILE));
    assertThat(html).contains("<table id=\"cost-table\">", "1841.92", "<h3 id=\"diagram-prod\">",
        "services/Api/LoadBalancer");
    assertThat(result.assemblyDirectory().resolve("groundwork-rules.md")).isRegularFile();
  }
}

package dev.groundwork.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.core.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two stacks of one environment, joined by exports: a public load balancer, a private service, a queue, an alarm. */
class ArchitectureGraphTest {
  static final String LB = "node-shop-dev-services-Lb";
  static final String SERVICE = "node-shop-dev-services-Service";
  static final String QUEUE = "node-shop-dev-services-Queue";
  static final String DEAD_LETTERS = "node-shop-dev-services-DeadLetters";
  static final String TOPIC = "node-shop-dev-services-Topic";

  final ArchitectureGraph graph = ArchitectureGraph.of(app(false), "dev");

  static JsonNode json(String name, boolean reversed) {
    try (InputStream in = ArchitectureGraphTest.class.getResourceAsStream(name)) {
      JsonNode json = StackTemplate.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (reversed) {
        ObjectNode resources = (ObjectNode) json.path("Resources");
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        resources.fields().forEachRemaining(entries::add);
        Collections.reverse(entries);
        resources.removeAll();
        entries.forEach(e -> resources.set(e.getKey(), e.getValue()));
      }
      return json;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static SynthesizedApp app(boolean reversed) {
    return SynthesizedApp.of(Path.of("cdk.out"), List.of(
        StackTemplate.of("shop-dev-network", "dev", Tier.DEV, "network.template.json", json("network.template.json", reversed)),
        StackTemplate.of("shop-dev-services", "dev", Tier.DEV, "services.template.json", json("services.template.json", reversed))));
  }

  @Test
  void resourcesSitInTheSubnetTierTheirSubnetsAreTaggedWithAcrossStacks() {
    assertThat(graph.node(LB).orElseThrow().zone()).contains("public");
    assertThat(graph.node(SERVICE).orElseThrow().zone()).contains("private");
    assertThat(graph.node(SERVICE).orElseThrow().vpc()).contains("network/Vpc");
    assertThat(graph.node("node-shop-dev-network-Nat").orElseThrow().zone()).contains("public");
    assertThat(graph.node(DEAD_LETTERS).orElseThrow().zone()).isEmpty();
    assertThat(graph.node(QUEUE)).as("folded into the Orders node").isEmpty();
  }

  @Test
  void aNodeIsNamedAfterItsConstructNotItsCdkPath() {
    assertThat(graph.node(LB).orElseThrow()).satisfies(n -> {
      assertThat(n.label()).isEqualTo("Api");
      assertThat(n.construct()).isEqualTo("services/Api");
      assertThat(n.members()).extracting(DiagramNode.Member::path).containsExactly("services/Api/LoadBalancer");
    });
    assertThat(graph.node(TOPIC).orElseThrow().label()).isEqualTo("Alerts");
  }

  @Test
  void aConstructsResourcesInOnePlaceAreOneNodeAndItsPartsElsewhereAnother() {
    DiagramNode orders = graph.node(DEAD_LETTERS).orElseThrow();
    assertThat(orders.label()).isEqualTo("Orders");
    assertThat(orders.detail()).isEqualTo("2 queues, alarm");
    assertThat(orders.members()).extracting(DiagramNode.Member::logicalId)
        .containsExactlyInAnyOrder("Queue", "DeadLetters", "Alarm");
    assertThat(graph.nodeOf("shop-dev-services", "Queue")).contains(orders);
    assertThat(graph.nodeOf("shop-dev-services", "Alarm")).contains(orders);
    // The Api's load balancer runs in public subnets, its service in private ones: two nodes.
    assertThat(graph.nodes()).filteredOn(n -> n.label().equals("Api")).extracting(DiagramNode::kind)
        .containsExactly(NodeKind.LOAD_BALANCER, NodeKind.SERVICE);
  }

  @Test
  void securityGroupIngressIsTrafficFromTheInternetAndBetweenOwners() {
    assertThat(graph.edges()).contains(
        new DiagramEdge("node-internet", LB, EdgeKind.TRAFFIC, "tcp 443"),
        new DiagramEdge(LB, SERVICE, EdgeKind.TRAFFIC, "tcp 8080"));
  }

  @Test
  void iamGrantsOnAResourceAreDataEdgesAndWildcardsAreNot() {
    assertThat(graph.edges()).filteredOn(e -> e.kind() == EdgeKind.DATA)
        .containsExactly(new DiagramEdge(SERVICE, DEAD_LETTERS, EdgeKind.DATA, "sqs"));
  }

  @Test
  void edgesInsideOneNodeAreDroppedAndTheRestJoinTheirNodes() {
    // Queue > dead letters and dead letters > alarm are inside Orders; the alarm's action leaves it.
    assertThat(graph.edges()).filteredOn(e -> e.kind() == EdgeKind.EVENT)
        .containsExactly(new DiagramEdge(DEAD_LETTERS, TOPIC, EdgeKind.EVENT, "alarm"));
  }

  @Test
  void rolesPoliciesAndSecurityGroupsAreNotDrawn() {
    assertThat(graph.nodes()).extracting(DiagramNode::kind)
        .containsExactlyInAnyOrder(NodeKind.INTERNET, NodeKind.LOAD_BALANCER, NodeKind.SERVICE, NodeKind.NAT_GATEWAY,
            NodeKind.QUEUE, NodeKind.TOPIC);
  }

  @Test
  void theSvgIsLaidOutByElkInNestedBoxesAndTheSameWhateverTheTemplateOrder() {
    String svg = ArchitectureSvg.render(graph);
    assertThat(ArchitectureSvg.render(ArchitectureGraph.of(app(true), "dev"))).isEqualTo(svg);
    assertThat(svg).startsWith("<svg ").contains("data-layout=\"elk-layered\"", "id=\"" + SERVICE + "\"",
        "VPC network/Vpc", "public subnets", "private subnets", ">Orders</text>", "2 queues, alarm");
    assertThat(svg.lines().filter(l -> l.startsWith("<g id=\"node-"))).hasSize(graph.nodes().size());
    assertThat(svg.lines().filter(l -> l.startsWith("<g class=\"edge "))).hasSize(graph.edges().size())
        .allMatch(l -> l.contains("<path d=\"M"));
  }

  @Test
  void theZoneBoxSitsInsideItsVpcBox() {
    String svg = ArchitectureSvg.render(graph);
    double[] vpc = rect(svg, "class=\"group group-vpc\"");
    double[] zone = rect(svg, "class=\"group group-zone\"");
    assertThat(zone[0]).isGreaterThan(vpc[0]);
    assertThat(zone[1]).isGreaterThan(vpc[1]);
    assertThat(zone[0] + zone[2]).isLessThan(vpc[0] + vpc[2]);
    assertThat(zone[1] + zone[3]).isLessThan(vpc[1] + vpc[3]);
  }

  /** x, y, width, height of the first rect on the first line containing {@code marker}. */
  static double[] rect(String svg, String marker) {
    String line = svg.lines().filter(l -> l.contains(marker)).findFirst().orElseThrow();
    double[] values = new double[4];
    String[] names = {"x", "y", "width", "height"};
    for (int i = 0; i < 4; i++) {
      String from = line.substring(line.indexOf(" " + names[i] + "=\"") + names[i].length() + 3);
      values[i] = Double.parseDouble(from.substring(0, from.indexOf('"')));
    }
    return values;
  }
}

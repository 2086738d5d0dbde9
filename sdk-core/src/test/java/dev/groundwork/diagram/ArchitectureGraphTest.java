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
  static final String ALARM = "node-shop-dev-services-Alarm";
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
    assertThat(graph.node(QUEUE).orElseThrow().zone()).isEmpty();
  }

  @Test
  void labelsAreConstructPathsWithoutEnvironmentOrResourceSuffix() {
    assertThat(graph.node(LB).orElseThrow().label()).isEqualTo("services/Api/LoadBalancer");
    assertThat(graph.node(TOPIC).orElseThrow().label()).isEqualTo("services/Alerts");
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
        .containsExactly(new DiagramEdge(SERVICE, QUEUE, EdgeKind.DATA, "sqs"));
  }

  @Test
  void alarmsPointAtTheirTopicAndDeadLettersAtTheirQueue() {
    assertThat(graph.edges()).contains(
        new DiagramEdge(ALARM, TOPIC, EdgeKind.EVENT, "alarm"),
        new DiagramEdge(DEAD_LETTERS, ALARM, EdgeKind.EVENT, "metric"),
        new DiagramEdge(QUEUE, DEAD_LETTERS, EdgeKind.EVENT, "dead letters"));
  }

  @Test
  void rolesPoliciesAndSecurityGroupsAreNotDrawn() {
    assertThat(graph.nodes()).extracting(DiagramNode::kind).doesNotContainNull()
        .contains(NodeKind.INTERNET, NodeKind.LOAD_BALANCER, NodeKind.SERVICE, NodeKind.QUEUE, NodeKind.ALARM);
    assertThat(graph.nodes()).hasSize(8);
  }

  @Test
  void theSvgIsTheSameWhateverTheTemplateOrder() {
    String svg = ArchitectureSvg.render(graph);
    assertThat(ArchitectureSvg.render(ArchitectureGraph.of(app(true), "dev"))).isEqualTo(svg);
    assertThat(svg).startsWith("<svg ").contains("id=\"" + SERVICE + "\"", "VPC network/Vpc", "public subnets",
        "private subnets", "Regional services", "services/Api/Service/Service");
    assertThat(svg.lines().filter(l -> l.startsWith("<g id=\"node-"))).hasSize(8);
  }
}

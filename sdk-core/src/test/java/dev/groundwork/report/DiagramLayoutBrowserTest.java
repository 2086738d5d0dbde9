package dev.groundwork.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.core.Tier;
import dev.groundwork.diagram.ArchitectureGraph;
import dev.groundwork.diagram.ArchitectureSvg;
import dev.groundwork.diagram.DeliveryFlow;
import dev.groundwork.diagram.DeliveryFlowTest;
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
 * The diagrams as Chromium draws them: no two node boxes overlap, no text runs out of its box,
 * every edge starts and ends on the border of its nodes; and the check itself catches each of
 * those on a diagram drawn wrong on purpose. The reference app's diagrams get the same check in
 * {@code samples}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiagramLayoutBrowserTest {
  Path dir;
  DiagramLayoutCheck check;
  ArchitectureGraph environment;
  ArchitectureGraph flow;

  @BeforeAll
  void build(@TempDir Path tempDir) throws IOException {
    dir = tempDir;
    check = DiagramLayoutCheck.in(dir);
    SynthesizedApp app = SynthesizedApp.of(dir, List.of(
        stack("shop-dev-network", "network.template.json"), stack("shop-dev-services", "services.template.json")));
    environment = ArchitectureGraph.of(app, "dev");
    Path assembly = Files.createDirectories(dir.resolve("assembly"));
    DeliveryFlowTest.writeAssembly(assembly);
    flow = DeliveryFlow.of(SynthesizedApp.read(assembly)).orElseThrow();
  }

  private static StackTemplate stack(String name, String file) throws IOException {
    try (InputStream in = DiagramLayoutBrowserTest.class.getResourceAsStream("/dev/groundwork/diagram/" + file)) {
      return StackTemplate.of(name, "dev", Tier.DEV, file,
          StackTemplate.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
  }

  @Test
  void anEnvironmentDiagramHasNoOverlapNoCutTextAndEveryEdgeOnItsNodes() throws Exception {
    DiagramLayoutCheck.Verdict verdict = check.check(ArchitectureSvg.render(environment));
    assertThat(verdict.problems()).isEmpty();
    assertThat(verdict.nodes()).isEqualTo(environment.nodes().size());
    assertThat(verdict.edges()).isEqualTo(environment.edges().size()).isPositive();
    // Account and region, VPC, two subnet tiers, and the box of unconnected regional nodes.
    assertThat(verdict.groups()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void theDeliveryFlowHasNoOverlapNoCutTextAndEveryEdgeOnItsNodes() throws Exception {
    DiagramLayoutCheck.Verdict verdict = check.check(ArchitectureSvg.render(flow));
    assertThat(verdict.problems()).isEmpty();
    assertThat(verdict.nodes()).isEqualTo(flow.nodes().size());
    assertThat(verdict.edges()).isEqualTo(flow.edges().size());
  }

  @Test
  void theCheckCatchesOverlapsCutTextAndEdgesThatMissTheirNodes() throws Exception {
    String broken = """
        <svg xmlns="http://www.w3.org/2000/svg" class="groundwork-diagram" width="600" height="300" font-size="12">
        <g class="group group-vpc" id="group-vpc"><rect x="0" y="0" width="40" height="200"/><text x="5" y="15">VPC with a long name</text></g>
        <g class="edge" data-from="node-a" data-to="node-b"><path d="M60,30 L400,250"/></g>
        <g class="edge" data-from="node-a" data-to="node-gone"><path d="M60,30 L80,30"/></g>
        <g id="node-a" class="node"><rect class="node-box" x="10" y="10" width="100" height="40"/><text x="20" y="30">short</text></g>
        <g id="node-b" class="node"><rect class="node-box" x="90" y="30" width="60" height="40"/><text x="100" y="50">a label far too long for its box</text></g>
        </svg>
        """;
    assertThat(check.check(broken).problems()).containsExactlyInAnyOrder(
        "overlap: node-a and node-b",
        "cut: node-b \"a label far too long for its box\" ends at " + cutEnd(broken) + ", its box at 150.0",
        "cut: group-vpc \"VPC with a long name\" ends at " + cutEnd(broken, "VPC with a long name") + ", its box at 40.0",
        "edge does not start on its node: node-a > node-b at 60.0,30.0",
        "edge to nowhere: node-a > node-gone");
  }

  /** Where Chromium ends the text, as the check reports it (the font decides the figure). */
  private String cutEnd(String svg) throws Exception {
    return cutEnd(svg, "a label far too long for its box");
  }

  private String cutEnd(String svg, String text) throws Exception {
    return check.check(svg).problems().stream().filter(p -> p.contains("\"" + text + "\"")).findFirst()
        .map(p -> p.substring(p.indexOf("ends at ") + 8, p.indexOf(','))).orElse("(not reported)");
  }
}

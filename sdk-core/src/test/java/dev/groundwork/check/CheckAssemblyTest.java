package dev.groundwork.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.core.Tier;
import dev.groundwork.policy.PolicyReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cloud assembly (cdk.out) with a stack in the app, a stage, and a nested stack in the stage. */
class CheckAssemblyTest {
  static final Path ASSEMBLY = CheckCommandTest.FIXTURES.resolve("assembly");

  @TempDir Path output;

  private PolicyReport check(CheckRequest.Builder request) {
    return CheckCommand.execute(request.output(output).build(), new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        getClass().getClassLoader()).report().orElseThrow();
  }

  @Test
  void readsTheAppsStacksTheStagesStacksAndTheirNestedStacks() {
    PolicyReport report = check(CheckRequest.builder(Path.of("")).path(ASSEMBLY));
    assertThat(report.stacks()).extracting(s -> s.environment() + " " + s.stack() + " " + s.templateFile())
        .containsExactly(
            "Prod Prod-Orders " + ASSEMBLY.resolve("assembly-Prod/ProdOrders.template.json"),
            "Prod Prod-Orders-NetworkNestedStackNetworkNestedStackResource5E1B5F3A "
                + ASSEMBLY.resolve("assembly-Prod/ProdOrdersNetwork7C1A2B3D.nested.template.json"),
            "default Shared " + ASSEMBLY.resolve("Shared.template.json"));
  }

  @Test
  void findingsInANestedStackCarryItsConstructPath() {
    PolicyReport report = check(CheckRequest.builder(Path.of("")).path(ASSEMBLY));
    assertThat(report.findings()).filteredOn(f -> f.ruleId().value().equals("GW_EC2_SG_NO_OPEN_INGRESS"))
        .singleElement().satisfies(f -> {
          assertThat(f.constructPath()).isEqualTo("Prod/Orders/Network/AdminGroup/Resource");
          assertThat(f.message()).contains("ingress from 0.0.0.0/0 on tcp/ports 3389-3389");
        });
  }

  @Test
  void eachStageTakesTheTierItIsGiven() {
    PolicyReport report = check(CheckRequest.builder(Path.of("")).path(ASSEMBLY).tier(Tier.DEV).tier("Prod", Tier.PROD));
    assertThat(report.stacks()).extracting(s -> s.environment() + "=" + s.tier())
        .containsExactly("Prod=PROD", "Prod=PROD", "default=DEV");
  }
}

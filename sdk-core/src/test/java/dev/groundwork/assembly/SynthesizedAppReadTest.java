package dev.groundwork.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.core.Tier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthesizedAppReadTest {

  static Path assembly(Path root) throws Exception {
    Files.writeString(root.resolve("manifest.json"), ("{'artifacts': {'assembly-dev': {'type': "
        + "'cdk:cloud-assembly', 'properties': {'directoryName': 'assembly-dev', 'displayName': 'dev'}}}}")
        .replace('\'', '"'));
    Path stage = Files.createDirectories(root.resolve("assembly-dev"));
    Files.writeString(stage.resolve("manifest.json"), ("{'artifacts': {'devdata': {'type': "
        + "'aws:cloudformation:stack', 'properties': {'templateFile': 'devdata.template.json', "
        + "'stackName': 'orders-dev-data'}}}}").replace('\'', '"'));
    Files.writeString(stage.resolve("devdata.template.json"),
        "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}}");
    return root;
  }

  @Nested
  class Stacks {
    @Test
    void followsNestedStageAssemblies(@TempDir Path dir) throws Exception {
      List<StackTemplate> stacks = SynthesizedApp.read(assembly(dir), env -> Tier.STAGING).stacks();
      assertThat(stacks).singleElement().satisfies(s -> {
        assertThat(s.environment()).contains("dev");
        assertThat(s.tier()).contains(Tier.STAGING);
        assertThat(s.stackName()).isEqualTo("orders-dev-data");
        assertThat(s.templateFile()).isEqualTo("assembly-dev/devdata.template.json");
        assertThat(s.resourcesOfType("AWS::SQS::Queue")).hasSize(1);
      });
    }

    @Test
    void leavesTheTierUnknownWhenNotGiven(@TempDir Path dir) throws Exception {
      assertThat(SynthesizedApp.read(assembly(dir)).stacks()).singleElement()
          .satisfies(s -> assertThat(s.tier()).isEmpty());
    }

    @Test
    void acceptsARelativeAssemblyPath(@TempDir Path dir) throws Exception {
      assembly(dir);
      Path relative = Path.of("").toAbsolutePath().relativize(dir);
      assertThat(SynthesizedApp.read(relative, env -> Tier.DEV).stacks()).hasSize(1);
    }
  }

  @Nested
  class InvalidInput {
    @Test
    void namesTheMissingManifest(@TempDir Path dir) {
      assertThatThrownBy(() -> SynthesizedApp.read(dir, env -> Tier.DEV))
          .hasMessageContaining("manifest.json").hasMessageContaining("cdk.out");
    }
  }
}

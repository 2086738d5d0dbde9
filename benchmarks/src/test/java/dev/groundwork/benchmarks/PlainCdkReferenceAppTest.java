package dev.groundwork.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.constructs.IConstruct;
import software.amazon.awscdk.Stack;

/**
 * The synth benchmark compares Groundwork with plain CDK on equal work; this keeps the two
 * construct trees equal as the reference app grows (it builds them, without synthesizing).
 */
class PlainCdkReferenceAppTest {
  @Test
  void plainCdkBuildsTheSameStacksAndConstructsAsGroundwork(@TempDir Path outdir) {
    List<String> groundwork = paths(GroundworkReferenceApp.create(Optional.of(outdir.resolve("gw")))
        .cdkApp().getNode().findAll());
    List<String> plain = paths(PlainCdkReferenceApp.build(outdir.resolve("plain").toString())
        .getNode().findAll());

    assertThat(plain).filteredOn(path -> path.startsWith("stack ")).isNotEmpty();
    assertThat(plain).containsExactlyElementsOf(groundwork);
  }

  /** Stack names and every construct path below the stages, in tree order. */
  private static List<String> paths(List<IConstruct> constructs) {
    return constructs.stream()
        .filter(construct -> construct.getNode().getPath().contains("/"))
        .map(construct -> construct instanceof Stack stack
            ? "stack " + stack.getStackName() + " at " + construct.getNode().getPath()
            : construct.getNode().getPath())
        .toList();
  }
}

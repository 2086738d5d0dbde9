package dev.groundwork.benchmarks;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;

import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.testing.SynthesisExtension;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One test through the extension: separates JUnit's own start-up from the cost of more tests. */
public class OneTestOnTheReferenceApp {
  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> GroundworkReferenceApp.create(Optional.of(outdir)));

  @Test
  void requiredTagsOnEveryTaggableResource(SynthesizedApp app) {
    assertThat(app).allStacks().taggableResources().isNotEmpty().allHaveTags("environment", "team", "cost-center");
  }
}

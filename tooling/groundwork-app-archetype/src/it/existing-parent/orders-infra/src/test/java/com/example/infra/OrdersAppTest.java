package com.example.infra;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.testing.SynthesisExtension;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The app's tests, and proof that the plugin's declaration alone set the test JVM up as
 * groundwork-app-parent does: this build has no node on its PATH.
 */
class OrdersAppTest {
  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.ofMain(OrdersApp.class);

  @Test
  void documentsBucketIsRetainedAndThePolicyPasses(SynthesizedApp app) {
    assertThat(app).stack("orders-dev-data").resource("dev/data/Documents/Bucket").isRetained();
    assertThat(app).report().hasNoErrors();
  }

  @Test
  void theTestJvmGetsGroundworksTestConfiguration() {
    assertThat(System.getenv("CDK_VALIDATION")).isEqualTo("false");
    assertThat(Path.of(System.getenv("JSII_NODE"))).as("the node goal's Node.js").isExecutable();
    assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments()).contains("-XX:TieredStopAtLevel=1");
  }
}

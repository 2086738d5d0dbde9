package dev.groundwork.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.app.SynthCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dependency cycle in an app with a {@link DeliveryPipeline}: CDK Pipelines synthesizes each
 * environment while the pipeline is built, inside the app's own code, where a cycle used to
 * escape as jsii's stack trace (exit status 1) whose message blamed the reference being added.
 * The app runs in a JVM of its own ({@link CyclicDeliveryApp#main}) for its real exit status.
 */
class DeliveryPipelineCycleTest {
  private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(3);

  @Test
  void aCycleIsOneLineNamingBothStacksAndTheirReferencesAndExitsWithStatusFour(@TempDir Path dir) throws Exception {
    Path outdir = dir.resolve("cdk.out");
    Path stderr = dir.resolve("stderr.txt");
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classpath, CyclicDeliveryApp.class.getName(), outdir.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile()).start();
    if (!child.waitFor(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      child.destroyForcibly();
      throw new AssertionError("the app took over " + CHILD_TIMEOUT);
    }
    String err = Files.readString(stderr);
    assertThat(child.exitValue()).as(err).isEqualTo(SynthCommand.SYNTHESIS_FAILED);
    List<String> lines = err.lines().toList();
    assertThat(lines).as(err).hasSize(2);
    assertThat(lines.get(0))
        .startsWith("[groundwork] synthesis of environment dev (2/2, DEV tier, 111111111111/eu-west-1) failed: "
            + "stacks shop-dev-")
        .contains("shop-dev-data", "shop-dev-services", "depend on each other",
            "shop-dev-data uses dev/services/Worker/ServiceSecurityGroup/Resource.GroupId",
            "shop-dev-services uses dev/data/Database/",
            "getting-started guide, \"A dependency cycle between stacks\"", outdir + " was not changed")
        .doesNotContain("would create a cyclic reference", "jsii");
    assertThat(lines.get(1)).startsWith(SynthCommand.RESULT_PREFIX + "dependency cycle between stacks ")
        .contains("shop-dev-data", "shop-dev-services");
    assertThat(outdir).doesNotExist();
  }
}

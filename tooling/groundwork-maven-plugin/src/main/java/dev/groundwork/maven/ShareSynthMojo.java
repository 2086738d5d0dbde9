package dev.groundwork.maven;

import dev.groundwork.assembly.inputs.SharedSynthesis;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the synth goal's run, as it would start it in {@code package}, and the fingerprint of
 * its inputs to {@code target/groundwork/shared-synthesis.json} before the tests run, so
 * that a test class synthesizing the same main class ({@code SynthesisExtension.ofMain}) can
 * stand for the synth goal's synthesis: it checks that its JVM runs the app as the goal would
 * (class path, environment, system properties, working directory, Java), records its assembly
 * with the goal's inputs, and the synth goal, finding them unchanged, skips. A build then pays for
 * one synthesis, not two.
 *
 * <p>Takes the synth goal's configuration (configure the plugin, not an execution). Does nothing
 * when the tests are skipped, when synthesis is skipped, or in a {@code pom} project.
 */
@Mojo(name = "share-synth", defaultPhase = LifecyclePhase.PROCESS_TEST_CLASSES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class ShareSynthMojo extends SynthRunMojo {

  /** Surefire's: with the tests skipped there is no test run to share the synthesis with. */
  @Parameter(property = "skipTests", defaultValue = "false")
  boolean skipTests;

  /** Maven's: tests neither compiled nor run, so nothing to share with. */
  @Parameter(property = "maven.test.skip", defaultValue = "false")
  boolean testSkip;

  @Override
  public void execute() throws MojoExecutionException {
    Path state = stateDirectory().toPath();
    try {
      SharedSynthesis.forget(state);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot remove the last shared synthesis from " + state + ": " + e.getMessage(), e);
    }
    if (skip || skipTests || testSkip || pomProject()) {
      getLog().debug("groundwork:share-synth: no test run to share the synthesis with");
      return;
    }
    PlannedRun planned = plan();
    SynthRun run = planned.run();
    Map<String, String> variables = new LinkedHashMap<>();
    SynthFingerprint.variables(run, environment, environmentVariables).forEach((name, value) -> {
      if (!SynthEnvironment.OUTPUT_ONLY.contains(name)) {
        variables.put(name, SharedSynthesis.hashOf(value));
      }
    });
    Map<String, String> properties = new LinkedHashMap<>();
    for (String option : run.jvmArguments()) {
      if (option.startsWith("-D")) {
        int equals = option.indexOf('=');
        properties.put(equals < 0 ? option.substring(2) : option.substring(2, equals),
            SharedSynthesis.hashOf(equals < 0 ? "" : option.substring(equals + 1)));
      }
    }
    planned.properties().forEach((name, value) -> properties.putIfAbsent(name, SharedSynthesis.hashOf(value)));
    SharedSynthesis shared = new SharedSynthesis(run.mainClass(), run.arguments(),
        run.workingDirectory().toPath().toAbsolutePath().normalize(), Path.of(System.getProperty("java.home")),
        run.classpath().stream().map(Path::of).toList(), variables, properties, planned.inputs());
    try {
      shared.writeTo(state);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + state.resolve(SharedSynthesis.FILE) + ": " + e.getMessage(), e);
    }
    getLog().info("groundwork:share-synth: a test that synthesizes " + run.mainClass()
        + " through SynthesisExtension.ofMain stands in for groundwork:synth (" + shown(state) + ")");
  }

  private String shown(Path state) {
    Path file = state.resolve(SharedSynthesis.FILE).toAbsolutePath().normalize();
    Path base = workingDirectory.toPath().toAbsolutePath().normalize();
    return file.startsWith(base) ? base.relativize(file).toString() : file.toString();
  }
}

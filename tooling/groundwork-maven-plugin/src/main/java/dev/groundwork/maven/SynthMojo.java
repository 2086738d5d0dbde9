package dev.groundwork.maven;

import dev.groundwork.assembly.inputs.InputsRecord;
import dev.groundwork.assembly.inputs.PreviousSynthesis;
import dev.groundwork.assembly.inputs.SharedSynthesis;
import dev.groundwork.assembly.inputs.SynthInputs;
import dev.groundwork.maven.classdata.SynthClassArchive;
import dev.groundwork.maven.classdata.SynthJvmStart;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Synthesizes the app: runs {@code mainClass} (whose {@code main} calls {@code
 * SynthCommand.run}) in a new JVM on the project's runtime classpath, with CDK's own validator
 * off, jsii's Node.js banners silenced and {@code JSII_NODE} set to the Node.js the plugin
 * provides (the {@code node} goal's, or found or installed here the same way), and fails the
 * build with Groundwork's one-line result ({@code 2 policy errors}, {@code invalid app: 3
 * problems}) and no stack trace. Does nothing in a {@code pom} project.
 *
 * <p>Skipped, with one line saying why, when the inputs of the last successful synthesis are
 * unchanged and its assembly is intact ({@link SynthFingerprint} lists what is seen); {@code
 * -Dgroundwork.synth.force=true} synthesizes regardless. A successful synthesis gets {@code
 * groundwork-inputs.json} in its assembly: every input with its hash, and the hash of the assembly.
 *
 * <p>A test run can have done the synthesis already: with {@code share-synth} bound before the
 * tests, a test class that synthesizes the main class through {@code SynthesisExtension.ofMain}
 * under the same conditions records its assembly with the goal's inputs, and the goal, finding
 * them unchanged, skips ({@code SharedSynthesis}).
 *
 * <p>The synth JVM starts from an archive of its library classes when there is one ({@link
 * SynthClassArchive}; {@code -Dgroundwork.synth.classArchive=false} turns it off).
 */
@Mojo(name = "synth", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class SynthMojo extends SynthRunMojo {

  /** Synthesizes even when the inputs of the last synthesis are unchanged and its assembly is intact. */
  @Parameter(property = "groundwork.synth.force", defaultValue = "false")
  boolean force;

  /**
   * Whether the synth JVM starts from an archive of its library classes (class data sharing), made
   * once per machine for each set of libraries: about a sixth less CPU per synthesis. The first
   * synthesis with new libraries records the classes it loads, the second archives them (several
   * seconds, once). See docs/maven-setup.md.
   */
  @Parameter(property = "groundwork.synth.classArchive", defaultValue = "true")
  boolean classArchive;

  /**
   * Where the archives are kept (the three most recently used). Default: {@code class-archives} in
   * the user's cache directory ({@code ~/.cache/groundwork} on Linux).
   */
  @Parameter(property = "groundwork.classArchives")
  File classArchives;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("groundwork:synth skipped");
      return;
    }
    if (pomProject()) {
      getLog().debug("groundwork:synth: nothing to synthesize in a pom project");
      return;
    }
    PlannedRun planned = plan();
    Path state = stateDirectory().toPath();
    PreviousSynthesis previous = new PreviousSynthesis(state);
    try {
      // What share-synth handed the test run is used up: the next build writes its own.
      SharedSynthesis.forget(state);
      PreviousSynthesis.Verdict verdict = previous.check(planned.inputs(), workingDirectory.toPath());
      if (verdict.upToDate() && !force) {
        getLog().info("groundwork:synth skipped: " + verdict.reason()
            + "; -Dgroundwork.synth.force=true synthesizes anyway");
        return;
      }
      getLog().info("groundwork:synth: " + (force ? "forced (-Dgroundwork.synth.force=true)" : verdict.reason()));
      previous.forget();
    } catch (IOException e) {
      throw new MojoExecutionException("cannot check the last synthesis recorded in " + state + ": " + e.getMessage(), e);
    }
    SynthJvmStart start = jvmStart(planned.run());
    SynthRun run = planned.run().startingWith(start);
    SynthOutcome outcome;
    try {
      outcome = run.run(System.err::println);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot start " + run.java() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("interrupted while synthesizing");
    }
    Optional<String> failure = outcome.failure(mainClass);
    try {
      start.finish(failure.isEmpty());
    } catch (IOException e) {
      getLog().warn("groundwork:synth: cannot keep the classes the synth JVM loaded for its class archive: "
          + e.getMessage());
    }
    if (failure.isPresent()) {
      throw new MojoFailureException(failure.get());
    }
    remember(previous, planned.inputs(), outcome);
  }

  /**
   * How the synth JVM starts: from the class archive when {@link #classArchive} is on and the
   * class path allows it; otherwise, saying why in one line, as Maven gives the class path.
   */
  private SynthJvmStart jvmStart(SynthRun run) {
    if (!classArchive) {
      return SynthJvmStart.asGiven(run.classpath());
    }
    Path directory = classArchives != null ? classArchives.toPath() : userCacheDirectory().resolve("class-archives");
    try {
      SynthJvmStart start = SynthClassArchive.forThisJvm(directory)
          .prepare(run.classpath(), line -> getLog().info("groundwork:synth: " + line));
      start.note().ifPresent(note -> getLog().info("groundwork:synth: no class archive for the synth JVM: " + note));
      return start;
    } catch (IOException e) {
      getLog().warn("groundwork:synth: no class archive for the synth JVM (" + directory + "): " + e.getMessage());
      return SynthJvmStart.asGiven(run.classpath());
    }
  }

  private void remember(PreviousSynthesis previous, SynthInputs inputs, SynthOutcome outcome)
      throws MojoExecutionException {
    if (outcome.assembly().isEmpty()) {
      getLog().info("groundwork:synth: " + mainClass + " did not say where it wrote its assembly (its main does not "
          + "end in SynthCommand.run), so the next build synthesizes again");
      return;
    }
    try {
      previous.remember(inputs, outcome.assembly().get(), InputsRecord.SYNTH_GOAL);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot record the synthesis inputs in " + outcome.assembly().get() + ": "
          + e.getMessage(), e);
    }
  }
}

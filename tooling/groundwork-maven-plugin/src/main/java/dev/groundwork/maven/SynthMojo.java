package dev.groundwork.maven;

import dev.groundwork.maven.inputs.FileHashCache;
import dev.groundwork.maven.inputs.InputsRecord;
import dev.groundwork.maven.inputs.PreviousSynthesis;
import dev.groundwork.maven.inputs.SynthInputs;
import dev.groundwork.maven.node.ProvidedNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * -Dgroundwork.synth.force=true} synthesizes regardless. A successful synthesis gets {@value
 * InputsRecord#FILE} in its assembly: every input with its hash, and the hash of the assembly.
 */
@Mojo(name = "synth", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class SynthMojo extends NodeProvidingMojo {

  /**
   * The app's main class, e.g. {@code com.example.infra.OrdersApp}; required except in a {@code
   * pom} project (a parent that binds this goal, such as groundwork-app-parent).
   */
  @Parameter(property = "groundwork.mainClass")
  String mainClass;

  /** Arguments passed to the app's {@code main}. */
  @Parameter
  List<String> arguments = List.of();

  /** Where the app runs; a relative {@code cdk.out} lands here. */
  @Parameter(property = "groundwork.workingDirectory", defaultValue = "${project.basedir}")
  File workingDirectory;

  /**
   * Whether aws-cdk-lib's own CloudFormation validator runs as well (it roughly doubles synth
   * time; Groundwork's policy engine checks the templates either way).
   */
  @Parameter(property = "groundwork.cdkValidation", defaultValue = "false")
  boolean cdkValidation;

  /**
   * Options for the synth JVM, separated by spaces. The default runs only the C1 compiler: a JVM
   * that lives seconds spends about a third less CPU (docs/benchmarks.md, "Faster start").
   */
  @Parameter(property = "groundwork.jvmArgs", defaultValue = "-XX:TieredStopAtLevel=1")
  String jvmArgs;

  /**
   * A previous cloud assembly (an earlier {@code cdk.out}, or a directory with one per
   * environment) for the replacement guard to compare with; passed to the app as {@code
   * GROUNDWORK_PREVIOUS_ASSEMBLY}; {@code none} compares with nothing. Default: unset (an already
   * set variable is passed on; without one the app compares with its output directory's
   * assembly, the last one that passed).
   */
  @Parameter(property = "groundwork.previousAssembly")
  File previousAssembly;

  /** Synthesizes even when the inputs of the last synthesis are unchanged and its assembly is intact. */
  @Parameter(property = "groundwork.synth.force", defaultValue = "false")
  boolean force;

  /**
   * Environment variables the app reads (besides those Groundwork and CDK read, which are always
   * part of the fingerprint), by name, e.g. {@code ORDERS_IMAGE_TAG}: a change of value makes the
   * next build synthesize. Only their hashes are recorded.
   */
  @Parameter(property = "groundwork.synth.environmentVariables")
  List<String> environmentVariables = List.of();

  /**
   * System properties the app reads, by name: passed from the build's ({@code mvn package
   * -Dname=value}) to the synth JVM, and part of the fingerprint.
   */
  @Parameter(property = "groundwork.synth.systemProperties")
  List<String> systemProperties = List.of();

  /**
   * Files and directories the app reads besides its classes, relative to the working directory
   * (Docker build contexts, configuration files): part of the fingerprint by content.
   */
  @Parameter(property = "groundwork.synth.inputFiles")
  List<File> inputFiles = List.of();

  /** Where the goal remembers its last synthesis and the hashes of dependency jars. */
  @Parameter(defaultValue = "${project.build.directory}/groundwork", readonly = true)
  File stateDirectory;

  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  String pluginVersion;

  /** Skips synthesis. */
  @Parameter(property = "groundwork.synth.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true, required = true)
  List<String> classpath;

  @Parameter(defaultValue = "${project.packaging}", readonly = true)
  String packaging;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("groundwork:synth skipped");
      return;
    }
    if ("pom".equals(packaging)) {
      getLog().debug("groundwork:synth: nothing to synthesize in a pom project");
      return;
    }
    if (mainClass == null || mainClass.isBlank()) {
      throw new MojoExecutionException("groundwork:synth needs the app's main class: set the property "
          + "<groundwork.mainClass> (or the plugin's <mainClass>), e.g. com.example.infra.App");
    }
    ProvidedNode node = provideNode();
    Map<String, String> properties = declaredProperties();
    List<String> jvmArguments = new ArrayList<>(jvmArgs == null || jvmArgs.isBlank()
        ? List.of() : List.of(jvmArgs.strip().split("\\s+")));
    jvmArguments.addAll(SynthFingerprint.propertyOptions(properties));
    Map<String, String> env = SynthEnvironment.withPreviousAssembly(SynthEnvironment.of(environment, cdkValidation,
        Optional.of(node.binary().path().toString())), Optional.ofNullable(previousAssembly).map(File::toPath));
    env.put(SynthEnvironment.PRINT_ASSEMBLY, "true");
    SynthRun run = new SynthRun(Path.of(System.getProperty("java.home"), "bin", "java"), jvmArguments, mainClass,
        classpath, arguments, workingDirectory, env);
    Path state = stateDirectory().toPath();
    PreviousSynthesis previous = new PreviousSynthesis(state);
    SynthInputs inputs;
    try {
      FileHashCache cache = FileHashCache.load(state.resolve("file-hashes.tsv"));
      inputs = SynthFingerprint.of(run, environment, environmentVariables, properties, inputFiles, pluginVersion,
          node.binary().version().toString(), cache);
      cache.save();
      PreviousSynthesis.Verdict verdict = previous.check(inputs, workingDirectory.toPath());
      if (verdict.upToDate() && !force) {
        getLog().info("groundwork:synth skipped: " + verdict.reason()
            + "; -Dgroundwork.synth.force=true synthesizes anyway");
        return;
      }
      getLog().info("groundwork:synth: " + (force ? "forced (-Dgroundwork.synth.force=true)" : verdict.reason()));
      previous.forget();
    } catch (IOException e) {
      throw new MojoExecutionException("cannot fingerprint the synthesis inputs in " + state + ": " + e.getMessage(), e);
    }
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
    if (failure.isPresent()) {
      throw new MojoFailureException(failure.get());
    }
    remember(previous, inputs, outcome);
  }

  private void remember(PreviousSynthesis previous, SynthInputs inputs, SynthOutcome outcome)
      throws MojoExecutionException {
    if (outcome.assembly().isEmpty()) {
      getLog().info("groundwork:synth: " + mainClass + " did not say where it wrote its assembly (its main does not "
          + "end in SynthCommand.run), so the next build synthesizes again");
      return;
    }
    try {
      previous.remember(inputs, outcome.assembly().get());
    } catch (IOException e) {
      throw new MojoExecutionException("cannot record the synthesis inputs in " + outcome.assembly().get() + ": "
          + e.getMessage(), e);
    }
  }

  /** Each declared system property with the build's value ({@code -Dname=value}), or null when unset. */
  private Map<String, String> declaredProperties() {
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : systemProperties) {
      String value = session != null ? session.getUserProperties().getProperty(name) : null;
      values.put(name, value != null ? value : System.getProperty(name));
    }
    return values;
  }

  private File stateDirectory() {
    return stateDirectory != null ? stateDirectory : new File(workingDirectory, "target/groundwork");
  }
}

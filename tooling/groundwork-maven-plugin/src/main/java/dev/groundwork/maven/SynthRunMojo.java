package dev.groundwork.maven;

import dev.groundwork.assembly.inputs.FileHashCache;
import dev.groundwork.assembly.inputs.SynthInputs;
import dev.groundwork.maven.node.NodeCache;
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
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that needs the synth goal's run as it would start it, and the fingerprint of its inputs:
 * {@code synth} itself, and {@code share-synth}, which hands them to the test run beforehand.
 * Their parameters are the same, so the plugin's configuration reaches both.
 */
abstract class SynthRunMojo extends NodeProvidingMojo {

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

  /** Where the goal remembers its last synthesis. */
  @Parameter(defaultValue = "${project.build.directory}/groundwork", readonly = true)
  File stateDirectory;

  /**
   * Where the content hashes of jars are remembered (by path, size and modification time), once per
   * machine, so neither a rebuild nor a clean build reads aws-cdk-lib's jar again. Default: {@code
   * file-hashes.tsv} in the user's cache directory ({@code ~/.cache/groundwork} on Linux).
   */
  @Parameter(property = "groundwork.hashCache")
  File hashCache;

  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  String pluginVersion;

  /** Skips synthesis. */
  @Parameter(property = "groundwork.synth.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true, required = true)
  List<String> classpath;

  @Parameter(defaultValue = "${project.packaging}", readonly = true)
  String packaging;

  /** The synth run as the goal starts it, and its inputs. */
  record PlannedRun(SynthRun run, SynthInputs inputs, Map<String, String> properties) {}

  /** Whether there is nothing to synthesize here: a {@code pom} project (a parent binding the goal). */
  boolean pomProject() {
    return "pom".equals(packaging);
  }

  /** The run the synth goal starts, with its fingerprinted inputs; the jar hashes are remembered in the state directory. */
  PlannedRun plan() throws MojoExecutionException {
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
    try {
      FileHashCache cache = FileHashCache.load(hashCacheFile());
      SynthInputs inputs = SynthFingerprint.of(run, environment, environmentVariables, properties, inputFiles,
          pluginVersion, node.binary().version().toString(), cache);
      cache.save();
      return new PlannedRun(run, inputs, properties);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot fingerprint the synthesis inputs (" + hashCacheFile() + ", " + state
          + "): " + e.getMessage(), e);
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

  private Path hashCacheFile() {
    return hashCache != null ? hashCache.toPath() : userCacheDirectory().resolve("file-hashes.tsv");
  }

  /** Groundwork's directory in the user's cache directory ({@code ~/.cache/groundwork} on Linux). */
  Path userCacheDirectory() {
    return NodeCache.defaultRoot(environment, System.getProperty("os.name"), Path.of(System.getProperty("user.home")))
        .getParent();
  }

  File stateDirectory() {
    return stateDirectory != null ? stateDirectory : new File(workingDirectory, "target/groundwork");
  }
}

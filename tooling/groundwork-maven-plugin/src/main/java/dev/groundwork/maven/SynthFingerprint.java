package dev.groundwork.maven;

import dev.groundwork.assembly.inputs.FileHashCache;
import dev.groundwork.assembly.inputs.SynthInputs;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inputs of a synth run as the goal sees them before starting it: what the forked JVM runs
 * (main class, arguments, JVM options, Java, its class path by content), what it reads (CDK's
 * context files and variables, the previous assembly, the variables and properties the project
 * declares, the files it declares), and the versions of Groundwork's plugin and Node.js.
 *
 * <p>What the app reads without declaring it (another environment variable, a file, the network,
 * the clock) is not seen: an app that reads such things declares them, or its builds pass
 * {@code -Dgroundwork.synth.force=true}.
 */
final class SynthFingerprint {
  /**
   * Variables Groundwork or aws-cdk-lib read in every app: the output directory, context the CDK
   * CLI passes ({@code -c key=value} becomes {@code CDK_CONTEXT_JSON}, or a file named by the
   * overflow variable when it is large), the default account and region, and the previous
   * assembly for the replacement guard.
   */
  static final List<String> ALWAYS_READ = List.of("CDK_OUTDIR", "CDK_CONTEXT_JSON", "CONTEXT_OVERFLOW_LOCATION_ENV",
      "CDK_DEFAULT_ACCOUNT", "CDK_DEFAULT_REGION", SynthEnvironment.PREVIOUS_ASSEMBLY);
  /** The CDK CLI's context files, read from the working directory. */
  static final List<String> CONTEXT_FILES = List.of("cdk.json", "cdk.context.json");

  private SynthFingerprint() {}

  /**
   * The inputs of running {@code run} with Maven's environment {@code inherited}.
   *
   * @param declaredVariables the environment variables the project says its app reads
   * @param declaredProperties the system properties the project says its app reads, with the values
   *     the synth JVM gets
   * @param declaredFiles files and directories the project says its app reads
   */
  static SynthInputs of(SynthRun run, Map<String, String> inherited, List<String> declaredVariables,
      Map<String, String> declaredProperties, List<File> declaredFiles, String pluginVersion, String nodeVersion,
      FileHashCache cache) throws IOException {
    Path workingDirectory = run.workingDirectory().toPath().toAbsolutePath().normalize();
    SynthInputs.Builder inputs = SynthInputs.builder(workingDirectory, Path.of(System.getProperty("user.home")), cache)
        .text("main-class", run.mainClass())
        .text("arguments", String.join("\n", run.arguments()))
        .text("jvm-options", String.join("\n", run.jvmArguments()))
        .text("working-directory", workingDirectory.toString())
        .text("version:java", System.getProperty("java.vendor") + " " + System.getProperty("java.version") + " "
            + run.java())
        .text("version:groundwork-maven-plugin", pluginVersion)
        .text("version:node", nodeVersion);
    for (String element : run.classpath()) {
      inputs.classpath(Path.of(element));
    }
    for (String file : CONTEXT_FILES) {
      inputs.file(workingDirectory.resolve(file));
    }
    for (File file : declaredFiles) {
      inputs.file(workingDirectory.resolve(file.toPath()));
    }
    Map<String, String> variables = variables(run, inherited, declaredVariables);
    variables.forEach(inputs::environment);
    declaredProperties.forEach(inputs::systemProperty);
    String previous = variables.get(SynthEnvironment.PREVIOUS_ASSEMBLY);
    if (previous != null && !previous.isBlank()) {
      inputs.assembly("previous-assembly", workingDirectory.resolve(previous));
    }
    return inputs.build();
  }

  /**
   * Every environment variable that is an input, with the value the synth JVM sees ({@code null}
   * when unset): those the goal sets, those Groundwork and CDK always read, and the declared ones.
   */
  static Map<String, String> variables(SynthRun run, Map<String, String> inherited, List<String> declaredVariables) {
    Map<String, String> environment = new LinkedHashMap<>(inherited);
    environment.putAll(run.environment());
    Set<String> names = new LinkedHashSet<>(run.environment().keySet());
    names.addAll(ALWAYS_READ);
    names.addAll(declaredVariables);
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : names) {
      values.put(name, environment.get(name));
    }
    return values;
  }

  /** {@code -Dname=value} for each declared property that has a value, for the synth JVM. */
  static List<String> propertyOptions(Map<String, String> declaredProperties) {
    List<String> options = new ArrayList<>();
    declaredProperties.forEach((name, value) -> {
      if (value != null) {
        options.add("-D" + name + "=" + value);
      }
    });
    return options;
  }
}

package dev.groundwork.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The environment variables the synth JVM is launched with, on top of Maven's own.
 *
 * <p>They must be set where the JVM is launched: jsii's Node process inherits the JVM's
 * environment, which Java cannot change once it runs (the reason {@code exec:java}, which runs
 * in Maven's JVM, cannot do this).
 */
final class SynthEnvironment {
  /** aws-cdk-lib 2.262+'s own CloudFormation validator; Groundwork's policy engine replaces it. */
  static final String CDK_VALIDATION = "CDK_VALIDATION";
  /** The Node.js binary jsii starts; unset, it starts {@code node} from the PATH. */
  static final String JSII_NODE = "JSII_NODE";
  /**
   * jsii prints a screen-filling banner for a Node.js line past its end of life unless this
   * lists its major version (comma-separated). Groundwork prints one line about it instead.
   */
  static final String SILENCE_END_OF_LIFE = "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION";
  /** The same banner for a line nearing its end of life; any value silences it. */
  static final String SILENCE_DEPRECATED = "JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION";
  /** The same banner for a line newer than jsii was tested with; any value silences it. */
  static final String SILENCE_UNTESTED = "JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION";
  /**
   * Node.js lines aws-cdk-lib still runs on (20 and newer) that jsii calls end-of-life; older
   * lines are refused by Groundwork before synthesis, with what to install.
   */
  static final String END_OF_LIFE_MAJORS = "20,21";
  /** The previous cloud assembly the replacement guard compares with ({@code PlatformApp}'s variable). */
  static final String PREVIOUS_ASSEMBLY = "GROUNDWORK_PREVIOUS_ASSEMBLY";
  /** The value of {@value #PREVIOUS_ASSEMBLY} that compares with nothing (PlatformApp.NO_PREVIOUS_ASSEMBLY). */
  static final String NO_PREVIOUS_ASSEMBLY = "none";

  /** Makes a successful run name its assembly on its last line ({@code SynthCommand}'s variable). */
  static final String PRINT_ASSEMBLY = "GROUNDWORK_PRINT_ASSEMBLY";

  /**
   * The variables the goal sets that change what the synth prints, never what it writes: a test
   * run need not have them to stand for the goal's synthesis.
   */
  static final List<String> OUTPUT_ONLY = List.of(PRINT_ASSEMBLY, SILENCE_END_OF_LIFE, SILENCE_DEPRECATED,
      SILENCE_UNTESTED);

  private SynthEnvironment() {}

  /**
   * The variables to set for the synth JVM.
   *
   * @param inherited Maven's environment; a {@code JSII_NODE} set there (for example by a build
   *     that installs Node.js locally) is kept unless {@code node} is given
   * @param cdkValidation whether CDK's own validator runs
   * @param node the Node.js binary to use, if configured on the plugin
   */
  static Map<String, String> of(Map<String, String> inherited, boolean cdkValidation, Optional<String> node) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put(CDK_VALIDATION, Boolean.toString(cdkValidation));
    String silenced = inherited.getOrDefault(SILENCE_END_OF_LIFE, "");
    env.put(SILENCE_END_OF_LIFE, silenced.isBlank() ? END_OF_LIFE_MAJORS : silenced + "," + END_OF_LIFE_MAJORS);
    env.put(SILENCE_DEPRECATED, "1");
    env.put(SILENCE_UNTESTED, "1");
    node.filter(n -> !n.isBlank()).ifPresent(n -> env.put(JSII_NODE, n));
    return env;
  }

  /**
   * {@code env} with {@value #PREVIOUS_ASSEMBLY} set to the absolute {@code previousAssembly}, if
   * given; to {@value #NO_PREVIOUS_ASSEMBLY} when it is that word (Maven makes it a path in the
   * project, which does not exist), which compares with nothing.
   */
  static Map<String, String> withPreviousAssembly(Map<String, String> env, Optional<Path> previousAssembly) {
    Map<String, String> out = new LinkedHashMap<>(env);
    previousAssembly.ifPresent(p -> out.put(PREVIOUS_ASSEMBLY,
        p.getFileName() != null && p.getFileName().toString().equals(NO_PREVIOUS_ASSEMBLY) && !Files.exists(p)
            ? NO_PREVIOUS_ASSEMBLY : p.toAbsolutePath().normalize().toString()));
    return out;
  }
}

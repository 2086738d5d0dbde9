package dev.groundwork.pipelines;

import dev.groundwork.core.GroundworkStyle;
import org.immutables.value.Value;

/**
 * The shell commands of the pipeline's build steps, each run by CodeBuild in a fresh checkout
 * with the Maven repository cached between builds. Defaults suit a Maven project made from the
 * Groundwork archetype.
 */
@Value.Immutable
@GroundworkStyle
public interface BuildCommands {

  /** Lint: Maven's validate phase (the enforcer and any checker bound to it). Default: {@code mvn -B -ntp validate}. */
  @Value.Default
  default String lint() {
    return "mvn -B -ntp validate";
  }

  /** The unit tests. Default: {@code mvn -B -ntp test}. */
  @Value.Default
  default String test() {
    return "mvn -B -ntp test";
  }

  /**
   * The build of the deliverable, tests already passed. Default: {@code mvn -B -ntp package
   * -DskipTests -Dgroundwork.synth.skip=true}: groundwork-app-parent binds the synth goal to
   * {@code package}, and the synth step synthesizes the commit, once, with the deployed assemblies
   * to compare with.
   */
  @Value.Default
  default String build() {
    return "mvn -B -ntp package -DskipTests -Dgroundwork.synth.skip=true";
  }

  /**
   * The dependency vulnerability scan, run beside lint. Default: OWASP dependency-check for
   * Maven, failing on a CVSS score of 7 or more.
   */
  @Value.Default
  default String dependencyScan() {
    return "mvn -B -ntp org.owasp:dependency-check-maven:12.1.0:check -DfailBuildOnCVSS=7";
  }

  /**
   * Synthesis with the Groundwork policy check: must write the cloud assembly to {@code cdk.out}
   * and exit non-zero when an ERROR finding remains (the Groundwork synth goal and
   * {@code SynthCommand} do, and print the change set against the deployed assemblies before the
   * findings). Default: {@code mvn -B -ntp compile groundwork:synth}.
   */
  @Value.Default
  default String synth() {
    return "mvn -B -ntp compile groundwork:synth";
  }

  /** Every default. */
  static BuildCommands defaults() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BuildCommands}. */
  final class Builder extends ImmutableBuildCommands.Builder {}
}

package dev.groundwork.pipelines;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The shell commands of the pipeline's build steps, each run by CodeBuild in a fresh checkout
 * with the Maven repository cached between builds. Defaults suit a Maven project made from the
 * Groundwork archetype.
 */
@Value.Immutable
@GroundworkStyle
public interface BuildCommands {
  /** The default lint command. */
  String LINT = "mvn -B -ntp test-compile -Dmaven.compiler.showWarnings=true -Dmaven.compiler.failOnWarning=true";
  /** Where the dependency scan keeps its vulnerability database; the scan step caches this directory. */
  String VULNERABILITY_DATABASE = "/root/.dependency-check";

  /**
   * Lint: the sources and tests compiled with every warning an error (javac's warnings as the
   * project's compiler configuration enables them, e.g. {@code -Xlint:all}; use of APIs marked
   * for removal warns by default), after the enforcer rules of the validate phase. Default:
   * {@value #LINT}.
   */
  @Value.Default
  default String lint() {
    return LINT;
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
   * The CVSS score from which a vulnerable dependency fails the dependency scan, 0 to 11 (11:
   * report only, never fail; scores go up to 10). Default: 7 (high and critical).
   */
  @Value.Default
  default double dependencyScanFailOnCvss() {
    return 7;
  }

  /**
   * The dependency vulnerability scan, run beside lint: OWASP dependency-check for Maven
   * ({@link PipelineTools#DEPENDENCY_CHECK}), failing from {@link #dependencyScanFailOnCvss()},
   * its vulnerability database kept in {@value #VULNERABILITY_DATABASE}, which the step caches in
   * the artifact bucket between runs (only the changes since the last run are downloaded).
   * Default: {@code mvn -B -ntp org.owasp:dependency-check-maven:<version>:check
   * -DfailBuildOnCVSS=<score> -DdataDirectory=<database>}.
   */
  @Value.Default
  default String dependencyScan() {
    return "mvn -B -ntp org.owasp:dependency-check-maven:" + PipelineTools.DEPENDENCY_CHECK + ":check"
        + " -DfailBuildOnCVSS=" + new BigDecimal(Double.toString(dependencyScanFailOnCvss()))
            .stripTrailingZeros().toPlainString()
        + " -DdataDirectory=" + VULNERABILITY_DATABASE;
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

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("BuildCommands");
    double score = dependencyScanFailOnCvss();
    if (!(score >= 0 && score <= 11)) {
      problems.add("PIPELINE_SCAN_SEVERITY", "dependencyScanFailOnCvss", score,
          "a CVSS score from 0 to 11 (11: never fail)", "Keep the default 7 (high and critical).");
    }
    problems.throwIfAny();
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

package dev.groundwork.pipelines;

import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.replacement.PreviousAssembly;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.pipelines.CodeBuildStep;
import software.amazon.awscdk.pipelines.FileSet;
import software.amazon.awscdk.services.s3.IBucket;

/**
 * The cloud assembly each environment runs, kept in the artifact bucket so the next synthesis
 * can run the replacement guard against it (docs/replacement-guard.md).
 *
 * <p>Only assemblies that passed are kept: the synth step fails on an ERROR finding (Groundwork
 * then writes the assembly beside {@code cdk.out}, never into the artifact), and the keep step
 * refuses an assembly marked rejected. After an environment's stage deploys, a step copies the
 * cloud assembly of that build (its CDK files, without Groundwork's reports) to
 * {@code s3://<artifact bucket>/deployed/<environment>/}. Before the synthesis, the synth step
 * downloads {@code deployed/} (one assembly per environment deployed so far, possibly of
 * different versions) and, when it holds any, passes it as {@code GROUNDWORK_PREVIOUS_ASSEMBLY}:
 * each environment's stacks are compared with the version that environment runs, and the
 * synthesis prints the change set per stack (added, modified in place, replaced, moved, removed)
 * in the step's log before the findings. On the first run nothing is there, nothing is compared,
 * and the log says so.
 */
final class DeployedAssemblies {
  /** Where the deployed assemblies live in the artifact bucket. */
  static final String PREFIX = "deployed/";
  /** Where the synth step downloads them. */
  static final String LOCAL = "/tmp/groundwork-deployed";
  private static final String BUCKET_VARIABLE = "ARTIFACT_BUCKET";
  /** What the synth step's log says on a first run, where the guard has nothing to compare with. */
  static final String NOTHING_DEPLOYED = "[groundwork] replacement guard: nothing deployed yet under " + PREFIX
      + ", so no change set and no comparison in this run";

  /**
   * The keep step's first command: a rejected assembly is never kept. The synth step fails before
   * one could reach a deployment (Groundwork writes it beside cdk.out, not into the artifact), so
   * this holds even for a synth command that ignores the exit status.
   */
  static final String REFUSE_REJECTED = "if [ -e " + PreviousAssembly.REJECTED_MARKER + " ]; then echo \"[groundwork] "
      + "this assembly was rejected; it is not kept as deployed\"; exit 1; fi";

  private final IBucket bucket;
  private final List<CodeBuildStep> keepSteps = new ArrayList<>();

  DeployedAssemblies(IBucket bucket) {
    this.bucket = bucket;
  }

  /** The variables the synth step needs for {@link #fetchCommand()}. */
  Map<String, String> synthEnvironment() {
    return Map.of(BUCKET_VARIABLE, bucket.getBucketName());
  }

  /**
   * Downloads every environment's deployed assembly and, if there is one, exports the variable
   * the synthesis reads, so its log shows the change set per stack before the findings; else
   * says in the log why there is none. A failed download fails the step rather than skip the
   * guard.
   */
  static String fetchCommand() {
    return "mkdir -p " + LOCAL + " && aws s3 sync \"s3://$" + BUCKET_VARIABLE + "/" + PREFIX + "\" " + LOCAL
        + " --only-show-errors && if [ -n \"$(ls -A " + LOCAL + ")\" ]; then export GROUNDWORK_PREVIOUS_ASSEMBLY="
        + LOCAL + "; else echo \"" + NOTHING_DEPLOYED + "\"; fi";
  }

  /**
   * The step, after {@code environment}'s stage deployed, that keeps {@code assembly} as what it
   * runs: the CDK files only, not Groundwork's reports beside them, so an assembly kept by an
   * older Groundwork version reads the same whatever its report format was.
   */
  CodeBuildStep keep(PlatformEnvironment environment, FileSet assembly) {
    CodeBuildStep step = CodeBuildStep.Builder.create("KeepDeployedAssembly")
        .input(assembly)
        .env(Map.of(BUCKET_VARIABLE, bucket.getBucketName()))
        .commands(List.of(REFUSE_REJECTED, "aws s3 sync . \"s3://$" + BUCKET_VARIABLE + "/" + PREFIX
            + environment.name() + "/\" --delete --exclude 'groundwork-*' --only-show-errors"))
        .build();
    keepSteps.add(step);
    return step;
  }

  /** Lets each keep step write under {@value #PREFIX}; call once the pipeline is built. */
  void grantKeepSteps() {
    keepSteps.forEach(step -> bucket.grantReadWrite(step.getProject(), PREFIX + "*"));
  }
}

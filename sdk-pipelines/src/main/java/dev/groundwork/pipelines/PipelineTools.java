package dev.groundwork.pipelines;

/**
 * The exact versions of the tools the pipeline installs or runs, written once here: the CDK CLI
 * (synthesis checks and the deploy and self-mutation steps), cdk-assets (asset publishing) and
 * OWASP dependency-check (the dependency scan). A version range or {@code latest} would let a
 * release of any of them change what the pipeline does without a commit; upgrade them here, on
 * purpose, and read their release notes.
 */
public final class PipelineTools {
  /** The {@code aws-cdk} CLI from npm, which CDK Pipelines installs in its synth, deploy and self-mutation steps. */
  public static final String CDK_CLI = "2.1149.0";
  /** The {@code cdk-assets} publisher from npm, which CDK Pipelines installs in every asset step. */
  public static final String CDK_ASSETS = "4.7.3";
  /** {@code org.owasp:dependency-check-maven}, the dependency scan's Maven plugin. */
  public static final String DEPENDENCY_CHECK = "12.1.0";

  private PipelineTools() {}
}

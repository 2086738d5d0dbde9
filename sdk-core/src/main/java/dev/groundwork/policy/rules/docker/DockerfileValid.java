package dev.groundwork.policy.rules.docker;

import dev.groundwork.assembly.DockerImageAsset;
import dev.groundwork.dockerfile.DockerfileException;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;

/** The Dockerfile of an image built from a directory exists and parses. */
public final class DockerfileValid implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_DOCKER_DOCKERFILE_VALID")
      .title("The Dockerfile of an image built from a directory exists and parses")
      .severity(Severity.ERROR)
      .resourceTypes(DockerImages.TASK_DEFINITION)
      .rationale("An image whose Dockerfile is missing or malformed fails only when the pipeline "
          + "publishes it, after the change was reviewed and merged; and none of the other "
          + "GW_DOCKER_* checks can read it. (ImageReference.fromDirectory refuses such a "
          + "directory at construction; this rule covers images from plain CDK's fromAsset.)")
      .remediation("Fix the Dockerfile at the line named, or point the asset at the directory "
          + "that holds the Dockerfile.")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    return DockerImages.eachAsset(ctx, DockerfileValid::check);
  }

  private static Evaluation check(DockerImageAsset asset, String path) {
    try {
      asset.dockerfile();
      return Evaluation.compliant();
    } catch (DockerfileException e) {
      return Evaluation.nonCompliant(path, "Dockerfile " + asset.describe()
          + (e.line() > 0 ? " line " + e.line() : "") + ": " + e.reason());
    }
  }
}

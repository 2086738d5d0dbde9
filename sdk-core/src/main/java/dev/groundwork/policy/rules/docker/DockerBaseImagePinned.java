package dev.groundwork.policy.rules.docker;

import dev.groundwork.assembly.DockerImageAsset;
import dev.groundwork.dockerfile.Dockerfile;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import java.util.Optional;

/** Every base image of a Dockerfile is pinned to a tag other than latest or to a digest. */
public final class DockerBaseImagePinned implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_DOCKER_BASE_IMAGE_PINNED")
      .title("Dockerfile base images are pinned to a tag other than latest, or to a digest")
      .severity(Severity.ERROR)
      .resourceTypes(DockerImages.TASK_DEFINITION)
      .rationale("FROM an image without a tag, or tagged latest, builds on whatever that name "
          + "points to on the day of the build: two builds of the same commit differ, and a "
          + "compromised or broken upstream release lands without a change in the repository.")
      .remediation("Name a version, better its digest: FROM eclipse-temurin:21-jre@sha256:<digest> "
          + "(docker buildx imagetools inspect <image> prints it).")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    return DockerImages.each(ctx, DockerBaseImagePinned::check);
  }

  private static Evaluation check(Dockerfile dockerfile, DockerImageAsset asset, String path, RuleContext ctx) {
    return DockerImages.eachBaseImage(dockerfile, asset, path, base -> base.isPinned() ? Optional.empty()
        : Optional.of(base.tag().isPresent() ? "tagged latest" : "without a tag (resolves to latest)"));
  }
}

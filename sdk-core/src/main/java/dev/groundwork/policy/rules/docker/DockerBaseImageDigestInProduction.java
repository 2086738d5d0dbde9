package dev.groundwork.policy.rules.docker;

import dev.groundwork.assembly.DockerImageAsset;
import dev.groundwork.core.Tier;
import dev.groundwork.dockerfile.Dockerfile;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import java.util.Optional;

/** In PROD, every base image of a Dockerfile is pinned by digest. */
public final class DockerBaseImageDigestInProduction implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_DOCKER_BASE_IMAGE_DIGEST_IN_PROD")
      .title("In PROD, Dockerfile base images are pinned by digest")
      .severity(Severity.WARNING)
      .resourceTypes(DockerImages.TASK_DEFINITION)
      .rationale("A tag is a name the publisher can move: eclipse-temurin:21-jre is rebuilt for "
          + "every patch release. A digest names exactly one image, so what PROD runs is what was "
          + "reviewed and scanned. A tag is still a pin (GW_DOCKER_BASE_IMAGE_PINNED passes), so "
          + "this is a warning, checked in PROD only.")
      .remediation("Add the digest to the tag: FROM eclipse-temurin:21-jre@sha256:<digest>, and let "
          + "a dependency bot propose digest updates.")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    if (ctx.tier() != Tier.PROD) {
      return Evaluation.notApplicable();
    }
    return DockerImages.each(ctx, DockerBaseImageDigestInProduction::check);
  }

  private static Evaluation check(Dockerfile dockerfile, DockerImageAsset asset, String path, RuleContext ctx) {
    return DockerImages.eachBaseImage(dockerfile, asset, path,
        base -> base.digest().isPresent() ? Optional.empty() : Optional.of("without a digest"));
  }
}

package dev.groundwork.policy.rules.docker;

import dev.groundwork.assembly.DockerImageAsset;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import java.nio.file.Files;

/** An image's build context has a {@code .dockerignore}. */
public final class DockerignorePresent implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_DOCKER_DOCKERIGNORE_PRESENT")
      .title("An image's build directory has a .dockerignore next to its Dockerfile")
      .severity(Severity.WARNING)
      .resourceTypes(DockerImages.TASK_DEFINITION)
      .rationale("Without a .dockerignore the whole directory is the build context: COPY . "
          + "copies .git, local .env files, keys and build output into the image, and CDK stages "
          + "all of it into the cloud assembly and the asset hash. It also makes builds slower "
          + "and images larger.")
      .remediation("Add a .dockerignore beside the Dockerfile that excludes everything but what "
          + "the build needs (a leading '*' line followed by '!src' style exceptions is the "
          + "safest shape).")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    return DockerImages.eachAsset(ctx, DockerignorePresent::check);
  }

  private static Evaluation check(DockerImageAsset asset, String path) {
    return Evaluation.failIf(!Files.isRegularFile(asset.directory().resolve(".dockerignore")), path,
        () -> "Dockerfile " + asset.describe() + ": its directory has no .dockerignore");
  }
}

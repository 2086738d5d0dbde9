package dev.groundwork.policy.rules.docker;

import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.DockerImageAsset;
import dev.groundwork.dockerfile.Dockerfile;
import dev.groundwork.dockerfile.Instruction;
import dev.groundwork.dockerfile.Stage;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The final stage of a Dockerfile sets a non-root {@code USER}. */
public final class DockerFinalStageNonRootUser implements Rule {

  private static final Set<String> ROOT = ImmutableSet.of("root", "0");

  private static final RuleInfo INFO = RuleInfo.builder("GW_DOCKER_FINAL_STAGE_NON_ROOT_USER")
      .title("The final stage of a Dockerfile sets a non-root USER")
      .severity(Severity.WARNING)
      .resourceTypes(DockerImages.TASK_DEFINITION)
      .rationale("Groundwork's services run containers as a non-root user anyway "
          + "(GW_ECS_CONTAINER_NON_ROOT_USER), but an image whose own user is root is root "
          + "wherever else it runs (a developer's docker run, a one-off ECS task, another "
          + "orchestrator), and its files are usually writable only by root, which tempts the "
          + "next person to run it as root.")
      .remediation("Create an unprivileged user in the final stage and switch to it as the last "
          + "USER, e.g. USER 10001:10001, after the steps that need root.")
      .escalates()
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    return DockerImages.each(ctx, DockerFinalStageNonRootUser::check);
  }

  private static Evaluation check(Dockerfile dockerfile, DockerImageAsset asset, String path, RuleContext ctx) {
    Stage last = dockerfile.finalStage();
    Optional<Instruction> user = dockerfile.lineage(last).stream()
        .map(stage -> stage.instructions("USER"))
        .filter(users -> !users.isEmpty())
        .map(users -> users.get(users.size() - 1))
        .findFirst();
    if (user.isEmpty()) {
      return Evaluation.nonCompliant(path, DockerImages.where(asset, last.from()) + ": the final "
          + last.describe() + " sets no USER, so the image runs as its base image's user (root "
          + "for most)");
    }
    List<String> words = user.get().words();
    String name = words.isEmpty() ? "" : words.get(0).split(":")[0];
    if (name.contains("$")) {
      return DockerImages.unknown(DockerImages.where(asset, user.get()) + ": the user is a variable");
    }
    return Evaluation.failIf(name.isEmpty() || ROOT.contains(name), path,
        () -> DockerImages.where(asset, user.get()) + ": the final image runs as root");
  }
}

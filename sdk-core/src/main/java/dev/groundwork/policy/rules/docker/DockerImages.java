package dev.groundwork.policy.rules.docker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.DockerImageAsset;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.dockerfile.Dockerfile;
import dev.groundwork.dockerfile.DockerfileException;
import dev.groundwork.dockerfile.Instruction;
import dev.groundwork.dockerfile.Stage;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Outcome;
import dev.groundwork.policy.RuleContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Finds the containers of a task definition whose image is a Docker image asset of the stack
 * (the image URI ends with {@code :<asset hash>}) and runs a check over each asset's Dockerfile.
 * A finding is reported on the task definition, at the container's {@code Image}, so the usual
 * suppressions of the task definition's construct apply.
 */
final class DockerImages {

  static final String TASK_DEFINITION = "AWS::ECS::TaskDefinition";

  /** A check of one parsed Dockerfile; {@code path} is the container's {@code Image} property path. */
  @FunctionalInterface
  interface Check {
    Evaluation check(Dockerfile dockerfile, DockerImageAsset asset, String path, RuleContext ctx);
  }

  private DockerImages() {}

  /**
   * Combines {@code check} over every container built from an asset; not applicable when none
   * is, and for a Dockerfile that does not parse (GW_DOCKER_DOCKERFILE_VALID reports that).
   */
  static Evaluation each(RuleContext ctx, Check check) {
    return eachAsset(ctx, (asset, path) -> {
      Dockerfile dockerfile;
      try {
        dockerfile = asset.dockerfile();
      } catch (DockerfileException e) {
        return Evaluation.notApplicable();
      }
      return check.check(dockerfile, asset, path, ctx);
    });
  }

  /** Combines {@code check} over every container built from an asset, Dockerfile unread. */
  static Evaluation eachAsset(RuleContext ctx, BiFunction<DockerImageAsset, String, Evaluation> check) {
    Map<String, DockerImageAsset> assets = ctx.template().dockerImageAssets();
    JsonNode containers = ctx.resource().property("ContainerDefinitions");
    if (assets.isEmpty() || !containers.isArray()) {
      return Evaluation.notApplicable();
    }
    Evaluation.Builder out = Evaluation.builder();
    boolean any = false;
    for (int i = 0; i < containers.size(); i++) {
      Optional<DockerImageAsset> asset = assetOf(containers.get(i).path("Image"), assets);
      if (asset.isPresent()) {
        Evaluation evaluation = check.apply(asset.get(), "Properties.ContainerDefinitions[" + i + "].Image");
        any |= evaluation.outcome() != Outcome.NOT_APPLICABLE;
        out.add(evaluation);
      }
    }
    return any ? out.build() : Evaluation.notApplicable();
  }

  private static Optional<DockerImageAsset> assetOf(JsonNode image, Map<String, DockerImageAsset> assets) {
    Optional<String> text = Intrinsics.flatText(image);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    int colon = text.get().lastIndexOf(':');
    return colon < 0 ? Optional.empty() : Optional.ofNullable(assets.get(text.get().substring(colon + 1)));
  }

  /** How messages open: {@code Dockerfile asset.1f2e…/Dockerfile line 4 (FROM node)}. */
  static String where(DockerImageAsset asset, Instruction instruction) {
    return "Dockerfile " + asset.describe() + " " + instruction.describe();
  }

  /**
   * Combines {@code problem} over the base image of every stage that starts from an image;
   * unknown where a build argument without a default is left in it.
   */
  static Evaluation eachBaseImage(Dockerfile dockerfile, DockerImageAsset asset, String path,
      Function<BaseImage, Optional<String>> problem) {
    Evaluation.Builder out = Evaluation.builder();
    for (Stage stage : dockerfile.stagesFromImages()) {
      BaseImage base = BaseImage.of(stage.baseImage());
      if (base.isUnresolved()) {
        out.add(unknown(where(asset, stage.from())
            + ": the base image depends on a build argument without a default"));
      } else {
        problem.apply(base).ifPresent(what -> out.violation(path, where(asset, stage.from()) + ": "
            + stage.describe() + " starts from \"" + base.text() + "\" " + what));
      }
    }
    return out.build();
  }

  /** An unknown outcome with its own reason (e.g. a build argument without a default). */
  static Evaluation unknown(String reason) {
    return new Evaluation(Outcome.UNKNOWN, List.of(), reason);
  }
}

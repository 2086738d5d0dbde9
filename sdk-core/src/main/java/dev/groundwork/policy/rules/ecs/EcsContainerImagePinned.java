package dev.groundwork.policy.rules.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import java.util.Optional;
import java.util.regex.Pattern;

/** ECS container images are pinned to a tag or digest other than latest. */
public final class EcsContainerImagePinned implements Rule {

  private static final Pattern TOKEN = Pattern.compile("\\$\\{[^}]*}");
  private static final String MARKER = "\u00a7";

  private static final RuleInfo INFO = RuleInfo.builder("GW_ECS_CONTAINER_IMAGE_PINNED")
      .title("ECS container images are pinned to a tag or digest other than latest")
      .severity(Severity.ERROR)
      .resourceTypes(Containers.TASK_DEFINITION)
      .rationale("An image without a tag, or tagged latest, changes under a running service: "
          + "deployments are not reproducible and rollbacks do not roll back.")
      .remediation("Use ContainerImage.fromAsset(...) (content-hash tag), fromEcrRepository(repo, "
          + "\"1.4.2\") or an image reference with @sha256 digest.")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    return Containers.each(ctx, EcsContainerImagePinned::check);
  }

  private static Evaluation check(JsonNode container, String path) {
    Optional<String> image = Intrinsics.flatText(container.path("Image"));
    if (image.isEmpty()) {
      return Evaluation.unknown(path + ".Image");
    }
    String reference = image.get();
    if (reference.contains("@sha256:")) {
      return Evaluation.compliant();
    }
    // ${AWS::Region} and friends contain colons: stand them in with one marker character.
    String shape = TOKEN.matcher(reference).replaceAll(MARKER);
    int colon = shape.lastIndexOf(':');
    String tag = colon > shape.lastIndexOf('/') ? shape.substring(colon + 1) : "";
    if (tag.contains(MARKER)) {
      return Evaluation.unknown(path + ".Image");
    }
    if (!tag.isEmpty() && !tag.equals("latest")) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant(path + ".Image",
        Containers.name(container) + " uses image \"" + reference + "\" "
            + (tag.isEmpty() ? "without a tag (resolves to latest)" : "tagged latest"));
  }
}

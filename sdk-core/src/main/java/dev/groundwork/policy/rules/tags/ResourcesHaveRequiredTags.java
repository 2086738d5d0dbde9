package dev.groundwork.policy.rules.tags;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSortedSet;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Intrinsics;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Taggable resources carry the required tag keys ({@code environment}, {@code team}, {@code cost-center}). */
public final class ResourcesHaveRequiredTags implements Rule {

  /** The keys the design requires on every taggable resource. */
  public static final Set<String> REQUIRED_KEYS = Set.of("environment", "team", "cost-center");

  private static final RuleInfo INFO = RuleInfo.builder("GW_TAGS_REQUIRED")
      .title("Taggable resources have the environment, team and cost-center tags")
      .severity(Severity.ERROR)
      .allResourceTypes()
      .rationale("Tags are how cost, ownership and incidents are traced back to a team and an "
          + "environment; an untagged resource belongs to nobody. Non-taggable types (CDK "
          + "metadata, custom resources, attachments) and the raw role and function of CDK's "
          + "custom-resource providers, which Tags.of cannot reach, are not checked.")
      .remediation("Declare the tags on the PlatformApp (they propagate), or "
          + "Tags.of(scope).add(\"team\", \"payments\") for resources created outside it.")
      .build();

  private static final Pattern PROVIDER_PATH =
      Pattern.compile("/Custom::[A-Za-z0-9]+CustomResourceProvider/");
  private static final Pattern PROVIDER_ID = Pattern.compile("^Custom[A-Za-z0-9]+CustomResourceProvider");

  private final SortedSet<String> required;

  /** The rule requiring {@link #REQUIRED_KEYS}. */
  public ResourcesHaveRequiredTags() {
    this(REQUIRED_KEYS);
  }

  /** The rule requiring {@code requiredKeys} instead (same id, e.g. for an organisation pack). */
  public ResourcesHaveRequiredTags(Set<String> requiredKeys) {
    this.required = ImmutableSortedSet.copyOf(requiredKeys);
  }

  /**
   * CDK's core {@code CustomResourceProvider} (behind e.g. restrictDefaultSecurityGroup and
   * autoDeleteObjects) writes its role and function as raw CfnResources that {@code Tags.of}
   * cannot tag; users cannot fix them, so they are not applicable. They live under a construct
   * named {@code Custom::<Name>CustomResourceProvider}, which also prefixes their logical ids.
   */
  private static boolean isCdkCustomResourceProvider(RuleContext ctx) {
    String path = ctx.resource().constructPath().orElse("");
    return PROVIDER_PATH.matcher(path).find()
        || PROVIDER_ID.matcher(ctx.resource().logicalId()).find();
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Optional<TaggableTypes.Shape> shape = TaggableTypes.shape(ctx.resource().type());
    if (shape.isEmpty() || isCdkCustomResourceProvider(ctx)) {
      return Evaluation.notApplicable();
    }
    JsonNode tags = ctx.resource().property("Tags");
    if (Intrinsics.isIntrinsic(tags)) {
      return Evaluation.unknown("Properties.Tags");
    }
    SortedSet<String> missing = new TreeSet<>(required);
    boolean unresolvedKey = false;
    if (shape.get() == TaggableTypes.Shape.MAP) {
      tags.fieldNames().forEachRemaining(missing::remove);
    } else {
      for (JsonNode tag : tags) {
        JsonNode key = tag.path("Key");
        unresolvedKey |= !key.isTextual();
        missing.remove(key.asText());
      }
    }
    if (missing.isEmpty()) {
      return Evaluation.compliant();
    }
    return unresolvedKey ? Evaluation.unknown("Properties.Tags")
        : Evaluation.nonCompliant("Properties.Tags", "missing tag" + (missing.size() > 1 ? "s " : " ")
            + String.join(", ", missing));
  }
}

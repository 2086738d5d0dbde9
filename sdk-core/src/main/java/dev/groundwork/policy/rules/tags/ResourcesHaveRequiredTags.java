package dev.groundwork.policy.rules.tags;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Taggability;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Taggable resources carry the required tag keys ({@code environment}, {@code team}, {@code cost-center}). */
public final class ResourcesHaveRequiredTags implements Rule {

  /** The keys the design requires on every taggable resource. */
  public static final Set<String> REQUIRED_KEYS = ImmutableSet.of("environment", "team", "cost-center");

  private static final RuleInfo INFO = RuleInfo.builder("GW_TAGS_REQUIRED")
      .title("Taggable resources have the environment, team and cost-center tags")
      .severity(Severity.ERROR)
      .allResourceTypes()
      .rationale("Tags are how cost, ownership and incidents are traced back to a team and an "
          + "environment; an untagged resource belongs to nobody. A type takes tags when "
          + "aws-cdk-lib's L1 class for it is taggable (the same answer groundwork-testing "
          + "gives); types without tags (CDK metadata, custom resources, attachments) are not "
          + "checked.")
      .remediation("Declare the tags on the PlatformApp (they propagate), or "
          + "Tags.of(scope).add(\"team\", \"payments\") for resources created outside it. The raw "
          + "role and function of a CDK custom-resource provider, which Tags.of cannot reach, get "
          + "their stack's tags from Aspects.of(provider).add(new CustomResourceProviderTags()).")
      .noControls("An organisational convention (ownership and cost allocation), not a control of the frameworks mapped here.")
      .build();

  private final SortedSet<String> required;

  /** The rule requiring {@link #REQUIRED_KEYS}. */
  public ResourcesHaveRequiredTags() {
    this(REQUIRED_KEYS);
  }

  /** The rule requiring {@code requiredKeys} instead (same id, e.g. for an organisation pack). */
  public ResourcesHaveRequiredTags(Set<String> requiredKeys) {
    this.required = ImmutableSortedSet.copyOf(requiredKeys);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    if (Taggability.of(ctx.resource().type()) != Taggability.TAGGABLE) {
      return Evaluation.notApplicable();
    }
    String property = ctx.resource().tagsPropertyName();
    String path = "Properties." + property;
    JsonNode tags = ctx.resource().property(property);
    if (Intrinsics.isIntrinsic(tags)) {
      return Evaluation.unknown(path);
    }
    SortedSet<String> missing = new TreeSet<>(required);
    boolean unresolvedKey = false;
    if (tags.isObject()) {
      // Some types (AWS::SSM::Parameter, AWS::EKS::Nodegroup, ...) take tags as a map.
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
    return unresolvedKey ? Evaluation.unknown(path)
        : Evaluation.nonCompliant(path, "missing tag" + (missing.size() > 1 ? "s " : " ")
            + String.join(", ", missing));
  }
}

package dev.groundwork.policy.rules.controltower.ecr;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Private repositories make image tags immutable. Mirrors CT.ECR.PR.3. */
public final class EcrRepositoryImmutableTags implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ECR_PRIVATE_TAG_IMMUTABILITY_ENABLED", "CT.ECR.PR.3",
          "Require Amazon ECR private repositories to have tag immutability enabled",
          nist("CA-9(1)"), nist("CM-2"), nist("CM-8(1)"))
      .resourceTypes("AWS::ECR::Repository")
      .rationale("With mutable tags, anyone who can push can replace the image behind a released tag, "
          + "and a deployment by tag runs something nobody reviewed.")
      .remediation("Set imageTagMutability(TagMutability.IMMUTABLE) on the repository.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode p = ctx.resource().properties();
    if (!isStruct(p)) {
      return withoutProperties();
    }
    return Evaluation.failIf(!is(p.path("ImageTagMutability"), "IMMUTABLE"), "Properties.ImageTagMutability",
        "image tags are mutable");
  }
}

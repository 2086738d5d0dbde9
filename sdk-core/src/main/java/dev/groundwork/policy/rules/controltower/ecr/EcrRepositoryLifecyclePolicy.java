package dev.groundwork.policy.rules.controltower.ecr;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyString;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Repositories have a lifecycle policy. Mirrors CT.ECR.PR.1. */
public final class EcrRepositoryLifecyclePolicy implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ECR_PRIVATE_LIFECYCLE_POLICY_CONFIGURED", "CT.ECR.PR.1",
          "Require Amazon ECR repositories to have a lifecycle policy configured",
          nist("CA-9(1)"), nist("CM-2"), nist("CM-2(2)"))
      .resourceTypes("AWS::ECR::Repository")
      .rationale("Without a lifecycle policy every pushed image stays forever, old vulnerable images "
          + "included, and storage cost grows with every build.")
      .remediation("Add a lifecycle rule (addLifecycleRule({maxImageCount: n})) to the repository "
          + "(Groundwork's ContainerRepository does).")
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
    JsonNode policy = p.path("LifecyclePolicy");
    return Evaluation.failIf(!isStruct(policy) || !isNonEmptyString(policy.path("LifecyclePolicyText")),
        "Properties.LifecyclePolicy", "the repository has no lifecycle policy");
  }
}

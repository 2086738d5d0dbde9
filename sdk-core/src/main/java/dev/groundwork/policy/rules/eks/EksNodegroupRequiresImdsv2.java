package dev.groundwork.policy.rules.eks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Managed node groups require IMDSv2 with a hop limit of 1. A node group has no metadata options
 * of its own, so the rule follows its launch template; without one, EKS's own template allows
 * IMDSv1 with a hop limit of 2.
 */
public final class EksNodegroupRequiresImdsv2 implements Rule {
  private static final String TEMPLATE = "AWS::EC2::LaunchTemplate";

  private static final RuleInfo INFO = RuleInfo.builder("GW_EKS_NODEGROUP_IMDSV2_REQUIRED")
      .title("EKS managed node groups require IMDSv2 with a hop limit of 1")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::EKS::Nodegroup")
      .rationale("Every pod can reach the node's metadata service unless tokens are required and "
          + "the response hop limit is 1; then a compromised pod has the node role's credentials "
          + "(pull any image, attach network interfaces, read the cluster's configuration).")
      .remediation("Use KubernetesCluster node groups, or give the node group a launch template "
          + "with requireImdsv2(true) and httpPutResponseHopLimit(1); workloads get AWS "
          + "permissions through Pod Identity instead.")
      .noControls("AWS Security Hub CSPM's IMDSv2 controls (EC2.8 "
          + "for instances, a launch-template control for templates) are the candidate sources; "
          + "their related requirements were not reviewed for node groups yet, so no control is "
          + "claimed.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode reference = ctx.resource().property("LaunchTemplate");
    if (Intrinsics.isAbsent(reference)) {
      return Evaluation.nonCompliant("Properties.LaunchTemplate",
          "node group has no launch template, so EKS's default allows IMDSv1 with a hop limit of 2");
    }
    JsonNode id = reference.has("Id") ? reference.path("Id") : reference.path("Name");
    Optional<Resource> target = ctx.template().resolve(id);
    if (target.isEmpty() || !target.get().type().equals(TEMPLATE)) {
      return Evaluation.unknown("Properties.LaunchTemplate");
    }
    String where = "Properties.LaunchTemplate (" + target.get().logicalId() + ")";
    JsonNode options = target.get().property("LaunchTemplateData").path("MetadataOptions");
    JsonNode tokens = options.path("HttpTokens");
    JsonNode hopLimit = options.path("HttpPutResponseHopLimit");
    if (Intrinsics.isIntrinsic(tokens) || Intrinsics.isIntrinsic(hopLimit)) {
      return Evaluation.unknown(where);
    }
    if (!"required".equals(tokens.asText())) {
      return Evaluation.nonCompliant(where,
          "HttpTokens is " + (tokens.isMissingNode() ? "not set (IMDSv1 allowed)" : tokens.asText()));
    }
    OptionalLong hops = Intrinsics.number(hopLimit);
    return Evaluation.failIf(hops.isEmpty() || hops.getAsLong() != 1, where,
        "HttpPutResponseHopLimit is " + (hops.isEmpty() ? "not set (EKS uses 2)" : hops.getAsLong())
            + ", so pods can reach the node's credentials");
  }
}

package dev.groundwork.policy.rules.eks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics.Truth;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

/**
 * A cluster's API endpoint is private, or public only to an allow-list. CloudFormation's default
 * is a public endpoint open to {@code 0.0.0.0/0}, so an absent setting fails.
 */
public final class EksEndpointPublicAccessRestricted implements Rule {
  private static final String PATH = "Properties.ResourcesVpcConfig.PublicAccessCidrs";

  private static final RuleInfo INFO = RuleInfo.builder("GW_EKS_ENDPOINT_PUBLIC_RESTRICTED")
      .title("EKS API endpoints are not public without an allow-list")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::EKS::Cluster")
      .rationale("A public endpoint open to the internet lets anyone probe the Kubernetes API for "
          + "unauthenticated paths and brute-force credentials; the cluster is only as safe as "
          + "its weakest access entry.")
      .remediation("Keep the endpoint private (the KubernetesCluster default), or set "
          + "publicEndpoint(true) with publicAccessCidrs naming the networks that need it.")
      .noControls("AWS Security Hub CSPM control EKS.1 and AWS Control Tower CT.EKS.PR.1 require "
          + "no public endpoint at all; this rule accepts a public endpoint with an allow-list, so "
          + "it does not evidence them.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode config = ctx.resource().property("ResourcesVpcConfig");
    Truth publicAccess = Intrinsics.truth(config.path("EndpointPublicAccess"));
    if (publicAccess == Truth.UNKNOWN) {
      return Evaluation.unknown("Properties.ResourcesVpcConfig.EndpointPublicAccess");
    }
    if (publicAccess == Truth.FALSE) {
      return Evaluation.compliant();
    }
    JsonNode cidrs = config.path("PublicAccessCidrs");
    if (Intrinsics.isIntrinsic(cidrs)) {
      return Evaluation.unknown(PATH);
    }
    if (Intrinsics.items(cidrs).isEmpty()) {
      return Evaluation.nonCompliant(PATH, "the endpoint is public and PublicAccessCidrs is not set "
          + "(EKS then allows 0.0.0.0/0)");
    }
    for (JsonNode cidr : Intrinsics.items(cidrs)) {
      if (Intrinsics.isIntrinsic(cidr)) {
        return Evaluation.unknown(PATH);
      }
      if (cidr.asText().equals("0.0.0.0/0")) {
        return Evaluation.nonCompliant(PATH, "the endpoint is public to 0.0.0.0/0");
      }
    }
    return Evaluation.compliant();
  }
}

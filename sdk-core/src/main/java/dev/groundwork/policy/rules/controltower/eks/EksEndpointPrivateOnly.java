package dev.groundwork.policy.rules.controltower.eks;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isFalse;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** EKS clusters serve their Kubernetes API on a private endpoint only. Mirrors CT.EKS.PR.1. */
public final class EksEndpointPrivateOnly implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_EKS_ENDPOINT_NO_PUBLIC_ACCESS", "CT.EKS.PR.1",
          "Require an Amazon EKS cluster to be configured with public access disabled to the "
          + "cluster Kubernetes API server endpoint.",
          nist("AC-21"), nist("AC-3"), nist("AC-3(7)"), nist("AC-4"), nist("AC-4(21)"),
          nist("AC-6"), nist("SC-7"), nist("SC-7(11)"), nist("SC-7(16)"), nist("SC-7(20)"),
          nist("SC-7(21)"), nist("SC-7(3)"), nist("SC-7(4)"), nist("SC-7(9)"))
      .resourceTypes("AWS::EKS::Cluster")
      .rationale("A public API endpoint can be reached, scanned and brute-forced from the internet even "
          + "with an allow-list; a private endpoint is reachable only from the VPC and networks "
          + "connected to it.")
      .remediation("Set endpointAccess(EndpointAccess.PRIVATE) on the cluster (CfnCluster: "
          + "resourcesVpcConfig.endpointPublicAccess false, endpointPrivateAccess true).")
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
    JsonNode vpc = p.path("ResourcesVpcConfig");
    return Evaluation.failIf(!isStruct(vpc) || !isFalse(vpc.path("EndpointPublicAccess"))
            || !isTrue(vpc.path("EndpointPrivateAccess")),
        "Properties.ResourcesVpcConfig",
            "the API endpoint is not private only (EndpointPublicAccess false, EndpointPrivateAccess true)");
  }
}

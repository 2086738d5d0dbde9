package dev.groundwork.policy.rules.controltower.dynamodb;

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

/** DAX clusters encrypt client connections with TLS. Mirrors CT.DAX.PR.3. */
public final class DaxClusterTlsEndpoint implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_DAX_TLS_ENDPOINT_ENCRYPTION", "CT.DAX.PR.3",
          "Require an Amazon DAX cluster to encrypt data in transit with Transport Layer Security "
          + "(TLS)",
          nist("AC-17(2)"), nist("AC-4"), nist("IA-5(1)"), nist("SC-12(3)"), nist("SC-13"),
          nist("SC-23"), nist("SC-23(3)"), nist("SC-7(4)"), nist("SC-8"), nist("SC-8(1)"),
          nist("SC-8(2)"), nist("SI-7(6)"))
      .resourceTypes("AWS::DAX::Cluster")
      .rationale("Without TLS, cached items and the requests for them cross the network in clear text.")
      .remediation("Set clusterEndpointEncryptionType \"TLS\" on the DAX cluster (only possible when it is "
          + "created).")
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
    return Evaluation.failIf(!is(p.path("ClusterEndpointEncryptionType"), "TLS"),
        "Properties.ClusterEndpointEncryptionType", "the cluster endpoint does not use TLS");
  }
}

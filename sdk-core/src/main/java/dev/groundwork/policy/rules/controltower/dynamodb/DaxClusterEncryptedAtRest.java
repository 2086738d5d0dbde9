package dev.groundwork.policy.rules.controltower.dynamodb;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** DAX clusters encrypt their cache at rest. Mirrors CT.DAX.PR.1. */
public final class DaxClusterEncryptedAtRest implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_DAX_CLUSTER_ENCRYPTION_ENABLED", "CT.DAX.PR.1",
          "Require encryption at rest for all Amazon DynamoDB Accelerator (DAX) clusters",
          nist("CA-9(1)"), nist("CM-3(6)"), nist("SC-13"), nist("SC-28"), nist("SC-28(1)"),
          nist("SC-7(10)"), nist("SI-7(6)"))
      .resourceTypes("AWS::DAX::Cluster")
      .rationale("A DAX cluster caches table items in memory and on disk; without encryption at rest "
          + "that cached data is not protected the way the table's is.")
      .remediation("Set sseSpecification.sseEnabled true on the DAX cluster.")
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
    JsonNode sse = p.path("SSESpecification");
    return Evaluation.failIf(!isStruct(sse) || !isTrue(sse.path("SSEEnabled")),
        "Properties.SSESpecification.SSEEnabled",
        "encryption at rest is not enabled");
  }
}

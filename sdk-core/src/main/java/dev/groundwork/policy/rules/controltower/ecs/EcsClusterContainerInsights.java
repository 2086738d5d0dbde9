package dev.groundwork.policy.rules.controltower.ecs;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** ECS clusters have Container Insights enabled. Mirrors CT.ECS.PR.2. */
public final class EcsClusterContainerInsights implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ECS_CONTAINER_INSIGHTS_ENABLED", "CT.ECS.PR.2",
          "Require any Amazon ECS cluster to have container insights activated",
          nist("AU-6(3)"), nist("AU-6(4)"), nist("CA-7"), nist("SI-2"))
      .resourceTypes("AWS::ECS::Cluster")
      .rationale("Container Insights collects per-task and per-service CPU, memory, network and restart "
          + "metrics; without it a failing or throttled task is hard to see.")
      .remediation("Set containerInsights(true) on the cluster (CfnCluster: clusterSettings name "
          + "containerInsights, value enabled).")
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
    JsonNode settings = p.path("ClusterSettings");
    boolean on = isNonEmptyList(settings)
        && anyOf(settings, s -> is(s.path("Name"), "containerInsights") && is(s.path("Value"), "enabled"));
    return Evaluation.failIf(!on, "Properties.ClusterSettings", "Container Insights is not enabled");
  }
}

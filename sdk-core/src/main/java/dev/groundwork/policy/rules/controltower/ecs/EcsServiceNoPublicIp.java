package dev.groundwork.policy.rules.controltower.ecs;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** ECS services do not assign public IP addresses to their tasks. Mirrors CT.ECS.PR.9. */
public final class EcsServiceNoPublicIp implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ECS_SERVICE_ASSIGN_PUBLIC_IP_DISABLED", "CT.ECS.PR.9",
          "Require Amazon ECS services not to assign public IP addresses automatically",
          nist("AC-21"), nist("AC-3"), nist("AC-3(7)"), nist("AC-4"), nist("AC-4(21)"),
          nist("AC-6"), nist("SC-7"), nist("SC-7(11)"), nist("SC-7(16)"), nist("SC-7(20)"),
          nist("SC-7(21)"), nist("SC-7(3)"), nist("SC-7(4)"), nist("SC-7(9)"))
      .resourceTypes("AWS::ECS::Service")
      .rationale("A task with a public IP address is reachable from the internet as soon as its security "
          + "group allows it; tasks in private subnets behind a load balancer are not.")
      .remediation("Leave assignPublicIp unset or false on the service and run its tasks in private "
          + "subnets.")
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
    JsonNode awsvpc = p.path("NetworkConfiguration").path("AwsvpcConfiguration");
    if (!isStruct(p.path("NetworkConfiguration")) || !isStruct(awsvpc)) {
      return Evaluation.notApplicable();
    }
    JsonNode assign = awsvpc.path("AssignPublicIp");
    return Evaluation.failIf(exists(assign) && !is(assign, "DISABLED"),
        "Properties.NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp",
            "AssignPublicIp is not DISABLED");
  }
}

package dev.groundwork.policy.rules.controltower.ecs;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isOneOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import java.util.Set;

/** EC2 and Fargate task definitions use awsvpc networking. Mirrors CT.ECS.PR.4. */
public final class EcsTaskDefinitionAwsvpcNetworking implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ECS_AWSVPC_NETWORKING_ENABLED", "CT.ECS.PR.4",
          "Require Amazon ECS tasks to use 'awsvpc' networking mode",
          nist("SC-7"), nist("SC-7(11)"), nist("SC-7(16)"), nist("SC-7(20)"), nist("SC-7(21)"),
          nist("SC-7(3)"), nist("SC-7(5)"), nist("SC-7(9)"))
      .resourceTypes("AWS::ECS::TaskDefinition")
      .rationale("With awsvpc each task gets its own network interface and security group, so network "
          + "rules apply per task instead of per host, and flow logs show each task.")
      .remediation("Set networkMode(NetworkMode.AWS_VPC) on the task definition (Fargate always does).")
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
    JsonNode compatibilities = p.path("RequiresCompatibilities");
    boolean inScope = !exists(compatibilities) || (isNonEmptyList(compatibilities)
        && anyOf(compatibilities, c -> isOneOf(c, PLATFORMS)));
    if (!inScope) {
      return Evaluation.notApplicable();
    }
    return Evaluation.failIf(!is(p.path("NetworkMode"), "awsvpc"), "Properties.NetworkMode",
        "NetworkMode is not awsvpc");
  }

  private static final Set<String> PLATFORMS = ImmutableSet.of("EC2", "FARGATE");
}

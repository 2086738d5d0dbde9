package dev.groundwork.policy.rules.controltower.lambda;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.allOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNameOrLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Functions run in subnets and security groups of a VPC of yours. Mirrors CT.LAMBDA.PR.3. */
public final class LambdaFunctionInVpc implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_LAMBDA_INSIDE_VPC", "CT.LAMBDA.PR.3",
          "Require an AWS Lambda function to be in a customer-managed Amazon Virtual Private "
          + "Cloud (VPC)",
          nist("AC-21"), nist("AC-3"), nist("AC-3(7)"), nist("AC-4"), nist("AC-4(21)"),
          nist("AC-6"), nist("SC-7"), nist("SC-7(11)"), nist("SC-7(16)"), nist("SC-7(20)"),
          nist("SC-7(21)"), nist("SC-7(3)"), nist("SC-7(4)"), nist("SC-7(9)"))
      .resourceTypes("AWS::Lambda::Function")
      .rationale("A function in your VPC reaches only what its security groups and routes allow, and its "
          + "traffic shows in your flow logs; outside a VPC it has the open internet and nothing to "
          + "inspect.")
      .remediation("Set vpc(vpc), vpcSubnets(...) and securityGroups(...) on the function; for CDK's own "
          + "provider functions, where the construct allows, pass the VPC too.")
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
    JsonNode vpc = p.path("VpcConfig");
    if (!isStruct(vpc)) {
      return Evaluation.nonCompliant("Properties.VpcConfig", "the function is not in a VPC");
    }
    Evaluation.Builder out = Evaluation.builder();
    if (!everyId(ctx, vpc.path("SubnetIds"), "AWS::EC2::Subnet")) {
      out.violation("Properties.VpcConfig.SubnetIds", "SubnetIds is not a list of subnet ids");
    }
    if (!everyId(ctx, vpc.path("SecurityGroupIds"), "AWS::EC2::SecurityGroup")) {
      out.violation("Properties.VpcConfig.SecurityGroupIds",
          "SecurityGroupIds is not a list of security group ids");
    }
    return out.build();
  }

  private static boolean everyId(RuleContext ctx, JsonNode ids, String type) {
    return isNonEmptyList(ids) && allOf(ids, id -> isNameOrLocalReference(ctx.template(), id, type));
  }
}

package dev.groundwork.policy.rules.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

/**
 * The default security group of each VPC has its rules removed. CloudFormation cannot manage
 * it directly; CDK's {@code restrictDefaultSecurityGroup} adds a {@code Custom::VpcRestrictDefaultSG}
 * resource pointing at it, which this rule looks for.
 */
public final class VpcDefaultSecurityGroupRestricted implements Rule {

  static final String RESTRICT_TYPE = "Custom::VpcRestrictDefaultSG";

  private static final RuleInfo INFO = RuleInfo.builder("GW_VPC_DEFAULT_SG_RESTRICTED")
      .title("VPC default security groups have no rules")
      .severity(Severity.WARNING)
      .escalates()
      .resourceTypes("AWS::EC2::VPC", "AWS::EC2::SecurityGroupIngress",
          "AWS::EC2::SecurityGroupEgress")
      .rationale("The default security group allows all traffic between its members and all "
          + "egress; anything launched without an explicit group silently gets it.")
      .remediation("Set restrictDefaultSecurityGroup(true) in the VpcProps (or the "
          + "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup feature flag), and add rules to "
          + "security groups of your own, never to vpc.getVpcDefaultSecurityGroup().")
      .controls("AWS Security Hub CSPM control reference, control EC2.2",
          Control.nist("AC-4"), Control.nist("AC-4(21)"), Control.nist("SC-7"),
          Control.nist("SC-7(11)"), Control.nist("SC-7(16)"), Control.nist("SC-7(21)"),
          Control.nist("SC-7(4)"), Control.nist("SC-7(5)"), Control.cis("5.3"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    if (!ctx.resource().type().equals("AWS::EC2::VPC")) {
      JsonNode group = ctx.resource().property("GroupId");
      if (!"DefaultSecurityGroup".equals(Intrinsics.attribute(group).orElse(""))) {
        return Evaluation.notApplicable();
      }
      return Evaluation.nonCompliant("Properties.GroupId", "adds a rule to the default security "
          + "group of VPC " + Intrinsics.target(group).orElse("?"));
    }
    boolean restricted = !ctx.template()
        .referrers(RESTRICT_TYPE, "DefaultSecurityGroupId", ctx.resource().logicalId()).isEmpty();
    if (restricted) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties",
        "the default security group of VPC " + ctx.resource().logicalId()
            + " keeps its allow rules (no " + RESTRICT_TYPE + " resource restricts it)");
  }
}

package dev.groundwork.policy.rules.ec2;

import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

/** Every VPC has a flow log, found by following {@code AWS::EC2::FlowLog.ResourceId}. */
public final class VpcFlowLogsEnabled implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_VPC_FLOW_LOGS_ENABLED")
      .title("VPCs have flow logs")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::EC2::VPC")
      .rationale("Flow logs are the only record of which addresses talked to which; without "
          + "them a network incident cannot be investigated.")
      .remediation("Call vpc.addFlowLog(\"FlowLog\") or pass flowLogs(...) in the VpcProps "
          + "(Groundwork's SecureVpc does this by default).")
      .controls("AWS Security Hub CSPM control reference, control EC2.6",
          Control.nist("AC-4(26)"), Control.nist("AU-12"), Control.nist("AU-2"),
          Control.nist("AU-3"), Control.nist("AU-6(3)"), Control.nist("AU-6(4)"),
          Control.nist("CA-7"), Control.nist("SI-7(8)"), Control.cis("3.9"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    boolean hasFlowLog = !ctx.template()
        .referrers("AWS::EC2::FlowLog", "ResourceId", ctx.resource().logicalId()).isEmpty();
    if (hasFlowLog) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties",
        "no AWS::EC2::FlowLog has ResourceId referencing VPC " + ctx.resource().logicalId());
  }
}

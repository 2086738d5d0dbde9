package dev.groundwork.policy.rules.rds;

import dev.groundwork.assembly.Intrinsics.Truth;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

/** Database instances are not reachable from the internet. */
public final class RdsInstanceNotPublic implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_RDS_INSTANCE_NOT_PUBLIC")
      .title("RDS instances are not publicly accessible")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::RDS::DBInstance")
      .rationale("A publicly accessible instance gets a public DNS name and IP; one weak "
          + "password or unpatched engine away from a breach.")
      .remediation("Place the database in private or isolated subnets and set "
          + "publiclyAccessible(false); reach it through a bastion, SSM or the application.")
      .controls("AWS Security Hub CSPM control reference, control RDS.2",
          Control.nist("AC-4"), Control.nist("AC-4(21)"), Control.nist("SC-7"),
          Control.nist("SC-7(11)"), Control.nist("SC-7(16)"), Control.nist("SC-7(21)"),
          Control.nist("SC-7(4)"), Control.nist("SC-7(5)"), Control.pci("1.4.4"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Truth value = Intrinsics.truth(ctx.resource().property("PubliclyAccessible"));
    if (value == Truth.UNKNOWN) {
      return Evaluation.unknown("Properties.PubliclyAccessible");
    }
    if (value != Truth.TRUE) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant("Properties.PubliclyAccessible",
        "PubliclyAccessible is true");
  }
}

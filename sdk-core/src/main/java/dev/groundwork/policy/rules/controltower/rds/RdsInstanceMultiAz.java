package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.Control.cis;
import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** DB instances run in several Availability Zones (Multi-AZ). Mirrors CT.RDS.PR.1. */
public final class RdsInstanceMultiAz implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_INSTANCE_MULTI_AZ_SUPPORT", "CT.RDS.PR.1",
          "Require that an Amazon RDS database instance is configured with multiple Availability "
          + "Zones",
          cis("2.3.1"), nist("AC-2(4)"), nist("AC-4"), nist("AC-4(21)"), nist("AC-4(26)"),
          nist("AC-6(9)"), nist("AU-10"), nist("AU-12"), nist("AU-2"), nist("AU-3"),
          nist("AU-6(3)"), nist("AU-6(4)"), nist("CA-7"), nist("CA-9(1)"), nist("CM-2"),
          nist("CM-2(2)"), nist("CM-3"), nist("CM-3(6)"), nist("CM-8(1)"), nist("CP-10"),
          nist("CP-6(2)"), nist("SC-13"), nist("SC-28"), nist("SC-28(1)"), nist("SC-36"),
          nist("SC-5(2)"), nist("SC-7"), nist("SC-7(10)"), nist("SC-7(11)"), nist("SC-7(16)"),
          nist("SC-7(20)"), nist("SC-7(21)"), nist("SC-7(4)"), nist("SC-7(5)"), nist("SC-7(9)"),
          nist("SI-13(5)"), nist("SI-2"), nist("SI-3(8)"), nist("SI-4(20)"), nist("SI-7(6)"),
          nist("SI-7(8)"))
      .resourceTypes("AWS::RDS::DBInstance")
      .rationale("A Multi-AZ instance keeps a synchronous standby in another zone and fails over to it "
          + "when the primary's zone or host fails; a single-AZ instance is down until it is "
          + "rebuilt.")
      .remediation("Set multiAz(true) on the database instance.")
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
    if (!RdsEngines.engineIn(p, RdsEngines.INSTANCE)) {
      return Evaluation.notApplicable();
    }
    return RdsEngines.requireTrue(p, "MultiAZ", "the instance is not Multi-AZ");
  }
}

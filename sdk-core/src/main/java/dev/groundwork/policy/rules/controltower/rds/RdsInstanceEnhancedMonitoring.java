package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.Control.cis;
import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNameOrLocalReference;
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

/** DB instances have enhanced monitoring on. Mirrors CT.RDS.PR.2. */
public final class RdsInstanceEnhancedMonitoring implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_INSTANCE_ENHANCED_MONITORING_ENABLED", "CT.RDS.PR.2",
          "Require an Amazon RDS database instance or cluster to have enhanced monitoring "
          + "configured",
          cis("2.3.1"), nist("AC-17(2)"), nist("AC-2(4)"), nist("AC-21"), nist("AC-3"),
          nist("AC-3(7)"), nist("AC-4"), nist("AC-4(21)"), nist("AC-4(26)"), nist("AC-6"),
          nist("AC-6(9)"), nist("AU-10"), nist("AU-12"), nist("AU-2"), nist("AU-3"),
          nist("AU-6(3)"), nist("AU-6(4)"), nist("CA-7"), nist("CA-9(1)"), nist("CM-2"),
          nist("CM-3(6)"), nist("IA-5(1)"), nist("SC-12(3)"), nist("SC-13"), nist("SC-23"),
          nist("SC-23(3)"), nist("SC-28"), nist("SC-28(1)"), nist("SC-7"), nist("SC-7(10)"),
          nist("SC-7(11)"), nist("SC-7(16)"), nist("SC-7(20)"), nist("SC-7(21)"), nist("SC-7(3)"),
          nist("SC-7(4)"), nist("SC-7(5)"), nist("SC-7(9)"), nist("SC-8"), nist("SC-8(1)"),
          nist("SC-8(2)"), nist("SI-2"), nist("SI-3(8)"), nist("SI-4(20)"), nist("SI-7(6)"),
          nist("SI-7(8)"))
      .resourceTypes("AWS::RDS::DBInstance")
      .rationale("Enhanced monitoring reports operating-system metrics (processes, memory, I/O) every "
          + "few seconds, which is what tells a saturated host from a slow query.")
      .remediation("Set monitoringInterval(Duration.seconds(60)) (1, 5, 10, 15, 30 or 60 seconds) and a "
          + "monitoringRole on the instance.")
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
    if (!RdsEngines.engineIn(p, RdsEngines.INSTANCE_AND_AURORA)) {
      return Evaluation.notApplicable();
    }
    JsonNode interval = p.path("MonitoringInterval");
    boolean on = interval.isIntegralNumber() && INTERVALS.contains(interval.intValue())
        && isNameOrLocalReference(ctx.template(), p.path("MonitoringRoleArn"), "AWS::IAM::Role");
    return Evaluation.failIf(!on, "Properties.MonitoringInterval",
        "enhanced monitoring is not on with a role");
  }

  private static final Set<Integer> INTERVALS = ImmutableSet.of(1, 5, 10, 15, 30, 60);
}

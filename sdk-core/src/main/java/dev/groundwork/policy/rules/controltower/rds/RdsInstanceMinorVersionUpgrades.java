package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** DB instances take automatic minor version upgrades. Mirrors CT.RDS.PR.5. */
public final class RdsInstanceMinorVersionUpgrades implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_INSTANCE_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED", "CT.RDS.PR.5",
          "Require an Amazon RDS database instance to have minor version upgrades configured",
          nist("SI-2"), nist("SI-2(2)"), nist("SI-2(4)"), nist("SI-2(5)"))
      .resourceTypes("AWS::RDS::DBInstance")
      .rationale("Minor versions carry security fixes; an instance that does not take them keeps known "
          + "vulnerabilities until someone upgrades it by hand.")
      .remediation("Leave autoMinorVersionUpgrade unset or true on the instance.")
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
    JsonNode upgrade = p.path("AutoMinorVersionUpgrade");
    return Evaluation.failIf(exists(upgrade) && !isTrue(upgrade), "Properties.AutoMinorVersionUpgrade",
        "automatic minor version upgrades are off");
  }
}

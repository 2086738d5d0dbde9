package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
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
import java.util.regex.Pattern;

/** Aurora MySQL clusters that support it have backtracking on. Mirrors CT.RDS.PR.6. */
public final class AuroraMysqlClusterBacktracking implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_AURORA_CLUSTER_BACKTRACKING_ENABLED", "CT.RDS.PR.6",
          "Require an Amazon RDS database cluster to have backtracking configured",
          nist("CP-10"), nist("CP-6"), nist("CP-6(1)"), nist("CP-6(2)"), nist("CP-9"),
          nist("SI-13(5)"))
      .resourceTypes("AWS::RDS::DBCluster")
      .rationale("Backtracking rewinds a cluster to a point in time in minutes, without restoring a "
          + "copy, after a bad migration or a destructive statement.")
      .remediation("Set backtrackWindow(Duration.hours(24)) (or another window) on the Aurora MySQL "
          + "cluster.")
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
    JsonNode mode = p.path("EngineMode");
    boolean supported = isOneOf(p.path("Engine"), ENGINES) && (!exists(mode) || isOneOf(mode, MODES));
    if (supported && exists(p.path("ServerlessV2ScalingConfiguration")) && is(p.path("Engine"), "aurora-mysql")) {
      JsonNode version = p.path("EngineVersion");
      supported = version.isTextual() && (NOT_SERVERLESS_V2.matcher(version.textValue()).find()
          || !SERVERLESS_V2.matcher(version.textValue()).find());
    }
    if (!supported) {
      return Evaluation.notApplicable();
    }
    JsonNode window = p.path("BacktrackWindow");
    return Evaluation.failIf(!(window.isNumber() && window.doubleValue() > 0), "Properties.BacktrackWindow",
        "backtracking is not on");
  }

  private static final Set<String> ENGINES = ImmutableSet.of("aurora", "aurora-mysql");
  private static final Set<String> MODES = ImmutableSet.of("provisioned", "parallelquery");
  private static final Pattern NOT_SERVERLESS_V2 = Pattern.compile("^8\\.0\\.mysql_aurora\\.3\\.01\\.");
  private static final Pattern SERVERLESS_V2 = Pattern.compile("^8\\.0\\.mysql_aurora\\.3");
}

package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isOneOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** DB instances export their engine's logs to CloudWatch Logs. Mirrors CT.RDS.PR.14. */
public final class RdsInstanceLogExports implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_INSTANCE_LOGGING_ENABLED", "CT.RDS.PR.14",
          "Require an Amazon RDS database instance to export logs to Amazon CloudWatch Logs by "
          + "means of the EnableCloudwatchLogsExports property",
          nist("AC-2(4)"), nist("AC-4(26)"), nist("AC-6(9)"), nist("AU-10"), nist("AU-12"),
          nist("AU-2"), nist("AU-3"), nist("AU-6(3)"), nist("AU-6(4)"), nist("CA-7"),
          nist("SC-7(10)"), nist("SC-7(9)"), nist("SI-3(8)"), nist("SI-4(20)"), nist("SI-7(8)"))
      .resourceTypes("AWS::RDS::DBInstance")
      .rationale("Database logs (errors, slow queries, audit) show failed logins, privilege changes and "
          + "the queries behind an incident; exported, they are kept and searchable with the rest.")
      .remediation("Set cloudwatchLogsExports to every log type the engine supports (e.g. [\"postgresql\", "
          + "\"upgrade\"] for PostgreSQL, [\"audit\", \"error\", \"general\", \"slowquery\"] for MySQL).")
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
    JsonNode engine = p.path("Engine");
    if (!isOneOf(engine, RdsEngines.INSTANCE)) {
      return Evaluation.notApplicable();
    }
    List<String> types = LOG_TYPES.entrySet().stream().filter(e -> e.getKey().contains(engine.textValue()))
        .map(Map.Entry::getValue).findFirst().orElse(List.of());
    return Evaluation.failIf(!RdsEngines.exportsExactly(p.path("EnableCloudwatchLogsExports"), types),
        "Properties.EnableCloudwatchLogsExports",
            "the instance does not export every log type of its engine");
  }

  /** The log types each engine family must export (other engines: any non-empty list). */
  private static final Map<Set<String>, List<String>> LOG_TYPES = ImmutableMap.of(
      ImmutableSet.of("mariadb", "mysql"), List.of("audit", "error", "general", "slowquery"),
      ImmutableSet.of("postgres"), List.of("postgresql", "upgrade"),
      ImmutableSet.of("sqlserver-ee", "sqlserver-se", "sqlserver-ex", "sqlserver-web"), List.of("agent", "error"),
      ImmutableSet.of("oracle-ee", "oracle-se2", "oracle-se1", "oracle-se"), List.of("alert", "audit", "listener", "oemagent", "trace"));
}

package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
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
import java.util.Map;
import java.util.Set;

/** DB instances listen on a port other than their engine's default. Mirrors CT.RDS.PR.20. */
public final class RdsInstanceNonDefaultPort implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_INSTANCE_NO_DEFAULT_PORTS", "CT.RDS.PR.20",
          "Require an Amazon RDS database instance not to use a database engine default port",
          nist("AC-4"), nist("AC-4(21)"), nist("SC-7"), nist("SC-7(11)"), nist("SC-7(16)"),
          nist("SC-7(21)"), nist("SC-7(4)"), nist("SC-7(5)"))
      .resourceTypes("AWS::RDS::DBInstance")
      .rationale("Scanners and automated attacks probe the default database ports first; another port "
          + "takes an instance out of the cheapest attacks (a small measure beside private subnets "
          + "and security groups).")
      .remediation("Set port to something other than 3306 (MySQL, MariaDB), 5432 (PostgreSQL), 1433 (SQL "
          + "Server) or 1521 (Oracle).")
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
    Integer defaultPort = engine.isTextual() ? DEFAULT_PORTS.entrySet().stream()
        .filter(e -> e.getKey().contains(engine.textValue())).map(Map.Entry::getValue).findFirst().orElse(null) : null;
    if (defaultPort == null) {
      return Evaluation.notApplicable();
    }
    JsonNode port = p.path("Port");
    boolean isDefault = (port.isIntegralNumber() && port.intValue() == defaultPort) || is(port, defaultPort.toString());
    return Evaluation.failIf(!exists(port) || isDefault, "Properties.Port",
        "the instance uses its engine's default port");
  }

  private static final Map<Set<String>, Integer> DEFAULT_PORTS = ImmutableMap.of(
      ImmutableSet.of("mariadb", "mysql"), 3306,
      ImmutableSet.of("postgres"), 5432,
      ImmutableSet.of("sqlserver-ee", "sqlserver-se", "sqlserver-ex", "sqlserver-web"), 1433,
      ImmutableSet.of("oracle-ee", "oracle-se2", "oracle-se1", "oracle-se"), 1521);
}

package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.combine;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * DB parameter groups of MySQL, MariaDB, PostgreSQL and SQL Server families require TLS
 * connections. Mirrors CT.RDS.PR.28.
 */
public final class RdsParameterGroupRequiresTls implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_RDS_DB_PARAMETER_GROUP_TLS", "CT.RDS.PR.28",
          "Require an Amazon RDS DB parameter group to require Transport Layer Security (TLS) "
          + "connections for supported engine types",
          nist("AC-2(4)"), nist("AC-4(26)"), nist("AC-6(9)"), nist("AU-10"), nist("AU-12"),
          nist("AU-2"), nist("AU-3"), nist("AU-6(3)"), nist("AU-6(4)"), nist("CA-7"),
          nist("SC-7(10)"), nist("SC-7(9)"), nist("SI-3(8)"), nist("SI-4(20)"), nist("SI-7(8)"))
      .resourceTypes("AWS::RDS::DBParameterGroup")
      .rationale("Unless the server refuses plain connections, a misconfigured client sends credentials "
          + "and data in clear text and nobody notices.")
      .remediation("Set require_secure_transport 1 (MySQL 5.7+, MariaDB 10.5+) or rds.force_ssl 1 "
          + "(PostgreSQL, SQL Server) in the parameter group.")
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
    JsonNode family = p.path("Family");
    if (!family.isTextual()) {
      return Evaluation.notApplicable();
    }
    String name = family.textValue();
    List<Evaluation> parts = new ArrayList<>();
    if ((name.startsWith("mysql") && !OLD_MYSQL.contains(name)) || (name.startsWith("mariadb") && !OLD_MARIADB.contains(name))) {
      parts.add(RdsEngines.parameterOn(p, "require_secure_transport", false));
    }
    if (name.startsWith("postgres") || name.startsWith("sqlserver")) {
      parts.add(RdsEngines.parameterOn(p, "rds.force_ssl", false));
    }
    return combine(parts);
  }

  private static final Set<String> OLD_MYSQL = ImmutableSet.of("mysql5.5", "mysql5.6");
  private static final Set<String> OLD_MARIADB = ImmutableSet.of("mariadb10.0", "mariadb10.1", "mariadb10.2", "mariadb10.3", "mariadb10.4");
}

package dev.groundwork.policy.rules.rds;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import java.util.Optional;
import java.util.Set;

/** Databases refuse unencrypted client connections, through their parameter group. */
public final class RdsTlsEnforced implements Rule {

  private static final Set<String> ON = ImmutableSet.of("1", "on", "true");

  private static final RuleInfo INFO = RuleInfo.builder("GW_RDS_TLS_ENFORCED")
      .title("RDS databases reject connections without TLS")
      .severity(Severity.ERROR)
      .resourceTypes(Databases.CLUSTER, Databases.INSTANCE)
      .rationale("Without enforcement clients may connect in plain text, exposing credentials "
          + "and data on the network. PostgreSQL 15+ enforces TLS by default; other engines "
          + "need rds.force_ssl=1 or require_secure_transport=ON in the parameter group.")
      .remediation("Give the database a parameter group with rds.force_ssl = 1 (PostgreSQL, "
          + "SQL Server) or require_secure_transport = ON (MySQL, MariaDB).")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT
          + " (the pack's TLS check covers Redshift, not RDS.)")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource db = ctx.resource();
    String engine = Databases.engine(db);
    boolean cluster = db.type().equals(Databases.CLUSTER);
    if (!Databases.holdsSettings(db) || engine.startsWith("oracle") || engine.startsWith("db2")) {
      return Evaluation.notApplicable();
    }
    Optional<String> parameter = engine.contains("postgres") || engine.startsWith("sqlserver")
        ? Optional.of("rds.force_ssl")
        : engine.contains("mysql") || engine.equals("mariadb")
            ? Optional.of("require_secure_transport") : Optional.empty();
    if (parameter.isEmpty()) {
      return Evaluation.unknown("Properties.Engine");
    }
    String property = cluster ? "DBClusterParameterGroupName" : "DBParameterGroupName";
    String path = "Properties." + property;
    JsonNode group = db.property(property);
    if (group.isMissingNode() || group.asText("").startsWith("default.")) {
      boolean postgresDefaultsToTls =
          engine.equals("postgres") && majorVersion(db.property("EngineVersion")) >= 15;
      if (postgresDefaultsToTls) {
        return Evaluation.compliant();
      }
      return Evaluation.nonCompliant(path,
          "default parameter group does not set " + parameter.get() + "; engine " + engine + " "
              + db.property("EngineVersion").asText("(version not set)") + " accepts plain text");
    }
    Optional<Resource> target = ctx.template().resolve(group);
    if (target.isEmpty()) {
      return Evaluation.unknown(path);
    }
    JsonNode value = target.get().property("Parameters").path(parameter.get());
    if (Intrinsics.isIntrinsic(value)) {
      return Evaluation.unknown(target.get().logicalId() + ".Properties.Parameters");
    }
    if (ON.contains(value.asText("").toLowerCase(java.util.Locale.ROOT))) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant(path, "parameter group " + target.get().logicalId() + " sets " + parameter.get() + " to "
            + (value.isMissingNode() ? "nothing" : value.asText()));
  }

  private static long majorVersion(JsonNode version) {
    String major = version.asText("").split("\\.")[0];
    return Intrinsics.number(com.fasterxml.jackson.databind.node.TextNode.valueOf(major)).orElse(0);
  }
}

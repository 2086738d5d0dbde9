package dev.groundwork.constructs.data;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.rds.AuroraMysqlClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraMysqlEngineVersion;
import software.amazon.awscdk.services.rds.AuroraPostgresClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.rds.IClusterEngine;
import software.amazon.awscdk.services.secretsmanager.HostedRotation;
import software.amazon.awscdk.services.secretsmanager.MultiUserHostedRotationOptions;
import software.amazon.awscdk.services.secretsmanager.SingleUserHostedRotationOptions;

/** The Aurora engines {@link DatabaseCluster} runs, each with the settings that differ by engine. */
public enum DatabaseEngine {
  /** Aurora PostgreSQL 16.9; TLS enforced with {@code rds.force_ssl = 1}. */
  POSTGRESQL(5432, List.of("postgresql"), Map.of("rds.force_ssl", "1")),
  /** Aurora MySQL 3.08.2 (MySQL 8.0); TLS enforced with {@code require_secure_transport = ON}. */
  MYSQL(3306, List.of("error", "slowquery"),
      ImmutableMap.of("require_secure_transport", "ON", "slow_query_log", "1"));

  private final int port;
  private final List<String> logExports;
  private final Map<String, String> parameters;

  DatabaseEngine(int port, List<String> logExports, Map<String, String> parameters) {
    this.port = port;
    this.logExports = logExports;
    this.parameters = parameters;
  }

  /** The port clients connect on. */
  public int port() {
    return port;
  }

  /** The logs exported to CloudWatch Logs. */
  public List<String> logExports() {
    return logExports;
  }

  /**
   * How applications authenticate by default: IAM database authentication on both engines. A
   * task then holds no password (the driver mints a 15-minute token per connection from the task
   * role), nothing has to be rotated or redeployed, and the grant names one database user. Its
   * cost, the throttle on new IAM-authenticated connections (200 a second), does not bind
   * pooled services; a client that opens connections faster chooses {@link
   * DatabaseAuthentication#SECRET}. On PostgreSQL a user with {@code rds_iam} cannot sign in with
   * a password at all; on MySQL the user is created {@code IDENTIFIED WITH AWSAuthenticationPlugin}
   * and has no password.
   */
  public DatabaseAuthentication defaultAuthentication() {
    return DatabaseAuthentication.IAM;
  }

  /** The cluster parameters Groundwork sets (TLS enforcement, slow query log). */
  public Map<String, String> parameters() {
    return parameters;
  }

  IClusterEngine cdkEngine() {
    return switch (this) {
      case POSTGRESQL -> DatabaseClusterEngine.auroraPostgres(AuroraPostgresClusterEngineProps.builder()
          .version(AuroraPostgresEngineVersion.VER_16_9).build());
      case MYSQL -> DatabaseClusterEngine.auroraMysql(AuroraMysqlClusterEngineProps.builder()
          .version(AuroraMysqlEngineVersion.VER_3_08_2).build());
    };
  }

  HostedRotation hostedRotation(SingleUserHostedRotationOptions options) {
    return switch (this) {
      case POSTGRESQL -> HostedRotation.postgreSqlSingleUser(options);
      case MYSQL -> HostedRotation.mysqlSingleUser(options);
    };
  }

  /** AWS's rotation with alternating users (the master secret clones and updates them). */
  HostedRotation multiUserRotation(MultiUserHostedRotationOptions options) {
    return switch (this) {
      case POSTGRESQL -> HostedRotation.postgreSqlMultiUser(options);
      case MYSQL -> HostedRotation.mysqlMultiUser(options);
    };
  }
}

package dev.groundwork.pipelines;

import dev.groundwork.constructs.data.DatabaseCluster;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.GroundworkStyle;
import java.util.List;
import org.immutables.value.Value;
import software.amazon.awscdk.services.ec2.IVpc;

/**
 * Input of {@link MigrationRunner}. Required: the database, its VPC and the account of the
 * pipeline that runs the migrations; the tool defaults to Flyway.
 */
@Value.Immutable
@GroundworkStyle
public interface MigrationRunnerProps {

  /**
   * The database to migrate: the runner is admitted on its port and reads its master secret (and
   * the application user's secret, if it has one).
   */
  DatabaseCluster database();

  /** The database's VPC: the builds run in its private subnets (with egress). */
  IVpc vpc();

  /** The delivery account whose {@link DeliveryPipeline} starts the builds (it assumes the action role). */
  AccountId pipelineAccount();

  /**
   * The build image, which holds the migration tool. Default: {@code flyway/flyway:11.14.1}
   * (Flyway Community, from Docker Hub; point it at a mirror in ECR to avoid Docker Hub's pull
   * limits). For Liquibase, for example {@code liquibase/liquibase:4.33.0} with
   * {@link #commands()} running {@code liquibase update}.
   */
  @Value.Default
  default String image() {
    return "flyway/flyway:11.14.1";
  }

  /**
   * The commands of the build, run in the repository's checkout with {@code DB_HOST},
   * {@code DB_PORT}, {@code DB_NAME}, {@code DB_USERNAME} and {@code DB_PASSWORD} from the
   * database's master secret, {@code DB_APP_USERNAME} (the application user to create) and, with a
   * rotated application secret, {@code DB_APP_PASSWORD}. Default: Flyway's {@code migrate} of
   * the SQL files in {@link #migrationsDirectory()} over TLS, with the placeholders
   * {@code ${app_user}} (and {@code ${app_password}}) ({@link MigrationRunner#flywayCommands}).
   */
  List<String> commands();

  /** The directory of the migrations in the repository, for the default commands. Default: {@code db/migration}. */
  @Value.Default
  default String migrationsDirectory() {
    return "db/migration";
  }

  /** Minutes a build may run before CodeBuild stops it (and the pipeline fails), 5 to 480. Default: 30. */
  @Value.Default
  default int timeoutMinutes() {
    return 30;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MigrationRunnerProps}. */
  final class Builder extends ImmutableMigrationRunnerProps.Builder {}
}

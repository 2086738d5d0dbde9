package dev.groundwork.constructs.data;

import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awscdk.services.ec2.IVpc;

/**
 * Input of {@link DatabaseCluster}. Required: the network (with isolated subnets, as
 * {@code SecureVpc} makes); everything else has a safe default, some by tier.
 */
@Value.Immutable
@GroundworkStyle
public interface DatabaseClusterProps {

  /** The network; the database goes into its isolated subnets. */
  IVpc vpc();

  /** The engine. Default: {@link DatabaseEngine#POSTGRESQL}. */
  @Value.Default
  default DatabaseEngine engine() {
    return DatabaseEngine.POSTGRESQL;
  }

  /**
   * Instance sizing. Default by tier: Serverless v2 of 0.5–2 ACU in DEV, 0.5–4 in STAGING, 1–16
   * in PROD.
   */
  Optional<DatabaseCapacity> capacity();

  /**
   * Reader instances beside the writer, spread over zones. Default by tier: 0 in DEV, 1 in
   * STAGING, 2 in PROD (a standby in every other zone).
   */
  Optional<Integer> readers();

  /** The database created at launch. Default: {@code app}. */
  @Value.Default
  default String databaseName() {
    return "app";
  }

  /**
   * The master user name, stored with its generated password in a {@link ManagedSecret} that
   * only administration, the migrations and the rotation use. Default: {@code app_admin}.
   */
  @Value.Default
  default String masterUsername() {
    return "app_admin";
  }

  /**
   * The database user applications sign in as (a service's {@code connectTo(database)},
   * {@link DatabaseCluster#grantConnect}); the migrations create it. A lowercase letter, then up
   * to 25 lowercase letters, digits or underscores (room for the {@code _clone} that
   * alternating-user rotation appends within MySQL's 32 characters), not the master user.
   * Default: {@code app_user}.
   */
  @Value.Default
  default String applicationUsername() {
    return "app_user";
  }

  /**
   * How applications authenticate as {@link #applicationUsername()}. Default by engine:
   * {@link DatabaseAuthentication#IAM} for both ({@link DatabaseEngine#defaultAuthentication()}
   * says why).
   */
  Optional<DatabaseAuthentication> authentication();

  /**
   * How often the master password, and with {@link DatabaseAuthentication#SECRET} the
   * application user's, is rotated (hosted rotation). Default: 30 days.
   */
  @Value.Default
  default Duration rotationPeriod() {
    return Duration.ofDays(30);
  }

  /**
   * Refuse deletion of the cluster. Default by tier (TierDefaults): off in DEV, on in STAGING
   * and PROD. Turning it off in PROD is refused.
   */
  Optional<Boolean> deletionProtection();

  /** Days of automated backups (point-in-time restore window), 1 to 35. Default by tier: 1, 7, 35. */
  Optional<Integer> backupRetentionDays();

  /** Retention of the exported database logs, in days. Default by tier: 30, 90, 365. */
  Optional<Integer> logRetentionDays();

  /** Daily backup window, UTC. Default: {@code 02:00-03:00}. */
  @Value.Default
  default String backupWindow() {
    return "02:00-03:00";
  }

  /** Weekly maintenance window, UTC, after the backup window. Default: {@code sun:03:30-sun:04:30}. */
  @Value.Default
  default String maintenanceWindow() {
    return "sun:03:30-sun:04:30";
  }

  /**
   * Delete the cluster without a final snapshot when it leaves the stack. Default: off (a final
   * snapshot is taken). Only allowed in DEV and STAGING; refused in PROD.
   */
  @Value.Default
  default boolean destroyOnStackDeletion() {
    return false;
  }

  /** The key for storage and Performance Insights. Default: the stack's shared data key. */
  Optional<EncryptionKey> encryptionKey();

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("DatabaseClusterProps");
    ManagedSecretProps.checkRotation(rotationPeriod(), problems);
    backupRetentionDays().filter(days -> days < 1 || days > 35).ifPresent(days -> problems.add(
        "DB_BACKUP_RETENTION", "backupRetentionDays", days, "1 to 35 days",
        "Leave it unset for the tier's retention (1, 7 or 35 days); keep longer with BackupPlan."));
    readers().filter(n -> n < 0 || n > 15).ifPresent(n -> problems.add(
        "DB_READERS", "readers", n, "0 to 15", "Leave it unset for the tier's."));
    if (!applicationUsername().matches("[a-z][a-z0-9_]{0,25}") || applicationUsername().equals(masterUsername())) {
      problems.add("DB_APPLICATION_USERNAME", "applicationUsername", "'" + applicationUsername() + "'",
          "a lowercase letter, then up to 25 lowercase letters, digits or underscores, other than the master user '"
              + masterUsername() + "'", "Keep the default app_user, or name the service, e.g. orders_app.");
    }
    problems.throwIfAny();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DatabaseClusterProps}. */
  final class Builder extends ImmutableDatabaseClusterProps.Builder {}
}

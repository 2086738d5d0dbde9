package dev.groundwork.constructs.data;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Problems;
import dev.groundwork.core.Tier;
import dev.groundwork.testing.SynthesisExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.SecurityGroup;

/** docs/constructs/data.md quotes this class. */
class DatabaseClusterTest {
  private static final String PROD = "test-prod-db";
  private static final String DEV = "test-dev-db";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    for (PlatformEnvironment env : app.environments()) {
      Stack stack = env.addStack("db");
      SecureVpc network = new SecureVpc(stack, "Network", SecureVpcProps.of(Cidr.of("10.0.0.0/16")));
      SecurityGroup clients = SecurityGroup.Builder.create(stack, "Clients").vpc(network.vpc()).build();
      DatabaseCluster orders = new DatabaseCluster(stack, "Orders", DatabaseClusterProps.builder()
          .vpc(network.vpc())
          .build());
      orders.allowFrom(clients);
      orders.allowFrom(Cidr.of("172.16.0.0/16"));
      if (env.tier() == Tier.DEV) {
        new DatabaseCluster(stack, "Ledger", DatabaseClusterProps.builder()
            .vpc(network.vpc())
            .engine(DatabaseEngine.MYSQL)
            .capacity(DatabaseCapacity.provisioned("r7g.large"))
            .destroyOnStackDeletion(true)
            .build());
      }
    }
    return app;
  });

  @Nested
  class Defaults {
    @Test
    void isPrivateEncryptedAndIamAuthenticated(SynthesizedApp app) {
      assertThat(app).stack(PROD).resource("prod/db/Orders/Cluster")
          .hasProperty("StorageEncrypted", true)
          .hasProperty("EnableIAMDatabaseAuthentication", true)
          .hasProperty("Engine", "aurora-postgresql")
          .referencesAt("KmsKeyId", "prod/db/DataKey/Key")
          .referencesAt("DBSubnetGroupName", "prod/db/Orders/Cluster/Subnets");
      assertThat(app).stack(PROD).resourcesOfType("AWS::RDS::DBInstance").hasSize(3)
          .allHaveProperty("PubliclyAccessible", false)
          .allHaveProperty("AutoMinorVersionUpgrade", true);
    }

    @Test
    void enforcesTlsThroughItsParameterGroup(SynthesizedApp app) {
      assertThat(app).stack(PROD).resourcesOfType("AWS::RDS::DBClusterParameterGroup").singleResource()
          .hasProperty("Parameters", Map.of("rds.force_ssl", "1"));
      assertThat(app).stack(DEV).resource("dev/db/Ledger/Parameters")
          .hasProperty("Parameters.require_secure_transport", "ON");
    }

    @Test
    void takesDeletionProtectionAndBackupsFromTheTier(SynthesizedApp app) {
      assertThat(app).stack(DEV).resource("dev/db/Orders/Cluster")
          .hasProperty("DeletionProtection", false).hasProperty("BackupRetentionPeriod", 1);
      assertThat(app).stack("test-staging-db").resource("staging/db/Orders/Cluster")
          .hasProperty("DeletionProtection", true).hasProperty("BackupRetentionPeriod", 7);
      assertThat(app).stack(PROD).resource("prod/db/Orders/Cluster")
          .hasProperty("DeletionProtection", true).hasProperty("BackupRetentionPeriod", 35)
          .hasProperty("PreferredBackupWindow", "02:00-03:00")
          .hasProperty("PreferredMaintenanceWindow", "sun:03:30-sun:04:30")
          .hasProperty("DatabaseInsightsMode", "advanced")
          .hasProperty("ServerlessV2ScalingConfiguration.MinCapacity", 1)
          .hasProperty("ServerlessV2ScalingConfiguration.MaxCapacity", 16);
    }

    @Test
    void exportsLogsToEncryptedGroupsWithTheTiersRetention(SynthesizedApp app) {
      assertThat(app).stack(PROD).resource("prod/db/Orders/Cluster")
          .hasPropertySatisfying("EnableCloudwatchLogsExports", v -> assertThat(v.toString()).contains("postgresql"));
      assertThat(app).stack(PROD).resource("prod/db/Orders/Log-postgresql/LogGroup")
          .hasProperty("LogGroupName", "/aws/rds/cluster/test-prod-db-orders/postgresql")
          .hasProperty("RetentionInDays", 365)
          .referencesAt("KmsKeyId", "prod/db/LogsKey/Key");
    }

    @Test
    void rotatesItsCredentialsWithHostedRotationEveryThirtyDays(SynthesizedApp app) {
      assertThat(app).stack(PROD).resourcesOfType("AWS::SecretsManager::RotationSchedule").singleResource()
          .hasProperty("RotationRules.ScheduleExpression", "rate(30 days)")
          .hasProperty("HostedRotationLambda.RotationType", "PostgreSQLSingleUser")
          .referencesAt("SecretId", "prod/db/Orders/CredentialsSecret");
      assertThat(app).stack(PROD).resource("prod/db/Orders/CredentialsSecret")
          .referencesAt("KmsKeyId", "prod/db/SecretsKey/Key");
    }

    @Test
    void admitsOnlyTheNamedClientsOnTheEnginePort(SynthesizedApp app) {
      assertThat(app).stack(PROD).ingressRules().ofSecurityGroup("prod/db/Orders/SecurityGroup")
          .noneOpenToTheWorld()
          .doNotAllowPort(22);
      assertThat(app).stack(PROD).ingressRules().ofSecurityGroup("prod/db/Orders/SecurityGroup")
          .fromSecurityGroup("prod/db/Clients").allowingPort(5432);
      assertThat(app).stack(PROD).ingressRules().ofSecurityGroup("prod/db/Orders/SecurityGroup")
          .fromCidr("172.16.0.0/16").allowingPort(5432);
    }

    @Test
    void passesTheBaselinePolicyPack(SynthesizedApp app) {
      assertThat(app).report().hasNoErrors();
    }
  }

  @Nested
  class StatefulResources {
    @Test
    void keepTheirLogicalIdsAndAreSnapshottedOrRetained(SynthesizedApp app) {
      assertThat(app.stack(PROD).resourcesOfType("AWS::RDS::DBCluster")).extracting(Resource::logicalId)
          .containsExactly("OrdersClusterDD2D267B");
      assertThat(app.stack(PROD).resourcesOfType("AWS::SecretsManager::Secret")).extracting(Resource::logicalId)
          .containsExactly("OrdersCredentialsSecret1E0395D4");
      assertThat(app).stack(PROD).resource("prod/db/Orders/Cluster")
          .hasDeletionPolicy("Snapshot").hasUpdateReplacePolicy("Snapshot");
      assertThat(app).stack(PROD).resource("prod/db/Orders/CredentialsSecret").isRetained();
    }

    @Test
    void destroyOnStackDeletionDeletesOutsideProd(SynthesizedApp app) {
      assertThat(app).stack(DEV).resource("dev/db/Ledger/Cluster").hasDeletionPolicy("Delete");
    }
  }

  @Nested
  class InvalidInput {
    @Test
    void prodRefusesDeletionProtectionOff(@TempDir Path outdir) {
      assertThatThrownBy(() -> inProd(outdir, DatabaseClusterProps.builder().deletionProtection(false)))
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("DB_DELETION_PROTECTION_PROD"))
          .hasMessageContaining("deletionProtection");
    }

    @Test
    void prodRefusesDestroyOnStackDeletion(@TempDir Path outdir) {
      assertThatThrownBy(() -> inProd(outdir, DatabaseClusterProps.builder().destroyOnStackDeletion(true)))
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("DB_DESTROY_IN_PROD"))
          .hasMessageContaining("destroyOnStackDeletion");
    }

    @Test
    void backupRetentionIsOneToThirtyFiveDays() {
      for (int days : new int[] {0, 36}) {
        assertThatThrownBy(() -> DatabaseClusterProps.builder()
                .vpc(software.amazon.awscdk.services.ec2.Vpc.fromVpcAttributes(
                    new software.amazon.awscdk.Stack(new software.amazon.awscdk.App(), "S"), "Vpc", software.amazon.awscdk.services.ec2.VpcAttributes.builder()
                        .vpcId("vpc-1").availabilityZones(java.util.List.of("eu-west-1a")).build()))
                .backupRetentionDays(days).build())
            .isInstanceOfSatisfying(GroundworkValidationException.class,
                e -> assertThat(e.codes()).containsExactly("DB_BACKUP_RETENTION"))
            .hasMessageContaining("backupRetentionDays");
      }
    }

    @Test
    void rotationIsFourHoursToOneThousandDays() {
      for (Duration period : new Duration[] {Duration.ofHours(3), Duration.ofDays(1001)}) {
        assertThatThrownBy(() -> checkRotation(period))
            .isInstanceOfSatisfying(GroundworkValidationException.class,
                e -> assertThat(e.codes()).containsExactly("SECRET_ROTATION_PERIOD"))
            .hasMessageContaining("rotationPeriod");
      }
      checkRotation(Duration.ofHours(4));
      checkRotation(Duration.ofDays(1000));
    }

    /** The rotation check as DatabaseClusterProps runs it: recorded, then thrown with the other problems. */
    private void checkRotation(Duration period) {
      Problems problems = Problems.ofValue("DatabaseClusterProps");
      ManagedSecretProps.checkRotation(period, problems);
      problems.throwIfAny();
    }

    @Test
    void serverlessCapacityIsZeroTo256InHalfSteps() {
      for (double[] bad : new double[][] {{-0.5, 2}, {0.5, 256.5}, {0.75, 2}, {4, 2}, {0, 0}}) {
        assertThatThrownBy(() -> DatabaseCapacity.serverless(bad[0], bad[1]))
            .isInstanceOfSatisfying(GroundworkValidationException.class,
                e -> assertThat(e.codes()).contains("DB_CAPACITY"))
            .hasMessageMatching("(?s).*(minAcu|maxAcu).*");
      }
      assertThat(DatabaseCapacity.serverless(0, 256).isServerless()).isTrue();
    }

    private void inProd(Path outdir, DatabaseClusterProps.Builder builder) {
      PlatformEnvironment prod = TestApps.appWithEveryTier(outdir).environment("prod");
      Stack stack = prod.addStack("db");
      SecureVpc network = new SecureVpc(stack, "Network", SecureVpcProps.of(Cidr.of("10.0.0.0/16")));
      new DatabaseCluster(stack, "Orders", builder.vpc(network.vpc()).build());
    }
  }
}

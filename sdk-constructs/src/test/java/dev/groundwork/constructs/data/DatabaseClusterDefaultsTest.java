package dev.groundwork.constructs.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.core.AccountId;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Region;
import dev.groundwork.core.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;

/**
 * Pins every resolved default of {@link DatabaseCluster} per tier. A new setting changes the
 * record, so this test stops compiling or fails until its defaults are written down here.
 */
class DatabaseClusterDefaultsTest {
  private static final DatabaseClusterProps MINIMAL = DatabaseClusterProps.builder()
      .vpc(Vpc.fromVpcAttributes(new software.amazon.awscdk.Stack(new software.amazon.awscdk.App(), "S"), "Vpc", VpcAttributes.builder()
          .vpcId("vpc-1").availabilityZones(List.of("eu-west-1a")).build()))
      .build();

  @Test
  void dev() {
    // capacity, readers, deletion protection, backup days, log days, monitoring s, advanced insights, PI days,
    // deletion protection required, destroy on stack deletion, destroy allowed, authentication
    assertThat(resolve(Tier.DEV)).isEqualTo(new DatabaseClusterSettings(
        DatabaseCapacity.serverless(0.5, 2), 0, false, 1, 30, 0, false, 7, false, false, true,
        DatabaseAuthentication.IAM));
  }

  @Test
  void staging() {
    assertThat(resolve(Tier.STAGING)).isEqualTo(new DatabaseClusterSettings(
        DatabaseCapacity.serverless(0.5, 4), 1, true, 7, 90, 60, false, 7, false, false, true,
        DatabaseAuthentication.IAM));
  }

  @Test
  void prod() {
    assertThat(resolve(Tier.PROD)).isEqualTo(new DatabaseClusterSettings(
        DatabaseCapacity.serverless(1, 16), 2, true, 35, 365, 60, true, 465, true, false, false,
        DatabaseAuthentication.IAM));
  }

  @Test
  void tierIndependentDefaults() {
    assertThat(MINIMAL.engine()).isEqualTo(DatabaseEngine.POSTGRESQL);
    assertThat(MINIMAL.databaseName()).isEqualTo("app");
    assertThat(MINIMAL.masterUsername()).isEqualTo("app_admin");
    assertThat(MINIMAL.applicationUsername()).isEqualTo("app_user");
    assertThat(MINIMAL.rotationPeriod()).isEqualTo(java.time.Duration.ofDays(30));
    assertThat(MINIMAL.backupWindow()).isEqualTo("02:00-03:00");
    assertThat(MINIMAL.maintenanceWindow()).isEqualTo("sun:03:30-sun:04:30");
    assertThat(MINIMAL.destroyOnStackDeletion()).isFalse();
  }

  /** IAM database authentication on both engines; a rotated application secret when asked for. */
  @Test
  void authenticationIsIamForEveryEngineUnlessSet() {
    for (DatabaseEngine engine : DatabaseEngine.values()) {
      DatabaseClusterProps props = DatabaseClusterProps.builder().vpc(MINIMAL.vpc()).engine(engine).build();
      assertThat(resolve(props, Tier.PROD).authentication()).as("%s", engine).isEqualTo(DatabaseAuthentication.IAM);
      assertThat(resolve(DatabaseClusterProps.builder().vpc(MINIMAL.vpc()).engine(engine)
          .authentication(DatabaseAuthentication.SECRET).build(), Tier.DEV).authentication())
          .isEqualTo(DatabaseAuthentication.SECRET);
    }
  }

  private static DatabaseClusterSettings resolve(Tier tier) {
    return resolve(MINIMAL, tier);
  }

  private static DatabaseClusterSettings resolve(DatabaseClusterProps props, Tier tier) {
    return DatabaseClusterDefaults.resolve(props, new PlatformContext("app", "env", tier,
        AccountId.of("123456789012"), Region.of("eu-west-1")));
  }
}

package dev.groundwork.constructs.data;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.testing.SynthesisExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;

/**
 * The application user of a {@link DatabaseCluster}, on both engines and both ways of signing
 * in: IAM tokens (the default), or a secret rotated with alternating users. docs/constructs/data.md
 * quotes this class.
 */
class DatabaseApplicationUserTest {
  private static final String STACK = "test-dev-db";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    Stack stack = app.environment("dev").addStack("db");
    SecureVpc network = new SecureVpc(stack, "Network", SecureVpcProps.of(Cidr.of("10.0.0.0/16")));
    for (DatabaseEngine engine : DatabaseEngine.values()) {
      String name = engine == DatabaseEngine.POSTGRESQL ? "Orders" : "Ledger";
      DatabaseCluster tokens = new DatabaseCluster(stack, name + "Iam", DatabaseClusterProps.builder()
          .vpc(network.vpc()).engine(engine).build());
      tokens.grantConnect(role(stack, name + "IamClient"));
      DatabaseCluster rotated = new DatabaseCluster(stack, name + "Secret", DatabaseClusterProps.builder()
          .vpc(network.vpc())
          .engine(engine)
          .authentication(DatabaseAuthentication.SECRET)
          .applicationUsername("orders_app")
          .build());
      rotated.grantConnect(role(stack, name + "SecretClient"));
    }
    return app;
  });

  private static Role role(Stack stack, String id) {
    return Role.Builder.create(stack, id).assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com")).build();
  }

  private static Resource resource(SynthesizedApp app, String path) {
    return app.stack(STACK).resources().stream().filter(r -> r.isNamed(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no resource at " + path));
  }

  @Nested
  class Iam {
    @Test
    void grantsConnectAsTheApplicationUserOnlyNeverTheMaster(SynthesizedApp app) {
      for (String name : List.of("Orders", "Ledger")) {
        assertThat(app).stack(STACK).iamStatements().ofRole("dev/db/" + name + "IamClient")
            .allowing("rds-db:connect").hasSize(1).onResourceReferencing("dev/db/" + name + "Iam/Cluster");
        String policy = resource(app, "dev/db/" + name + "IamClient/DefaultPolicy").property("PolicyDocument").toString();
        assertThat(policy).contains(":dbuser:", "/app_user").doesNotContain("app_admin", "secretsmanager");
      }
    }

    @Test
    void keepsOnlyTheMasterSecretWhichRotatesAloneEveryThirtyDays(SynthesizedApp app) {
      for (String name : List.of("Orders", "Ledger")) {
        assertThat(app.stack(STACK).resources()).filteredOn(r -> r.type().equals("AWS::SecretsManager::Secret")
                && r.constructPath().orElseThrow().startsWith("dev/db/" + name + "Iam/"))
            .extracting(r -> r.constructPath().orElseThrow())
            .containsExactly("dev/db/" + name + "Iam/CredentialsSecret/Resource");
      }
      assertThat(app).stack(STACK).resourcesOfType("AWS::SecretsManager::RotationSchedule")
          .filteredOn("rotate a single user", r -> r.property("HostedRotationLambda.RotationType").asText().endsWith("SingleUser"))
          .hasSize(4).allHaveProperty("RotationRules.ScheduleExpression", "rate(30 days)");
    }

    @Test
    void givesClientsTheUserNameAndNoPassword(@TempDir Path outdir) {
      DatabaseCluster orders = cluster(outdir, DatabaseAuthentication.IAM);
      assertThat(orders.connectionEnvironment()).containsKeys("DB_HOST", "DB_PORT", "DB_NAME")
          .containsEntry("DB_USERNAME", "app_user").containsEntry("DB_AUTHENTICATION", "iam")
          .containsEntry("DB_PORT", "5432").containsEntry("DB_NAME", "app");
      assertThat(orders.connectionSecrets()).isEmpty();
      assertThat(orders.applicationCredentials()).isEmpty();
    }
  }

  @Nested
  class RotatedSecret {
    @Test
    void holdsTheApplicationUserBesideTheMasterSecretsArn(SynthesizedApp app) {
      for (String name : List.of("Orders", "Ledger")) {
        Resource secret = resource(app, "dev/db/" + name + "Secret/ApplicationCredentialsSecret");
        assertThat(secret.property("GenerateSecretString.SecretStringTemplate").toString())
            .contains("orders_app", "masterarn");
        assertThat(secret).referencesAt("GenerateSecretString.SecretStringTemplate",
            "dev/db/" + name + "Secret/CredentialsSecret").referencesAt("KmsKeyId", "dev/db/SecretsKey/Key").isRetained();
        assertThat(resource(app, "dev/db/" + name + "Secret/ApplicationCredentialsSecret/Attachment"))
            .hasProperty("TargetType", "AWS::RDS::DBCluster")
            .referencesAt("TargetId", "dev/db/" + name + "Secret/Cluster");
      }
    }

    @Test
    void rotatesWithAlternatingUsersSignedInAsTheMasterAndNotAtCreation(SynthesizedApp app) {
      for (String[] engine : new String[][] {{"Orders", "PostgreSQLMultiUser"}, {"Ledger", "MySQLMultiUser"}}) {
        Resource schedule = app.stack(STACK).resourcesOfType("AWS::SecretsManager::RotationSchedule").stream()
            .filter(r -> r.property("HostedRotationLambda.RotationType").asText().equals(engine[1]))
            .findFirst().orElseThrow();
        assertThat(schedule)
            .hasProperty("RotationRules.ScheduleExpression", "rate(30 days)")
            .hasProperty("RotateImmediatelyOnUpdate", false)
            .referencesAt("SecretId", "dev/db/" + engine[0] + "Secret/ApplicationCredentialsSecret/Attachment")
            .referencesAt("HostedRotationLambda.MasterSecretArn", "dev/db/" + engine[0] + "Secret/CredentialsSecret")
            .referencesAt("HostedRotationLambda.VpcSecurityGroupIds", "dev/db/" + engine[0] + "Secret/RotationSecurityGroup");
      }
    }

    @Test
    void letsClientsReadTheApplicationSecretOnly(SynthesizedApp app) {
      for (String name : List.of("Orders", "Ledger")) {
        String client = "dev/db/" + name + "SecretClient";
        assertThat(app).stack(STACK).iamStatements().ofRole(client).allowing("secretsmanager:GetSecretValue")
            .onResourceReferencing("dev/db/" + name + "Secret/ApplicationCredentialsSecret/Attachment");
        assertThat(app).stack(STACK).iamStatements().ofRole(client).doesNotAllow("rds-db:connect")
            .noneOnResourceReferencing("dev/db/" + name + "Secret/CredentialsSecret");
      }
    }

    @Test
    void givesClientsTheAlternatingUserAndItsPasswordAsSecrets(@TempDir Path outdir) {
      DatabaseCluster ledger = cluster(outdir, DatabaseAuthentication.SECRET);
      assertThat(ledger.connectionEnvironment()).containsEntry("DB_AUTHENTICATION", "secret")
          .doesNotContainKeys("DB_USERNAME", "DB_PASSWORD");
      assertThat(ledger.connectionSecrets()).containsOnlyKeys("DB_USERNAME", "DB_PASSWORD");
      assertThat(ledger.connectionSecrets().values()).allSatisfy(s -> assertThat(s.getHasField()).isTrue());
      assertThat(ledger.applicationCredentials()).isPresent();
    }

    @Test
    void passesTheBaselinePolicyPack(SynthesizedApp app) {
      assertThat(app).report().hasNoErrors();
    }
  }

  @Nested
  class InvalidInput {
    private static final software.amazon.awscdk.services.ec2.IVpc VPC = Vpc.fromVpcAttributes(
        new Stack(new software.amazon.awscdk.App(), "S"), "Vpc",
        VpcAttributes.builder().vpcId("vpc-1").availabilityZones(List.of("eu-west-1a")).build());

    @Test
    void theApplicationUserIsALowercaseNameOfAtMost26CharactersOtherThanTheMaster() {
      for (String name : List.of("App", "1app", "app-user", "a".repeat(27), "app_admin")) {
        assertThatThrownBy(() -> DatabaseClusterProps.builder().vpc(VPC).applicationUsername(name).build())
            .as(name)
            .isInstanceOfSatisfying(GroundworkValidationException.class,
                e -> assertThat(e.codes()).containsExactly("DB_APPLICATION_USERNAME"))
            .hasMessageContaining("applicationUsername");
      }
      assertThat(DatabaseClusterProps.builder().vpc(VPC).applicationUsername("a".repeat(26)).build()
          .applicationUsername()).hasSize(26);
    }

    @Test
    void iamOnAMySqlClassWithoutItIsRefused(@TempDir Path outdir) {
      Stack stack = TestApps.appWithEveryTier(outdir).environment("dev").addStack("db");
      SecureVpc network = new SecureVpc(stack, "Network", SecureVpcProps.of(Cidr.of("10.0.0.0/16")));
      assertThatThrownBy(() -> new DatabaseCluster(stack, "Ledger", DatabaseClusterProps.builder()
              .vpc(network.vpc()).engine(DatabaseEngine.MYSQL).capacity(DatabaseCapacity.provisioned("t3.small"))
              .build()))
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("DB_IAM_INSTANCE_CLASS"))
          .hasMessageContaining("capacity");
      new DatabaseCluster(stack, "Secret", DatabaseClusterProps.builder()
          .vpc(network.vpc()).engine(DatabaseEngine.MYSQL).capacity(DatabaseCapacity.provisioned("t3.small"))
          .authentication(DatabaseAuthentication.SECRET).build());
    }
  }

  /** A cluster of its own app, for what the Java API returns before synthesis. */
  private static DatabaseCluster cluster(Path outdir, DatabaseAuthentication authentication) {
    Stack stack = TestApps.appWithEveryTier(outdir).environment("dev").addStack("db");
    SecureVpc network = new SecureVpc(stack, "Network", SecureVpcProps.of(Cidr.of("10.0.0.0/16")));
    return new DatabaseCluster(stack, "Db", DatabaseClusterProps.builder()
        .vpc(network.vpc()).authentication(authentication).build());
  }
}

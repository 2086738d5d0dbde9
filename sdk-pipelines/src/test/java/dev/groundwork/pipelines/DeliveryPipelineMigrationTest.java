package dev.groundwork.pipelines;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.data.DatabaseAuthentication;
import dev.groundwork.constructs.data.DatabaseCluster;
import dev.groundwork.constructs.data.DatabaseClusterProps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.testing.SynthesisExtension;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ssm.StringParameter;

/**
 * Database migrations in the pipeline: a {@link MigrationRunner} beside the database of each
 * environment, started by a cross-account CodeBuild action before the services stack deploys.
 */
class DeliveryPipelineMigrationTest {
  static final String DELIVERY_ACCOUNT = "444444444444";
  private static final String PIPELINE_STACK = "shop-delivery-pipeline";

  /**
   * dev and prod, each with a network, a data stack (the database and its runner) and a services
   * stack that reads the database's endpoint (so it depends on the data stack).
   */
  static PlatformApp app(Path outdir) {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("shop").team("platform").costCenter("cc-0001").outdir(outdir)
        .addEnvironments(EnvironmentProps.of("delivery", DELIVERY_ACCOUNT, "eu-west-1", Tier.PROD))
        .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
        .addEnvironments(EnvironmentProps.of("prod", "333333333333", "eu-west-1", Tier.PROD))
        .build());
    for (String name : List.of("dev", "prod")) {
      PlatformEnvironment env = app.environment(name);
      SecureVpc network = new SecureVpc(env.addStack("network"), "Network",
          SecureVpcProps.of(Cidr.of(name.equals("dev") ? "10.10.0.0/16" : "10.30.0.0/16")));
      Stack data = env.addStack("data");
      DatabaseCluster database = new DatabaseCluster(data, "Database",
          DatabaseClusterProps.builder().vpc(network.vpc()).build());
      new MigrationRunner(data, "Migrations", MigrationRunnerProps.builder()
          .database(database)
          .vpc(network.vpc())
          .pipelineAccount(AccountId.of(DELIVERY_ACCOUNT))
          .build());
      if (name.equals("dev")) {
        // The other way in: the application user's secret, rotated with alternating users.
        new MigrationRunner(data, "LedgerMigrations", MigrationRunnerProps.builder()
            .database(new DatabaseCluster(data, "Ledger", DatabaseClusterProps.builder().vpc(network.vpc())
                .authentication(DatabaseAuthentication.SECRET).build()))
            .vpc(network.vpc())
            .pipelineAccount(AccountId.of(DELIVERY_ACCOUNT))
            .build());
      }
      StringParameter.Builder.create(env.addStack("services"), "DatabaseEndpoint")
          .stringValue(database.cluster().getClusterEndpoint().getHostname())
          .build();
    }
    return app;
  }

  static EnvironmentDelivery migrated(PlatformApp app, String name) {
    PlatformEnvironment env = app.environment(name);
    Stack data = env.stacks().stream().filter(s -> s.getStackName().equals(env.stackName("data"))).findFirst().orElseThrow();
    return EnvironmentDelivery.builder()
        .environment(env)
        .migrations((MigrationRunner) data.getNode().findChild("Migrations"))
        .migrateBefore(env.stacks().stream().filter(s -> s.getStackName().equals(env.stackName("services")))
            .findFirst().orElseThrow())
        .build();
  }

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = app(outdir);
    Stack stack = app.environment("delivery").addStack("pipeline");
    new DeliveryPipeline(stack, "Delivery", DeliveryPipelineProps.builder()
        .source(RepositorySource.of(TestDeliveryApps.CONNECTION, "example/shop"))
        .addEnvironments(migrated(app, "dev"))
        .addEnvironments(migrated(app, "prod"))
        .alertTopic(TestDeliveryApps.alerts(stack))
        .build());
    return app;
  });

  static Map<String, JsonNode> actions(SynthesizedApp app, String wave) {
    Map<String, JsonNode> actions = new HashMap<>();
    DeliveryPipelineTest.stage(app, wave).path("Actions").forEach(a -> actions.put(a.path("Name").asText(), a));
    return actions;
  }

  @Nested
  class Pipeline {
    @Test
    void runsTheMigrationsAfterTheDataStackAndBeforeTheServicesStack(SynthesizedApp app) {
      for (String wave : List.of("dev", "prod")) {
        Map<String, JsonNode> actions = actions(app, wave);
        JsonNode migrate = actions.get("shop-" + wave + "-services.Migrate");
        assertThat(migrate).as("Migrate in %s among %s", wave, actions.keySet()).isNotNull();
        int order = migrate.path("RunOrder").asInt();
        assertThat(order).isGreaterThan(actions.get("shop-" + wave + "-data.Deploy").path("RunOrder").asInt());
        assertThat(order).isLessThan(actions.get("shop-" + wave + "-services.Prepare").path("RunOrder").asInt());
      }
    }

    @Test
    void startsTheRunnersProjectInTheTargetAccountAsItsActionRole(SynthesizedApp app) {
      JsonNode migrate = actions(app, "prod").get("shop-prod-services.Migrate");
      assertThat(migrate.path("ActionTypeId").path("Provider").asText()).isEqualTo("CodeBuild");
      assertThat(migrate.path("Configuration").path("ProjectName").asText()).isEqualTo("shop-prod-data-Migrations");
      assertThat(migrate.path("RoleArn").asText())
          .isEqualTo("arn:aws:iam::333333333333:role/shop-prod-data-Migrations-start");
      assertThat(migrate.path("InputArtifacts").get(0).path("Name").asText())
          .isEqualTo(actions(app, "Source").values().iterator().next().path("OutputArtifacts").get(0).path("Name").asText());
    }

    @Test
    void mayAssumeTheActionRolesAndLetsTheBuildRolesReadTheArtifacts(SynthesizedApp app) {
      String policies = app.stack(PIPELINE_STACK).resourcesOfType("AWS::IAM::Policy").stream()
          .map(p -> p.property("PolicyDocument").toString()).reduce("", String::concat);
      assertThat(policies).contains("arn:aws:iam::111111111111:role/shop-dev-data-Migrations-start")
          .contains("arn:aws:iam::333333333333:role/shop-prod-data-Migrations-start");
      String bucketPolicy = app.stack(PIPELINE_STACK).resourcesOfType("AWS::S3::BucketPolicy").stream()
          .map(p -> p.property("PolicyDocument").toString()).reduce("", String::concat);
      assertThat(bucketPolicy).contains("arn:aws:iam::333333333333:role/shop-prod-data-Migrations-build");
      assertThat(app).stack(PIPELINE_STACK).resource("DataKey2A0DE9E6")
          .hasPropertySatisfying("KeyPolicy", policy -> assertThat(policy.toString())
              .contains("arn:aws:iam::333333333333:role/shop-prod-data-Migrations-build")
              .contains("kms:Decrypt"));
    }

    @Test
    void keepsThePipelineStackFreeOfFindings(PolicyReport report) {
      assertThat(report.findings())
          .filteredOn(f -> f.stack().equals(PIPELINE_STACK))
          .isEmpty();
    }
  }

  @Nested
  class Runner {
    Resource project(SynthesizedApp app) {
      return app.stack("shop-prod-data").resourcesOfType("AWS::CodeBuild::Project").get(0);
    }

    @Test
    void buildsInThePrivateSubnetsOfTheVpcWithTheFlywayImage(SynthesizedApp app) {
      assertThat(app).stack("shop-prod-data").resourcesOfType("AWS::CodeBuild::Project").singleResource()
          .hasProperty("Name", "shop-prod-data-Migrations")
          .hasProperty("Environment.Image", "flyway/flyway:11.14.1")
          .hasProperty("Environment.PrivilegedMode", false)
          .hasProperty("Source.Type", "CODEPIPELINE")
          .hasProperty("VpcConfig.VpcId");
      assertThat(project(app).property("VpcConfig.Subnets").size()).isEqualTo(3);
      assertThat(project(app).property("Source.BuildSpec").asText())
          .contains("jdbc:postgresql://${DB_HOST}:${DB_PORT}/${DB_NAME}?sslmode=require")
          .contains("flyway -locations=\\\"filesystem:db/migration\\\" "
              + "-placeholders.app_user=\\\"$DB_APP_USERNAME\\\" migrate");
    }

    @Test
    void readsTheMasterSecretAsSecretsManagerVariablesAndNamesTheApplicationUser(SynthesizedApp app) {
      JsonNode variables = project(app).property("Environment.EnvironmentVariables");
      List<String> names = new java.util.ArrayList<>();
      variables.forEach(v -> {
        names.add(v.path("Name").asText());
        if (v.path("Name").asText().equals("DB_APP_USERNAME")) {
          assertThat(v.path("Type").asText()).isEqualTo("PLAINTEXT");
          assertThat(v.path("Value").asText()).isEqualTo("app_user");
        } else {
          assertThat(v.path("Type").asText()).isEqualTo("SECRETS_MANAGER");
          assertThat(v.path("Value").toString()).contains("DatabaseCredentialsSecret");
        }
      });
      assertThat(names).containsExactly("DB_HOST", "DB_NAME", "DB_PASSWORD", "DB_PORT", "DB_USERNAME", "DB_APP_USERNAME");
    }

    /** With a rotated application secret, its first password is the placeholder the migration creates the user with. */
    @Test
    void readsTheApplicationSecretsPasswordForTheUserItCreates(SynthesizedApp app) {
      Resource ledger = app.stack("shop-dev-data").resources().stream()
          .filter(r -> r.isNamed("dev/data/LedgerMigrations/Project")).findFirst().orElseThrow();
      JsonNode password = null;
      for (JsonNode v : ledger.property("Environment.EnvironmentVariables")) {
        if (v.path("Name").asText().equals("DB_APP_PASSWORD")) {
          password = v;
        }
      }
      assertThat(password).isNotNull();
      assertThat(password.path("Type").asText()).isEqualTo("SECRETS_MANAGER");
      assertThat(password.path("Value").toString()).contains("LedgerApplicationCredentialsSecretAttachment", ":password");
      assertThat(ledger.property("Source.BuildSpec").asText())
          .contains("-placeholders.app_password=\\\"$DB_APP_PASSWORD\\\"");
      assertThat(app).stack("shop-dev-data").iamStatements().ofRole("dev/data/LedgerMigrations/BuildRole")
          .allowing("secretsmanager:GetSecretValue")
          .onResourceReferencing("dev/data/Ledger/ApplicationCredentialsSecret/Attachment");
    }

    /**
     * Every IAM statement of every template: each master secret (and the attachment CDK reads it
     * through) is named by its migrations' build role and by nothing else.
     */
    @Test
    void onlyTheMigrationsReadTheMasterSecret(SynthesizedApp app) {
      for (String[] pair : new String[][] {{"dev/data/Database", "dev/data/Migrations"},
          {"prod/data/Database", "prod/data/Migrations"}, {"dev/data/Ledger", "dev/data/LedgerMigrations"}}) {
        String secret = pair[0] + "/CredentialsSecret";
        String role = pair[1] + "/BuildRole";
        assertThat(app).allStacks().iamStatements().ofRole(role).allowing("secretsmanager:GetSecretValue")
            .onResourceReferencing(secret);
        for (String path : List.of(secret, secret + "/Attachment")) {
          assertThat(app).allStacks().iamStatements().exceptRole(role).noneOnResourceReferencing(path);
        }
      }
    }

    @Test
    void isAdmittedByTheDatabaseOnItsPortOnly(SynthesizedApp app) {
      assertThat(app).stack("shop-prod-data").resourcesOfType("AWS::EC2::SecurityGroupIngress")
          .filteredOn("into the database", r -> r.property("FromPort").asInt() == 5432
              && r.property("SourceSecurityGroupId").toString().contains("MigrationsSecurityGroup"))
          .hasSize(1);
    }

    @Test
    void letsOnlyTheDeliveryAccountAssumeTheActionRole(SynthesizedApp app) {
      assertThat(app).stack("shop-prod-data").resource("prod/data/Migrations/ActionRole")
          .hasProperty("RoleName", "shop-prod-data-Migrations-start")
          .hasPropertySatisfying("AssumeRolePolicyDocument", doc -> assertThat(doc.toString())
              .contains(":iam::" + DELIVERY_ACCOUNT + ":root"));
    }

    @Test
    void addsNoFindings(PolicyReport report) {
      assertThat(report.findings())
          .filteredOn(f -> f.constructPath().contains("/Migrations/"))
          .isEmpty();
    }
  }
}

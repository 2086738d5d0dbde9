package dev.groundwork.pipelines;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.constructs.data.DatabaseAuthentication;
import dev.groundwork.constructs.data.DatabaseCluster;
import dev.groundwork.constructs.data.DatabaseEngine;
import dev.groundwork.constructs.logs.EncryptedLogGroup;
import dev.groundwork.constructs.logs.EncryptedLogGroupProps;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.services.codebuild.BuildEnvironment;
import software.amazon.awscdk.services.codebuild.BuildEnvironmentVariable;
import software.amazon.awscdk.services.codebuild.BuildEnvironmentVariableType;
import software.amazon.awscdk.services.codebuild.BuildSpec;
import software.amazon.awscdk.services.codebuild.CloudWatchLoggingOptions;
import software.amazon.awscdk.services.codebuild.LinuxBuildImage;
import software.amazon.awscdk.services.codebuild.LoggingOptions;
import software.amazon.awscdk.services.codebuild.PipelineProject;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.iam.AccountPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

/**
 * Runs an environment's database migrations (Flyway by default, or any tool in a build image):
 * a CodeBuild project inside the database's VPC, started by the {@link DeliveryPipeline} of the
 * delivery account before the stacks that use the new schema deploy.
 *
 * <p>Resources: a security group (HTTPS out to the image registry, S3, Secrets Manager and
 * CloudWatch Logs; the database's port out to the database, which admits it through
 * {@link DatabaseCluster#allowFrom}); an {@link EncryptedLogGroup} for the build logs with the
 * tier's retention; the build role ({@code <stack>-<id>-build}), which may read the database's
 * master secret (and, with {@link DatabaseAuthentication#SECRET}, the application user's) and
 * the pipeline account's artifacts (only buckets and keys of that account, whose own policies
 * then name this role); the CodeBuild project ({@code <stack>-<id>}, in the private subnets, no
 * privileged mode, the secrets' fields as {@code SECRETS_MANAGER} variables, never plaintext, and
 * the application user's name as {@code DB_APP_USERNAME}); and the action role
 * ({@code <stack>-<id>-start}), which the pipeline account may assume to start, watch and stop
 * builds of this project only.
 *
 * <p>The migrations run as the master user, the schema's owner: this build role is the one
 * principal of the environment that reads the master secret (besides Secrets Manager's rotation).
 * They create the application user the services sign in as ({@code CREATE USER ${app_user}} with
 * {@code rds_iam}, or with the application secret's first password), which needs the master
 * user's right to create users; a separate migration user would itself be created with the
 * master secret, so the migrator holds it either way, and the services never do.
 *
 * <p>Put it in a stack that deploys before the migrated stacks, next to the database (the
 * project must exist before the pipeline first runs it): for example the stack of the database,
 * when the services are in a stack of their own. Names are fixed, so the pipeline in another
 * account can address the project and roles without a cross-account reference.
 */
public final class MigrationRunner extends Construct {
  private final PipelineProject project;
  private final String projectName;
  private final String account;
  private final String region;
  private final AccountId pipelineAccount;

  public MigrationRunner(Construct scope, String id, MigrationRunnerProps props) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    MigrationRunnerSettings settings = MigrationRunnerDefaults.resolve(props, context);
    Stack stack = Stack.of(this);
    check(props, settings, stack);
    this.account = context.account().value();
    this.region = context.region().value();
    this.pipelineAccount = props.pipelineAccount();
    this.projectName = PhysicalNames.of(stack.getStackName() + "-" + id, "");
    DatabaseCluster database = props.database();

    SecurityGroup group = SecurityGroup.Builder.create(this, "SecurityGroup")
        .vpc(props.vpc())
        .description("Database migrations of " + getNode().getPath() + ": HTTPS out, the database port")
        .allowAllOutbound(false)
        .build();
    group.addEgressRule(Peer.anyIpv4(), Port.tcp(443),
        "Image registry, pipeline artifacts in S3, Secrets Manager, CloudWatch Logs");
    database.allowFrom(group);
    EncryptedLogGroup logs = new EncryptedLogGroup(this, "Logs", EncryptedLogGroupProps.builder()
        .retentionDays(settings.logRetentionDays())
        .build());

    Role buildRole = Role.Builder.create(this, "BuildRole")
        .roleName(PhysicalNames.of(projectName, "-build"))
        .assumedBy(new ServicePrincipal("codebuild.amazonaws.com"))
        .description("Database migrations of " + getNode().getPath())
        .build();
    PipelineArtifactReads.grant(buildRole, PlatformContext.of(this).app(), pipelineAccount, region);

    this.project = PipelineProject.Builder.create(this, "Project")
        .projectName(projectName)
        .description("Runs the database migrations of " + getNode().getPath() + " before the services deploy")
        .role(buildRole)
        .vpc(props.vpc())
        .subnetSelection(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
        .securityGroups(List.of(group))
        .environment(BuildEnvironment.builder()
            .buildImage(LinuxBuildImage.fromDockerRegistry(settings.image()))
            .computeType(settings.computeType())
            .privileged(settings.privileged())
            .build())
        .environmentVariables(variables(database))
        // Insertion-ordered: Map.of's order changes from JVM to JVM, and this reaches the template.
        .buildSpec(BuildSpec.fromObject(ImmutableMap.of(
            "version", "0.2",
            "phases", Map.of("build", Map.of("commands", settings.commands())))))
        .timeout(Duration.minutes(settings.timeoutMinutes()))
        .logging(LoggingOptions.builder()
            .cloudWatch(CloudWatchLoggingOptions.builder().logGroup(logs.logGroup()).build())
            .build())
        .build();
    database.masterCredentials().grantRead(project);
    database.applicationCredentials().ifPresent(credentials -> credentials.grantRead(project));

    Role actionRole = Role.Builder.create(this, "ActionRole")
        .roleName(PhysicalNames.of(projectName, "-start"))
        .assumedBy(new AccountPrincipal(pipelineAccount.value()))
        .description("Lets the delivery pipeline of account " + pipelineAccount.value()
            + " run the database migrations of " + getNode().getPath())
        .build();
    actionRole.addToPolicy(PolicyStatement.Builder.create()
        .actions(List.of("codebuild:StartBuild", "codebuild:BatchGetBuilds", "codebuild:StopBuild"))
        .resources(List.of(project.getProjectArn()))
        .build());
  }

  /**
   * The default commands: Flyway's {@code migrate} of the SQL files in {@code directory}, over TLS
   * ({@code sslmode=require} for PostgreSQL, {@code sslMode=REQUIRED} for MySQL), as the master
   * user, with the placeholder {@code ${app_user}} (the application user's name) and, with
   * {@link DatabaseAuthentication#SECRET}, {@code ${app_password}} (the application secret's
   * first password, for the migration that creates the user). The variables come from the
   * secrets; the command line names them, never their values.
   */
  public static List<String> flywayCommands(DatabaseEngine engine, DatabaseAuthentication authentication,
      String directory) {
    String url = switch (engine) {
      case POSTGRESQL -> "jdbc:postgresql://${DB_HOST}:${DB_PORT}/${DB_NAME}?sslmode=require";
      case MYSQL -> "jdbc:mysql://${DB_HOST}:${DB_PORT}/${DB_NAME}?sslMode=REQUIRED";
    };
    String password = authentication == DatabaseAuthentication.SECRET
        ? " -placeholders.app_password=\"$DB_APP_PASSWORD\"" : "";
    return List.of("FLYWAY_URL=\"" + url + "\" FLYWAY_USER=\"$DB_USERNAME\" FLYWAY_PASSWORD=\"$DB_PASSWORD\" "
        + "flyway -locations=\"filesystem:" + directory + "\" -placeholders.app_user=\"$DB_APP_USERNAME\""
        + password + " migrate");
  }

  /**
   * {@code DB_*} from the JSON fields of the master secret and, with a rotated application
   * secret, {@code DB_APP_PASSWORD} from it, resolved by CodeBuild at build start; the application
   * user's name in plain text ({@code DB_APP_USERNAME}).
   */
  private static Map<String, BuildEnvironmentVariable> variables(DatabaseCluster database) {
    Map<String, BuildEnvironmentVariable> variables = new LinkedHashMap<>();
    String master = database.masterCredentials().secret().getSecretArn();
    new TreeMap<>(ImmutableMap.of("DB_HOST", "host", "DB_PORT", "port", "DB_NAME", "dbname", "DB_USERNAME", "username",
        "DB_PASSWORD", "password")).forEach((name, field) -> variables.put(name, secret(master, field)));
    database.applicationCredentials().ifPresent(credentials ->
        variables.put("DB_APP_PASSWORD", secret(credentials.secret().getSecretArn(), "password")));
    variables.put("DB_APP_USERNAME", BuildEnvironmentVariable.builder()
        .type(BuildEnvironmentVariableType.PLAINTEXT)
        .value(database.applicationUsername())
        .build());
    return variables;
  }

  private static BuildEnvironmentVariable secret(String secretArn, String field) {
    return BuildEnvironmentVariable.builder()
        .type(BuildEnvironmentVariableType.SECRETS_MANAGER)
        .value(secretArn + ":" + field)
        .build();
  }

  private void check(MigrationRunnerProps props, MigrationRunnerSettings settings, Stack stack) {
    Problems validation = Problems.of("MigrationRunner", this);
    if (Stage.of(props.database()) != Stage.of(this)) {
      validation.add("MIGRATION_DATABASE_ENVIRONMENT", "database", "'" + props.database().getNode().getPath() + "'",
          "a database of this runner's environment", "Create the runner in the environment of the database it migrates.");
    }
    if (props.vpc().getPrivateSubnets().isEmpty()) {
      validation.add("MIGRATION_SUBNETS", "vpc", "a VPC without private subnets with egress",
          "the database's VPC, with private subnets that reach the image registry",
          "Pass the SecureVpc the database is in (SecureVpc.vpc()).");
    }
    if (settings.timeoutMinutes() < 5 || settings.timeoutMinutes() > 480) {
      validation.add("MIGRATION_TIMEOUT", "timeoutMinutes", settings.timeoutMinutes(), "5 to 480",
          "Keep the default 30; a migration that needs longer should be split (expand, backfill, contract).");
    }
    String image = settings.image();
    if (!image.contains("@sha256:") && (!image.matches(".*:[^/:]+$") || image.endsWith(":latest"))) {
      validation.add("MIGRATION_IMAGE_PINNED", "image", "'" + image + "'",
          "an image with a version tag or a digest", "Pin it, e.g. flyway/flyway:11.14.1.");
    }
    if (Token.isUnresolved(stack.getStackName())) {
      validation.add("MIGRATION_STACK_NAME", "scope", "a stack without a fixed name",
          "a stack with a fixed name (the project and roles are named after it)",
          "Create the stack with PlatformEnvironment.addStack(...), which names it.");
    }
    validation.throwIfAny();
  }

  /** The CodeBuild project: the escape hatch for anything Groundwork does not wrap. */
  public PipelineProject project() {
    return project;
  }

  /** The project's name (fixed: {@code <stack>-<id>}). */
  public String projectName() {
    return projectName;
  }

  /** The project's ARN, as a plain string the pipeline's account can use. */
  public String projectArn() {
    return "arn:aws:codebuild:" + region + ":" + account + ":project/" + projectName;
  }

  /** The ARN of the role the pipeline assumes to start builds. */
  public String actionRoleArn() {
    return "arn:aws:iam::" + account + ":role/" + PhysicalNames.of(projectName, "-start");
  }

  /** The ARN of the project's own role, which the pipeline's artifact bucket and key admit. */
  public String buildRoleArn() {
    return "arn:aws:iam::" + account + ":role/" + PhysicalNames.of(projectName, "-build");
  }

  /** The delivery account allowed to run it. */
  public AccountId pipelineAccount() {
    return pipelineAccount;
  }
}

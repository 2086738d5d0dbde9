package dev.groundwork.constructs.compute;

import dev.groundwork.constructs.data.DatabaseAuthentication;
import dev.groundwork.constructs.data.DatabaseCluster;
import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ScalableTaskCount;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.logs.ILogGroup;

/**
 * What every Groundwork Fargate service exposes to extend it: its service, and through it the
 * task definition, the container, the network connections, the scaling and the log group.
 */
public interface FargateWorkload {

  /** The Fargate service: the escape hatch for anything Groundwork does not wrap. */
  PrivateFargateService service();

  /** The task definition; add sidecars or grant the task role through it. */
  default HardenedTaskDefinition taskDefinition() {
    return service().hardenedTaskDefinition();
  }

  /** The application container. */
  default ContainerDefinition container() {
    return taskDefinition().container();
  }

  /** The tasks' network connections, e.g. {@code connections().allowTo(database, Port.tcp(5432))}. */
  default Connections connections() {
    return service().getConnections();
  }

  /** The task count scaling, for extra policies or schedules. */
  default ScalableTaskCount scaling() {
    return service().scaling();
  }

  /** The container log group. */
  default ILogGroup logGroup() {
    return taskDefinition().logGroup();
  }

  /**
   * Connects the service to {@code database} in one call, as its application user (never the
   * master user): the database admits its tasks on the engine's port; its container gets
   * {@link DatabaseCluster#connectionEnvironment()} ({@code DB_HOST}, {@code DB_PORT},
   * {@code DB_NAME}, {@code DB_AUTHENTICATION}, with IAM {@code DB_USERNAME}) and, with a
   * rotated secret, {@link DatabaseCluster#connectionSecrets()} ({@code DB_USERNAME} and
   * {@code DB_PASSWORD} as {@code ecs.Secret}s); the role that signs in is granted it: the task
   * role {@code rds-db:connect} as the application user (IAM), or the execution role reading the
   * application user's secret (ECS injects it when a task starts).
   *
   * <p>The service wires itself, so the database knows nothing of services (package {@code data}
   * sits below {@code compute}). Everything it adds is in the service's stack (its security-group
   * rules, its policies), so the database may be in another stack of the environment, which the
   * service's stack then depends on.
   *
   * @return the grant that lets the service sign in
   */
  default Grant connectTo(DatabaseCluster database) {
    database.allowFrom(service());
    ContainerDefinition container = container();
    database.connectionEnvironment().forEach(container::addEnvironment);
    database.connectionSecrets().forEach(container::addSecret);
    return database.grantConnect(database.authentication() == DatabaseAuthentication.IAM
        ? taskDefinition().getTaskRole() : taskDefinition().obtainExecutionRole());
  }
}

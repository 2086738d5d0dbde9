package dev.groundwork.constructs.compute;

import dev.groundwork.constructs.data.DatabaseCluster;
import dev.groundwork.constructs.data.ManagedSecret;
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
   * Connects the service to {@code database} in one call: the database admits its tasks on the
   * engine's port; its container gets {@code DB_HOST}, {@code DB_PORT}, {@code DB_NAME},
   * {@code DB_USERNAME} and {@code DB_PASSWORD} as {@code ecs.Secret}s from the rotated
   * credentials (the execution role may read this secret only); its task role may connect with
   * IAM authentication as the master user.
   *
   * <p>The service wires itself, so the database knows nothing of services (package {@code data}
   * sits below {@code compute}); it only admits and grants through its own API.
   *
   * @return the grant of {@code rds-db:connect} to the task role
   */
  default Grant connectTo(DatabaseCluster database) {
    database.allowFrom(service());
    ManagedSecret credentials = database.credentials();
    ContainerDefinition container = container();
    container.addSecret("DB_HOST", credentials.ecsSecret("host"));
    container.addSecret("DB_PORT", credentials.ecsSecret("port"));
    container.addSecret("DB_NAME", credentials.ecsSecret("dbname"));
    container.addSecret("DB_USERNAME", credentials.ecsSecret("username"));
    container.addSecret("DB_PASSWORD", credentials.ecsSecret("password"));
    return database.grantIamConnect(taskDefinition().getTaskRole());
  }
}

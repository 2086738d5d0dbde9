package dev.groundwork.constructs.compute;

import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ScalableTaskCount;
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
}

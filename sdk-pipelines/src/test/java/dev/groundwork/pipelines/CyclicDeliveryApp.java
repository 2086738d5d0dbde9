package dev.groundwork.pipelines;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.app.SynthCommand;
import dev.groundwork.constructs.compute.ContainerOptions;
import dev.groundwork.constructs.compute.QueueWorkerService;
import dev.groundwork.constructs.compute.QueueWorkerServiceProps;
import dev.groundwork.constructs.compute.ServiceCluster;
import dev.groundwork.constructs.compute.ServiceClusterProps;
import dev.groundwork.constructs.data.DatabaseCluster;
import dev.groundwork.constructs.data.DatabaseClusterProps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.core.Tier;
import java.nio.file.Path;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.Port;

/**
 * An app with a dependency cycle of the user's own making, delivered by a pipeline: the worker in
 * {@code services} connects to the database in {@code data} (services uses data), and then the
 * database's own connections admit the worker (CDK writes that rule into the database's group in
 * {@code data}, which then uses services). Its {@code main(outdir)} runs it through
 * {@link SynthCommand}, in a JVM of its own, for the exit status.
 */
public final class CyclicDeliveryApp {
  private CyclicDeliveryApp() {}

  public static void main(String[] args) {
    SynthCommand.run(() -> build(Path.of(args[0])));
  }

  static PlatformApp build(Path outdir) {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("shop").team("platform").costCenter("cc-0001").outdir(outdir)
        .addEnvironments(EnvironmentProps.of("delivery", "444444444444", "eu-west-1", Tier.PROD))
        .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
        .build());
    PlatformEnvironment dev = app.environment("dev");
    SecureVpc network = new SecureVpc(dev.addStack("network"), "Network", SecureVpcProps.of(Cidr.of("10.10.0.0/16")));
    DatabaseCluster database = new DatabaseCluster(dev.addStack("data"), "Database",
        DatabaseClusterProps.builder().vpc(network.vpc()).build());
    Stack services = dev.addStack("services");
    QueueWorkerService worker = new QueueWorkerService(services, "Worker", QueueWorkerServiceProps.builder()
        .cluster(new ServiceCluster(services, "Cluster", ServiceClusterProps.of(network.vpc())))
        .container(ContainerOptions.builder().image("public.ecr.aws/nginx/nginx-unprivileged:1.27.3")
            .cpu(256).memoryMiB(512).user("101:101").livenessHeartbeat("/tmp/heartbeat", 330).build())
        .build());
    worker.connectTo(database);
    database.connections().allowFrom(worker.service(), Port.tcp(5432), "admitted from the database's side");
    Stack pipeline = app.environment("delivery").addStack("pipeline");
    new DeliveryPipeline(pipeline, "Delivery", DeliveryPipelineProps.builder()
        .source(RepositorySource.of(TestDeliveryApps.CONNECTION, "example/shop"))
        .addEnvironments(EnvironmentDelivery.of(dev))
        .alertTopic(TestDeliveryApps.alerts(pipeline))
        .build());
    return app;
  }
}

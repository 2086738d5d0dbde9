package dev.groundwork.samples;

import dev.groundwork.constructs.compute.ContainerOptions;
import dev.groundwork.constructs.compute.HealthCheckOptions;
import dev.groundwork.constructs.compute.QueueWorkerService;
import dev.groundwork.constructs.compute.QueueWorkerServiceProps;
import dev.groundwork.constructs.compute.ServiceCluster;
import dev.groundwork.constructs.compute.ServiceClusterProps;
import dev.groundwork.constructs.compute.TlsCertificate;
import dev.groundwork.constructs.compute.WebService;
import dev.groundwork.constructs.compute.WebServiceProps;
import dev.groundwork.constructs.data.BackupPlan;
import dev.groundwork.constructs.data.BackupPlanProps;
import dev.groundwork.constructs.data.DatabaseCluster;
import dev.groundwork.constructs.data.DatabaseClusterProps;
import dev.groundwork.constructs.data.SecureBucket;
import dev.groundwork.constructs.data.SecureBucketProps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.core.EnvironmentProps;
import dev.groundwork.core.PlatformApp;
import dev.groundwork.core.PlatformAppProps;
import dev.groundwork.core.PlatformEnvironment;
import dev.groundwork.core.SynthCommand;
import dev.groundwork.core.Tier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;

/**
 * The reference app: an orders service with dev, staging and prod environments, each in its
 * own account. Per environment: a {@code network} stack (the VPC), a {@code services} stack (the
 * cluster, the public API, the fulfilment workers and the orders database both use) and a
 * {@code data} stack (documents and the environment's backup plan).
 */
public final class ReferenceApp {
  /** The address plan: one /16 per environment, so they can be peered later without overlap. */
  private static final Map<String, Cidr> NETWORKS = Map.of(
      "dev", Cidr.of("10.10.0.0/16"),
      "staging", Cidr.of("10.20.0.0/16"),
      "prod", Cidr.of("10.30.0.0/16"));
  /** The office network the VPCs will be connected to over VPN. */
  private static final Cidr OFFICE = Cidr.of("172.16.0.0/16");

  private ReferenceApp() {}

  /** Synthesizes into {@code cdk.out} (or {@code $CDK_OUTDIR}) and exits non-zero on failure. */
  public static void main(String[] args) {
    SynthCommand.run(() -> create(Optional.empty()));
  }

  /** The app, writing its assembly to {@code outdir} if given (tests use a temporary directory). */
  public static PlatformApp create(Optional<Path> outdir) {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("orders")
        .team("payments")
        .costCenter("cc-1234")
        .service("orders")
        .repository("github.com/example/orders-infra")
        .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
        .addEnvironments(EnvironmentProps.of("staging", "222222222222", "eu-west-1", Tier.STAGING))
        .addEnvironments(EnvironmentProps.of("prod", "333333333333", "eu-west-1", Tier.PROD))
        .outdir(outdir)
        .build());
    for (PlatformEnvironment env : app.environments()) {
      addStacks(env.name(), env.account().value(), env.region().value(), env::addStack);
    }
    return app;
  }

  /**
   * Adds one environment's stacks and constructs; {@code addStack} creates the stack for a
   * purpose. Public so the plain-CDK benchmark builds the very same construct tree.
   */
  public static void addStacks(
      String environment, String account, String region, Function<String, Stack> addStack) {
    Stack data = addStack.apply("data");
    new SecureBucket(data, "Documents", SecureBucketProps.defaults());
    new BackupPlan(data, "Backups", BackupPlanProps.defaults());
    SecureVpc network = new SecureVpc(addStack.apply("network"), "Network", SecureVpcProps.builder()
        .cidr(NETWORKS.get(environment))
        .addPeerNetworks(OFFICE)
        .build());
    addServices(addStack.apply("services"), account, region, network);
  }

  private static void addServices(Stack services, String account, String region, SecureVpc network) {
    ServiceCluster cluster = new ServiceCluster(services, "Cluster", ServiceClusterProps.of(network.vpc()));
    WebService api = new WebService(services, "Api", WebServiceProps.builder()
        .cluster(cluster)
        .container(ContainerOptions.builder()
            // nginx-unprivileged listens on 8080 as uid 101 and writes only to /tmp.
            .image("public.ecr.aws/nginx/nginx-unprivileged:1.27.3")
            .cpu(512)
            .memoryMiB(1024)
            .user("101:101")
            .putEnvironment("LOG_FORMAT", "json")
            .build())
        .containerPort(8080)
        .certificate(TlsCertificate.fromArn("arn:aws:acm:" + region + ":" + account
            + ":certificate/7e1c2a9d-4b3f-4c55-9a0e-2f6d8b1c3e4a"))
        .healthCheck(HealthCheckOptions.builder().path("/").build())
        .build());
    QueueWorkerService fulfilment = new QueueWorkerService(services, "Fulfilment", QueueWorkerServiceProps.builder()
        .cluster(cluster)
        .container(ContainerOptions.builder()
            // Stand-in for the fulfilment worker image; pinned like any production image.
            .image("public.ecr.aws/docker/library/busybox:1.37.0")
            .cpu(256)
            .memoryMiB(512)
            .command(List.of("sh", "-c", "while true; do sleep 60; done"))
            .build())
        .messagesPerTask(50)
        .alarmTopic(alerts(services))
        .build());
    addDatabase(services, network, api, fulfilment);
  }

  /** The orders database, used by the API and the workers, each wired in one call. */
  private static void addDatabase(Stack services, SecureVpc network, WebService api, QueueWorkerService fulfilment) {
    DatabaseCluster database = new DatabaseCluster(services, "Database", DatabaseClusterProps.builder()
        .vpc(network.vpc())
        .build());
    database.grantConnect(api);
    database.grantConnect(fulfilment);
  }

  /**
   * Where the on-call rota hears about alarms: a plain CDK topic, showing that Groundwork
   * constructs compose with CDK's own. Encrypted with a rotating key, TLS-only.
   */
  private static ITopic alerts(Stack services) {
    Key key = Key.Builder.create(services, "AlertsKey")
        .description("Encrypts the orders alerts topic")
        .enableKeyRotation(true)
        .removalPolicy(RemovalPolicy.RETAIN)
        .build();
    return Topic.Builder.create(services, "Alerts")
        .masterKey(key)
        .enforceSsl(true)
        .build();
  }
}

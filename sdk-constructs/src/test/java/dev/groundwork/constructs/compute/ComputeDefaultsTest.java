package dev.groundwork.constructs.compute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Region;
import dev.groundwork.core.Tier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;

/**
 * Pins every resolved default of the compute constructs per tier (Airlift style). A new
 * setting changes a settings record, so this test stops compiling or fails until its defaults
 * are written down here. Nothing is synthesized; the cluster exists only because props need one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComputeDefaultsTest {
  IVpc vpc;
  ServiceCluster cluster;
  ContainerOptions container;

  @BeforeAll
  void createCluster(@TempDir Path outdir) {
    cluster = TestClusters.inImportedVpc(outdir, "dev", "defaults");
    vpc = cluster.vpc();
    container = ContainerOptions.builder().image("repo:1.0").cpu(256).memoryMiB(512).build();
  }

  static PlatformContext context(Tier tier) {
    return new PlatformContext("app", "env", tier, AccountId.of("123456789012"), Region.of("eu-west-1"));
  }

  @Test
  void serviceClusterPerTier() {
    ServiceClusterProps props = ServiceClusterProps.of(vpc);
    assertThat(ServiceClusterDefaults.resolve(props, context(Tier.DEV))).isEqualTo(
        ServiceClusterSettings.builder().containerInsights(true).fargateSpot(true).execLogRetentionDays(30)
            .build());
    assertThat(ServiceClusterDefaults.resolve(props, context(Tier.STAGING))).isEqualTo(
        ServiceClusterSettings.builder().containerInsights(true).fargateSpot(false).execLogRetentionDays(90)
            .build());
    assertThat(ServiceClusterDefaults.resolve(props, context(Tier.PROD))).isEqualTo(
        ServiceClusterSettings.builder().containerInsights(true).fargateSpot(false).execLogRetentionDays(365)
            .build());
  }

  @Test
  void webServicePerTier() {
    WebServiceProps props = WebServiceProps.builder()
        .cluster(cluster).container(container)
        .certificate(TlsCertificate.fromArn("arn:aws:acm:eu-west-1:123456789012:certificate/abc"))
        .build();
    assertThat(WebServiceDefaults.resolve(props, context(Tier.DEV))).isEqualTo(web()
        .service(service().minTasks(1).maxTasks(2).executeCommand(true).logRetentionDays(30).build())
        .deletionProtection(false)
        .accessLogRetentionDays(30)
        .tracing(false)
        .build());
    assertThat(WebServiceDefaults.resolve(props, context(Tier.STAGING))).isEqualTo(web()
        .service(service().minTasks(2).maxTasks(4).executeCommand(true).logRetentionDays(90).build())
        .deletionProtection(false)
        .accessLogRetentionDays(90)
        .tracing(true)
        .build());
    assertThat(WebServiceDefaults.resolve(props, context(Tier.PROD))).isEqualTo(web()
        .service(service().minTasks(3).maxTasks(10).executeCommand(false).logRetentionDays(365).build())
        .deletionProtection(true)
        .accessLogRetentionDays(365)
        .tracing(true)
        .build());
  }

  /** The web settings no tier changes; each tier adds the rest by name. */
  private static WebServiceSettings.Builder web() {
    return WebServiceSettings.builder()
        .addAllIngressCidrs(List.of(Cidr.ANY_IPV4))
        .httpsPort(443)
        .internetFacing(true)
        .webApplicationFirewall(true)
        .sslPolicy(SslPolicy.RECOMMENDED_TLS)
        .dropInvalidHeaderFields(true);
  }

  private static ServiceSettings.Builder service() {
    return ServiceSettings.builder();
  }

  @Test
  void webServiceFixedDefaults() {
    WebServiceProps props = WebServiceProps.builder()
        .cluster(cluster).container(container)
        .certificate(TlsCertificate.fromArn("arn:aws:acm:eu-west-1:123456789012:certificate/abc"))
        .build();
    assertThat(props.containerPort()).isEqualTo(8080);
    assertThat(props.cpuTargetPercent()).isEqualTo(60);
    assertThat(props.memoryTargetPercent()).isEqualTo(70);
    assertThat(props.requestsPerTarget()).isEqualTo(1000);
    assertThat(props.minHealthyPercent()).isEqualTo(100);
    assertThat(props.maxPercent()).isEqualTo(200);
    assertThat(props.rateLimitPerIp()).isEqualTo(2000);
    assertThat(props.healthCheck()).isEqualTo(HealthCheckOptions.builder()
        .path("/").intervalSeconds(15).timeoutSeconds(5).healthyThreshold(2).unhealthyThreshold(3)
        .healthyHttpCodes("200-399").gracePeriodSeconds(60).liveness(true).build());
    assertThat(container.user()).isEqualTo("1000:1000");
    assertThat(ContainerRules.writablePaths(container)).containsExactly("/tmp");
  }

  @Test
  void queueWorkerServicePerTier() {
    QueueWorkerServiceProps props = QueueWorkerServiceProps.builder()
        .cluster(cluster).container(container).build();
    assertThat(QueueWorkerServiceDefaults.resolve(props, context(Tier.DEV))).isEqualTo(worker()
        .service(service().minTasks(1).maxTasks(2).executeCommand(true).logRetentionDays(30).build())
        .build());
    assertThat(QueueWorkerServiceDefaults.resolve(props, context(Tier.STAGING))).isEqualTo(worker()
        .service(service().minTasks(1).maxTasks(5).executeCommand(true).logRetentionDays(90).build())
        .build());
    assertThat(QueueWorkerServiceDefaults.resolve(props, context(Tier.PROD))).isEqualTo(worker()
        .service(service().minTasks(2).maxTasks(10).executeCommand(false).logRetentionDays(365).build())
        .build());
    assertThat(props.messagesPerTask()).isEqualTo(100);
    assertThat(props.visibilityTimeoutSeconds()).isEqualTo(300);
    assertThat(props.messageRetentionDays()).isEqualTo(4);
    assertThat(props.maxReceiveCount()).isEqualTo(5);
    assertThat(props.minHealthyPercent()).isEqualTo(100);
    assertThat(props.maxPercent()).isEqualTo(200);
    assertThat(props.capacityProviderStrategies()).isEqualTo(cluster.capacityProviderStrategies());
    assertThat(QueueWorkerServiceProps.builder().cluster(cluster.cluster()).container(container).build()
        .capacityProviderStrategies()).isEmpty();
  }

  private static QueueWorkerServiceSettings.Builder worker() {
    return QueueWorkerServiceSettings.builder().deadLetterRetentionDays(14).enforceSsl(true);
  }
}

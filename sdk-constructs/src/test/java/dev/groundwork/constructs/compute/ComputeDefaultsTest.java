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
        new ServiceClusterSettings(true, true, 30));
    assertThat(ServiceClusterDefaults.resolve(props, context(Tier.STAGING))).isEqualTo(
        new ServiceClusterSettings(true, false, 90));
    assertThat(ServiceClusterDefaults.resolve(props, context(Tier.PROD))).isEqualTo(
        new ServiceClusterSettings(true, false, 365));
  }

  @Test
  void webServicePerTier() {
    WebServiceProps props = WebServiceProps.builder()
        .cluster(cluster).container(container)
        .certificate(TlsCertificate.fromArn("arn:aws:acm:eu-west-1:123456789012:certificate/abc"))
        .build();
    assertThat(WebServiceDefaults.resolve(props, context(Tier.DEV))).isEqualTo(
        web(new ServiceSettings(1, 2, true, 30, false), false, 30));
    assertThat(WebServiceDefaults.resolve(props, context(Tier.STAGING))).isEqualTo(
        web(new ServiceSettings(2, 4, false, 90, true), false, 90));
    assertThat(WebServiceDefaults.resolve(props, context(Tier.PROD))).isEqualTo(
        web(new ServiceSettings(3, 10, false, 365, true), true, 365));
  }

  /** The web settings no tier changes, around the ones each tier sets. */
  private static WebServiceSettings web(ServiceSettings service, boolean deletionProtection,
      int accessLogRetentionDays) {
    return new WebServiceSettings(service, List.of(Cidr.ANY_IPV4), 443, true, deletionProtection, true,
        accessLogRetentionDays, SslPolicy.RECOMMENDED_TLS, true, DeploymentSettings.CIRCUIT_BREAKER_ONLY);
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
    assertThat(props.healthCheck().livenessPath()).isEmpty();
    assertThat(container.user()).isEqualTo("1000:1000");
    assertThat(container.capabilities()).isEmpty();
    assertThat(container.livenessCommand()).isEmpty();
    assertThat(ContainerRules.writablePaths(container)).containsExactly("/tmp");
  }

  @Test
  void queueWorkerServicePerTier() {
    QueueWorkerServiceProps props = QueueWorkerServiceProps.builder()
        .cluster(cluster).container(container).build();
    assertThat(QueueWorkerServiceDefaults.resolve(props, context(Tier.DEV))).isEqualTo(
        new QueueWorkerServiceSettings(new ServiceSettings(1, 2, true, 30, false), 14, true));
    assertThat(QueueWorkerServiceDefaults.resolve(props, context(Tier.STAGING))).isEqualTo(
        new QueueWorkerServiceSettings(new ServiceSettings(1, 5, false, 90, true), 14, true));
    assertThat(QueueWorkerServiceDefaults.resolve(props, context(Tier.PROD))).isEqualTo(
        new QueueWorkerServiceSettings(new ServiceSettings(2, 10, false, 365, true), 14, true));
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
}

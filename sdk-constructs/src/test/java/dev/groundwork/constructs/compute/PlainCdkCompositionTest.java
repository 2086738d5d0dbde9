package dev.groundwork.constructs.compute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.testing.SynthesisExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecs.Cluster;

/**
 * The services compose with plain CDK: a CDK {@code Cluster} in a CDK {@code Vpc}, a CDK
 * certificate, and a {@link ServiceCluster} on a CDK {@code Vpc}.
 */
class PlainCdkCompositionTest {
  static final String CERTIFICATE =
      "arn:aws:acm:eu-west-1:111111111111:certificate/5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
  private static final String PLAIN = "test-dev-plain";
  private static final String MIXED = "test-dev-mixed";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    Stack plain = app.environment("dev").addStack("plain");
    Vpc vpc = Vpc.Builder.create(plain, "PlainVpc").maxAzs(2).build();
    Cluster cluster = Cluster.Builder.create(plain, "PlainCluster").vpc(vpc).build();
    new WebService(plain, "Api", WebServiceProps.builder()
        .cluster(cluster)
        .container(container())
        .certificate(TlsCertificate.of(Certificate.fromCertificateArn(plain, "Shared", CERTIFICATE)))
        .build());
    new QueueWorkerService(plain, "Worker", QueueWorkerServiceProps.builder()
        .cluster(cluster)
        .container(workerContainer())
        .build());

    Stack mixed = app.environment("dev").addStack("mixed");
    ServiceCluster serviceCluster = new ServiceCluster(mixed, "Cluster",
        ServiceClusterProps.of(Vpc.Builder.create(mixed, "PlainVpc").maxAzs(2).build()));
    new QueueWorkerService(mixed, "Worker", QueueWorkerServiceProps.builder()
        .cluster(serviceCluster)
        .container(workerContainer())
        .build());
    return app;
  });

  private static ContainerOptions container() {
    return ContainerOptions.builder().image("public.ecr.aws/nginx/nginx:1.27.3").cpu(256).memoryMiB(512)
        .build();
  }

  private static ContainerOptions workerContainer() {
    return ContainerOptions.builder().image("public.ecr.aws/nginx/nginx:1.27.3").cpu(256).memoryMiB(512)
        .livenessHeartbeat("/tmp/heartbeat", 120).build();
  }

  @Test
  void servicesRunInAPlainCdkClusterOnRegularFargate(SynthesizedApp app) {
    List<Resource> services = app.stack(PLAIN).resourcesOfType("AWS::ECS::Service");
    assertThat(services).hasSize(2).allSatisfy(service -> {
      assertThat(service.property("Cluster").path("Ref").asText()).startsWith("PlainCluster");
      assertThat(service.property("LaunchType").asText()).isEqualTo("FARGATE");
      assertThat(service.property("CapacityProviderStrategy").isMissingNode()).isTrue();
    });
    assertThat(app.stack(PLAIN).resourcesOfType("AWS::ECS::Cluster")).singleElement()
        .satisfies(c -> assertThat(c.logicalId()).startsWith("PlainCluster"));
  }

  @Test
  void securityGroupsAndLoadBalancerLiveInTheClustersVpc(SynthesizedApp app) {
    StackTemplate stack = app.stack(PLAIN);
    assertThat(stack.resourcesOfType("AWS::EC2::SecurityGroup")).hasSize(3).allSatisfy(group ->
        assertThat(group.property("VpcId").path("Ref").asText()).startsWith("PlainVpc"));
    assertThat(stack.resourcesOfType("AWS::ElasticLoadBalancingV2::LoadBalancer")).singleElement()
        .satisfies(lb -> assertThat(lb.property("Subnets").toString()).contains("PlainVpcPublicSubnet"));
  }

  @Test
  void theHttpsListenerServesTheCertificateTheAppBrings(SynthesizedApp app) {
    StackTemplate stack = app.stack(PLAIN);
    assertThat(stack.resourcesOfType("AWS::CertificateManager::Certificate")).isEmpty();
    assertThat(stack.resourcesOfType("AWS::ElasticLoadBalancingV2::Listener"))
        .filteredOn(listener -> listener.property("Protocol").asText().equals("HTTPS"))
        .singleElement()
        .satisfies(listener -> assertThat(listener.property("Certificates").path(0)
            .path("CertificateArn").asText()).isEqualTo(CERTIFICATE));
  }

  @Test
  void aServiceClusterOnAPlainCdkVpcGivesItsCapacityProviders(SynthesizedApp app) {
    Resource service = app.stack(MIXED).resourcesOfType("AWS::ECS::Service").get(0);
    assertThat(service.property("LaunchType").isMissingNode()).isTrue();
    assertThat(service.property("CapacityProviderStrategy").toString())
        .contains("FARGATE").contains("FARGATE_SPOT");
    assertThat(app.stack(MIXED).resourcesOfType("AWS::ECS::ClusterCapacityProviderAssociations"))
        .hasSize(1);
  }
}

package dev.groundwork.constructs;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.compute.ContainerOptions;
import dev.groundwork.constructs.compute.HealthCheckOptions;
import dev.groundwork.constructs.compute.QueueWorkerService;
import dev.groundwork.constructs.compute.QueueWorkerServiceProps;
import dev.groundwork.constructs.compute.ServiceCluster;
import dev.groundwork.constructs.compute.ServiceEndpoint;
import dev.groundwork.constructs.compute.ServiceClusterProps;
import dev.groundwork.constructs.compute.TlsCertificate;
import dev.groundwork.constructs.compute.WebService;
import dev.groundwork.constructs.compute.WebServiceProps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.InterfaceEndpoint;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.testing.SynthesisExtension;
import dev.groundwork.testing.TemplatesAssert;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.certificatemanager.ICertificate;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ecs.CfnService;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/**
 * The code shown in {@code docs/constructs/} pages, compiled and synthesized. The guide's Java blocks
 * are verbatim copies of the parts between {@code tag::} and {@code end::} comments here, which
 * {@code DocsSnippetsTest} (samples) checks.
 */
class ConstructsGuideExamplesTest {
  private static final String NETWORK = "test-prod-network";
  private static final String SERVICES = "test-prod-services";
  private static final String DEV_SERVICES = "test-dev-services";
  private static final String STAGING_SERVICES = "test-staging-services";
  private static final String SHARED_CERTIFICATE =
      "arn:aws:acm:eu-west-1:222222222222:certificate/3f2e1d0c-9b8a-4766-a5b4-c3d2e1f0a9b8";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(ConstructsGuideExamplesTest::examples);

  /** An app with the guide's examples in it: prod network and services stacks, a dev services stack. */
  static PlatformApp examples(Path outdir) {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    Stack networkStack = app.environment("prod").addStack("network");
    Stack stack = app.environment("prod").addStack("services");
    Stack devStack = app.environment("dev").addStack("services");

    // tag::vpc
    SecureVpc network = new SecureVpc(networkStack, "Network", SecureVpcProps.builder()
        .cidr(Cidr.of("10.30.0.0/16"))
        .addPeerNetworks(Cidr.of("172.16.0.0/16"))   // the office, reached over VPN
        .build());
    // end::vpc

    // tag::cluster
    ServiceCluster cluster = new ServiceCluster(stack, "Cluster",
        ServiceClusterProps.of(network.vpc()));
    // end::cluster

    // tag::web
    ISecret dbPassword = software.amazon.awscdk.services.secretsmanager.Secret
        .fromSecretNameV2(stack, "DbPassword", "orders/db-password");
    WebService api = new WebService(stack, "Api", WebServiceProps.builder()
        .cluster(cluster)
        .container(ContainerOptions.builder()
            .image("public.ecr.aws/nginx/nginx-unprivileged:1.27.3")
            .cpu(512)
            .memoryMiB(1024)
            .user("101:101")
            .putEnvironment("LOG_LEVEL", "info")
            .putSecrets("DB_PASSWORD", Secret.fromSecretsManager(dbPassword))
            .build())
        .endpoint(ServiceEndpoint.of("Z0123456789ABCDEFGHIJ", "orders.example.com", "api"))
        .healthCheck(HealthCheckOptions.builder().path("/health").build())
        .build());
    // end::web

    // tag::worker
    QueueWorkerService fulfilment = new QueueWorkerService(stack, "Fulfilment",
        QueueWorkerServiceProps.builder()
            .cluster(cluster)
            .container(ContainerOptions.builder()
                .image("public.ecr.aws/docker/library/busybox:1.37.0")
                .cpu(256)
                .memoryMiB(512)
                // The worker touches /tmp/heartbeat after every receive; ECS replaces it when
                // the file is older than a message may take (300 s) plus a receive (20 s).
                .livenessHeartbeat("/tmp/heartbeat", 330)
                .build())
            .messagesPerTask(50)
            .build());
    fulfilment.grantSendMessages(api.taskDefinition().getTaskRole());
    // end::worker

    // tag::escape
    SecurityGroup database = SecurityGroup.Builder.create(stack, "Database")
        .vpc(network.vpc())
        .allowAllOutbound(false)
        .build();
    api.connections().allowTo(database, Port.tcp(5432), "API to PostgreSQL");
    CfnService cfnService = (CfnService) api.service().getNode().getDefaultChild();
    cfnService.addPropertyOverride("AvailabilityZoneRebalancing", "ENABLED");
    // end::escape

    // tag::optout
    SecureVpc cheap = new SecureVpc(devStack, "Network", SecureVpcProps.builder()
        .cidr(Cidr.of("10.10.0.0/16"))
        .interfaceEndpoints(Set.of(InterfaceEndpoint.ECR_API, InterfaceEndpoint.ECR_DOCKER))
        .build());
    ServiceCluster devCluster = new ServiceCluster(devStack, "Cluster", ServiceClusterProps.builder()
        .vpc(cheap.vpc())
        .fargateSpot(false)
        .build());
    new WebService(devStack, "Internal", WebServiceProps.builder()
        .cluster(devCluster)
        .container(ContainerOptions.builder()
            .image("public.ecr.aws/nginx/nginx-unprivileged:1.27.3")
            .cpu(256)
            .memoryMiB(512)
            .user("101:101")
            .build())
        .endpoint(ServiceEndpoint.of("Z0123456789ABCDEFGHIJ", "dev.example.com", "internal"))
        .internetFacing(false)
        .ingressCidrs(List.of(Cidr.of("172.16.0.0/16")))
        .webApplicationFirewall(false)
        .build());
    // end::optout

    Stack stagingStack = app.environment("staging").addStack("services");
    SecureVpc stagingNetwork = new SecureVpc(stagingStack, "Network",
        SecureVpcProps.of(Cidr.of("10.40.0.0/16")));
    // tag::plaincdk
    Cluster existing = Cluster.Builder.create(stagingStack, "Cluster")
        .vpc(stagingNetwork.vpc())
        .build();
    ICertificate shared = Certificate.fromCertificateArn(stagingStack, "SharedCertificate",
        SHARED_CERTIFICATE);
    WebService partners = new WebService(stagingStack, "Partners", WebServiceProps.builder()
        .cluster(existing)
        .container(ContainerOptions.builder().image("public.ecr.aws/nginx/nginx-unprivileged:1.27.3")
            .cpu(256).memoryMiB(512).user("101:101").build())
        .certificate(TlsCertificate.of(shared))
        .build());
    partners.taskDefinition().container().addEnvironment("PARTNER_API", "v2");
    // end::plaincdk

    return app;
  }

  @Test
  void examplesSynthesize(SynthesizedApp app) {
    assertThat(app).stack(NETWORK).hasResourceCount("AWS::EC2::VPC", 1);
    assertThat(app).stack(SERVICES)
        .hasResourceCount("AWS::ECS::Service", 2)
        .hasResourceCount("AWS::WAFv2::WebACL", 1);
    assertThat(app.stack(SERVICES).json().toString())
        .contains("sqs:SendMessage").contains("\"AvailabilityZoneRebalancing\":\"ENABLED\"");
    assertThat(app).stack(SERVICES).iamStatements().ofRole("prod/services/Api/TaskDefinition/TaskRole")
        .allowing("sqs:SendMessage").onResourceReferencing("prod/services/Fulfilment/Queue");
    assertThat(app).stack(SERVICES).resource("prod/services/Api/Service/Service")
        .hasProperty("AvailabilityZoneRebalancing", "ENABLED");
    assertThat(app).stack(SERVICES).ingressRules().ofSecurityGroup("prod/services/Database")
        .allowingPort(5432).fromSecurityGroup("prod/services/Api/ServiceSecurityGroup");
  }

  @Test
  void optOutsTakeEffect(SynthesizedApp app) {
    TemplatesAssert devServices = assertThat(app).stack(DEV_SERVICES);
    devServices.doesNotHaveResource("AWS::WAFv2::WebACL");
    devServices.resourcesOfType("AWS::ElasticLoadBalancingV2::LoadBalancer").singleResource()
        .hasProperty("Scheme", "internal");
    devServices.resourcesOfType("AWS::EC2::VPCEndpoint")
        .filteredOn("are interface endpoints", e -> e.property("VpcEndpointType").asText().equals("Interface"))
        .hasSize(2);
    devServices.resourcesOfType("AWS::ECS::Service").singleResource();
    assertThat(app.stack(DEV_SERVICES).resourcesOfType("AWS::ECS::Service").get(0)
        .property("CapacityProviderStrategy").toString()).doesNotContain("FARGATE_SPOT");
    String loadBalancerGroup = "dev/services/Internal/LoadBalancerSecurityGroup";
    devServices.resource(loadBalancerGroup).hasPropertySatisfying("SecurityGroupIngress", rules ->
        assertThat((List<?>) rules).isNotEmpty().allSatisfy(rule ->
            assertThat(((Map<?, ?>) rule).get("CidrIp")).isEqualTo("172.16.0.0/16")));
    devServices.ingressRules().ofSecurityGroup(loadBalancerGroup).noneOpenToTheWorld()
        .allowingPort(443).fromCidr("172.16.0.0/16");
    devServices.hasResourceCount("AWS::CertificateManager::Certificate", 1);
  }

  @Test
  void plainCdkClusterAndCertificateCompose(SynthesizedApp app) {
    TemplatesAssert staging = assertThat(app).stack(STAGING_SERVICES);
    staging.doesNotHaveResource("AWS::CertificateManager::Certificate");
    String cluster = app.stack(STAGING_SERVICES).resourcesOfType("AWS::ECS::Cluster").get(0).logicalId();
    staging.hasResourceCount("AWS::ECS::Cluster", 1);
    staging.resource("staging/services/Partners/Service/Service")
        .hasProperty("LaunchType", "FARGATE")
        .hasProperty("Cluster.Ref", cluster);
    assertThat(app.stack(STAGING_SERVICES).resourcesOfType("AWS::ECS::Service").get(0)
        .property("CapacityProviderStrategy").isMissingNode()).isTrue();
    assertThat(app.stack(STAGING_SERVICES).resourcesOfType("AWS::ElasticLoadBalancingV2::Listener"))
        .filteredOn(listener -> listener.property("Protocol").asText().equals("HTTPS"))
        .singleElement()
        .satisfies(listener -> assertThat(listener.property("Certificates").toString())
            .contains(SHARED_CERTIFICATE));
    assertThat(app.stack(STAGING_SERVICES).resourcesOfType("AWS::ECS::TaskDefinition").get(0)
        .property("ContainerDefinitions").path(0).path("Environment").toString())
        .contains("PARTNER_API");
  }
}

package dev.groundwork.constructs;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.compute.ContainerOptions;
import dev.groundwork.constructs.compute.HardenedTaskDefinition;
import dev.groundwork.constructs.compute.HealthCheckOptions;
import dev.groundwork.constructs.compute.ServiceCluster;
import dev.groundwork.constructs.compute.ServiceClusterProps;
import dev.groundwork.constructs.compute.TlsCertificate;
import dev.groundwork.constructs.compute.TracingSidecar;
import dev.groundwork.constructs.compute.WebService;
import dev.groundwork.constructs.compute.WebServiceProps;
import dev.groundwork.constructs.logs.CustomResourceProviderLogs;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.testing.SynthesisExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.Capability;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.LogDriver;

/**
 * The examples of the construct pages ({@code docs/constructs/}) that no other test shows,
 * compiled and synthesized once. The pages quote the parts between {@code tag::} and
 * {@code end::} comments verbatim, which {@code DocsSnippetsTest} (samples) checks.
 */
class ConstructPagesExamplesTest {
  /** What the Cidr example computes, checked below. */
  static final List<Boolean> PLAN_CHECKS = new ArrayList<>();

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(ConstructPagesExamplesTest::examples);

  static PlatformApp examples(Path outdir) {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    Stack networkStack = app.environment("dev").addStack("network");
    Stack services = app.environment("dev").addStack("services");
    Stack legacy = app.environment("dev").addStack("legacy");

    // tag::cidr
    Cidr office = Cidr.of("172.16.0.0/16");
    Cidr plan = Cidr.of("10.40.0.0/16");
    boolean usable = plan.isPrivate() && !plan.overlaps(office) && plan.prefixLength() <= 24;
    // end::cidr
    PLAN_CHECKS.add(usable);
    SecureVpc network = new SecureVpc(networkStack, "Network", SecureVpcProps.builder()
        .cidr(plan)
        .addPeerNetworks(office)
        .build());
    ServiceCluster cluster = new ServiceCluster(services, "Cluster", ServiceClusterProps.of(network.vpc()));

    // tag::tracing
    WebService api = new WebService(services, "Api", WebServiceProps.builder()
        .cluster(cluster)
        .container(ContainerOptions.builder()
            .image("public.ecr.aws/nginx/nginx-unprivileged:1.27.3")
            .cpu(256)
            .memoryMiB(512)
            .user("101:101")
            .build())
        .certificate(TlsCertificate.fromArn(
            "arn:aws:acm:eu-west-1:111111111111:certificate/0b6c5e1a-2f3d-4e8b-9a7c-6d5e4f3a2b1c"))
        .tracing(true)   // DEV has no tracing unless asked for
        .build());
    // end::tracing

    // tag::tasks
    WebService catalog = new WebService(services, "Catalog", WebServiceProps.builder()
        .cluster(cluster)
        .container(ContainerOptions.builder()
            .image("public.ecr.aws/nginx/nginx-unprivileged:1.27.3")
            .cpu(512)
            .memoryMiB(1024)
            .user("101:101")
            // An ECS Exec session (root, every capability dropped) may attach a profiler.
            .addCapabilities(Capability.SYS_PTRACE)
            .build())
        .certificate(TlsCertificate.fromArn(
            "arn:aws:acm:eu-west-1:111111111111:certificate/0b6c5e1a-2f3d-4e8b-9a7c-6d5e4f3a2b1c"))
        .healthCheck(HealthCheckOptions.builder()
            .path("/ready")        // the load balancer: traffic only while dependencies answer
            .livenessPath("/live") // ECS: replace the task only when the process is broken
            .build())
        .build());
    HardenedTaskDefinition task = catalog.taskDefinition();
    task.addSidecar("log-router", ContainerDefinitionOptions.builder()
        .image(ContainerImage.fromRegistry("public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4"))
        .memoryLimitMiB(64)
        .user("1000")
        .readonlyRootFilesystem(true)
        .linuxParameters(task.sidecarLinuxParameters("log-router"))
        .logging(LogDriver.awsLogs(AwsLogDriverProps.builder().logGroup(task.logGroup()).streamPrefix("router").build()))
        .build());
    // end::tasks

    // tag::provider-logs
    Vpc existing = Vpc.Builder.create(legacy, "Vpc")
        .maxAzs(2)
        .restrictDefaultSecurityGroup(true)
        .build();
    CustomResourceProviderLogs.of(legacy.getNode().findChild("Custom::VpcRestrictDefaultSGCustomResourceProvider"));
    // end::provider-logs
    return app;
  }

  @Test
  void theAddressPlanIsPrivateAndClearOfTheOffice() {
    assertThat(PLAN_CHECKS).containsExactly(true);
  }

  @Test
  void tracingAddsTheCollectorBesideTheApplicationInDev(SynthesizedApp app) {
    assertThat(app).stack("test-dev-services").resource("dev/services/Api/TaskDefinition/Resource")
        .hasProperty("ContainerDefinitions[1].Name", TracingSidecar.CONTAINER_NAME)
        .hasProperty("ContainerDefinitions[1].Image", TracingSidecar.IMAGE);
  }

  @Test
  void theTasksExampleAddsBackOnlyWhatItNamesAndChecksEachPathForItsPurpose(SynthesizedApp app) {
    String container = "ContainerDefinitions[0].";
    assertThat(app).stack("test-dev-services").resource("dev/services/Catalog/TaskDefinition/Resource")
        .hasProperty(container + "LinuxParameters.Capabilities.Drop", List.of("ALL"))
        .hasProperty(container + "LinuxParameters.Capabilities.Add", List.of("SYS_PTRACE"))
        .hasProperty(container + "HealthCheck.Command[1]",
            "curl -fsS -o /dev/null 'http://localhost:8080/live' || exit 1")
        .hasProperty("ContainerDefinitions[1].Name", "log-router")
        .hasProperty("ContainerDefinitions[1].LinuxParameters.Capabilities.Drop", List.of("ALL"))
        .doesNotHaveProperty("ContainerDefinitions[1].LinuxParameters.Capabilities.Add")
        .hasProperty(container + "Memory", 1024 - 64);
    assertThat(app).stack("test-dev-services").resourcesOfType("AWS::ElasticLoadBalancingV2::TargetGroup")
        .filteredOn("of the catalog", group -> group.constructPath().orElse("").startsWith("dev/services/Catalog/"))
        .singleResource().hasProperty("HealthCheckPath", "/ready");
  }

  @Test
  void theProvidersFunctionLogsToAnEncryptedGroupItAloneMayWrite(SynthesizedApp app) {
    String provider = "dev/legacy/Custom::VpcRestrictDefaultSGCustomResourceProvider";
    assertThat(app).stack("test-dev-legacy").resource(provider + "/Handler")
        .referencesAt("LoggingConfig.LogGroup", provider + "/Logs/Handler/LogGroup");
    assertThat(app).stack("test-dev-legacy").resource(provider + "/Role")
        .doesNotHaveProperty("ManagedPolicyArns");
    assertThat(app).stack("test-dev-legacy").resource(provider + "/Logs/Handler/LogGroup")
        .referencesAt("KmsKeyId", "dev/legacy/LogsKey/Key");
  }
}

package dev.groundwork.constructs;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.compute.ContainerOptions;
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

package dev.groundwork.constructs.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.core.GroundworkValidationException;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.IVpc;

/** Bad input fails at construction with a coded message naming the property. Nothing is synthesized. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KubernetesClusterInvalidInputTest {
  PlatformEnvironment prod;
  IVpc vpc;
  int stacks;

  @BeforeAll
  void createApp(@TempDir Path outdir) {
    prod = TestApps.appWithEveryTier(outdir).environment("prod");
    vpc = TestNetworks.importedVpc(prod.addStack("network"));
  }

  @Test
  void rejectsAPublicEndpointWithoutAnAllowList() {
    assertRejected(() -> KubernetesClusterProps.builder().vpc(vpc).version(KubernetesVersion.V1_33)
        .publicEndpoint(true).build(), "EKS_ENDPOINT_ALLOWLIST")
        .hasMessageContaining("publicAccessCidrs must be at least one network when publicEndpoint is true")
        .hasMessageContaining("got none");
  }

  @Test
  void rejectsAnAllowListOfTheWholeInternet() {
    assertRejected(() -> KubernetesClusterProps.builder().vpc(vpc).version(KubernetesVersion.V1_33)
        .publicEndpoint(true).addPublicAccessCidrs(Cidr.ANY_IPV4).build(), "EKS_ENDPOINT_ALLOWLIST")
        .hasMessageContaining("publicAccessCidrs must be networks narrower than the whole internet, got 0.0.0.0/0");
  }

  @Test
  void rejectsAnAllowListForAPrivateEndpoint() {
    assertRejected(() -> KubernetesClusterProps.builder().vpc(vpc).version(KubernetesVersion.V1_33)
        .addPublicAccessCidrs(Cidr.of("203.0.113.0/24")).build(), "EKS_ENDPOINT_ALLOWLIST")
        .hasMessageContaining("publicAccessCidrs must be empty while publicEndpoint is false");
  }

  @Test
  void rejectsAnUnknownKubernetesVersion() {
    assertRejected(() -> KubernetesVersion.of("1.19"), "EKS_VERSION_UNKNOWN")
        .hasMessageContaining("version must be one of [1.32, 1.33], got '1.19'");
  }

  @Test
  void rejectsANodeGroupWithMinAboveMax() {
    assertRejected(() -> NodeGroupOptions.builder().minSize(5).maxSize(2).build(), "EKS_NODEGROUP_SIZE")
        .hasMessageContaining("minSize must be at most maxSize (2), got 5");
  }

  @Test
  void rejectsAMinAboveTheTiersMaxOnceDefaultsAreFilledIn() {
    KubernetesClusterProps props = KubernetesClusterProps.builder().vpc(vpc).version(KubernetesVersion.V1_33)
        .nodeGroup(NodeGroupOptions.builder().minSize(12).build()).build();
    Stack stack = prod.addStack("cluster" + (++stacks));
    assertRejected(() -> new KubernetesCluster(stack, "Cluster", props), "EKS_NODEGROUP_SIZE")
        .hasMessageContaining("KubernetesCluster at 'prod/")
        .hasMessageContaining("nodeGroup.minSize must be at most maxSize (10), got 12");
  }

  @Test
  void rejectsAnInstanceTypeOfAnotherArchitectureThanTheImage() {
    assertRejected(() -> NodeGroupOptions.builder().amiType(NodeAmiType.AL2023_ARM_64)
        .addInstanceTypes("m6i.large").build(), "EKS_INSTANCE_TYPE_ARCH")
        .hasMessageContaining("instanceTypes must be an instance type of architecture")
        .hasMessageContaining("for amiType AL2023_ARM_64, got 'm6i.large'");
  }

  @Test
  void rejectsAMalformedInstanceType() {
    assertRejected(() -> NodeGroupOptions.builder().addInstanceTypes("large").build(), "EKS_INSTANCE_TYPE_FORMAT")
        .hasMessageContaining("instanceTypes must be an EC2 instance type such as m6i.large, got 'large'");
  }

  @Test
  void rejectsAServiceAccountNameThatIsNotADnsLabel() {
    assertRejected(() -> new ServiceAccountName("Orders", "api_v2"), "EKS_SERVICE_ACCOUNT_NAME",
        "EKS_SERVICE_ACCOUNT_NAME")
        .hasMessageContaining("namespace must be a DNS-1123 label");
  }

  @Test
  void rejectsALogRetentionCloudWatchDoesNotOffer() {
    KubernetesClusterProps props = KubernetesClusterProps.builder().vpc(vpc).version(KubernetesVersion.V1_33)
        .controlPlaneLogRetentionDays(42).build();
    Stack stack = prod.addStack("cluster" + (++stacks));
    assertRejected(() -> new KubernetesCluster(stack, "Cluster", props), "LOG_RETENTION_DAYS")
        .hasMessageContaining("controlPlaneLogRetentionDays must be one of [1, 3, 5, 7, 14, 30");
  }

  @Test
  void rejectsAFargateProfileWithoutValidNamespaces() {
    Stack stack = prod.addStack("cluster" + (++stacks));
    KubernetesCluster cluster = new KubernetesCluster(stack, "Cluster",
        KubernetesClusterProps.of(TestNetworks.importedVpc(stack), KubernetesVersion.V1_33));
    assertRejected(() -> cluster.addFargateProfile("Jobs", List.of()), "EKS_FARGATE_NAMESPACES")
        .hasMessageContaining("Jobs.namespaces must be one to five namespaces, got none");
    assertRejected(() -> cluster.addFargateProfile("Jobs", List.of("Batch_Jobs")), "EKS_SERVICE_ACCOUNT_NAME")
        .hasMessageContaining("Jobs.namespaces must be a DNS-1123 label");
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(ThrowingCallable call,
      String... codes) {
    return assertThatThrownBy(call)
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly(codes));
  }
}

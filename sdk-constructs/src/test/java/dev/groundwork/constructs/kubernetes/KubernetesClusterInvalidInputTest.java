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
  private static final String ADMIN = "arn:aws:iam::333333333333:role/platform-admin";
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
  void rejectsAProdClusterWithoutAnAdminOrAWayToTheEndpoint() {
    KubernetesClusterProps props = KubernetesClusterProps.of(vpc, KubernetesVersion.V1_33);
    Stack stack = prod.addStack("cluster" + (++stacks));
    assertRejected(() -> new KubernetesCluster(stack, "Cluster", props), "EKS_ADMIN_REQUIRED", "EKS_ADMIN_NETWORK")
        .hasMessageContaining("adminRoleArns must be at least one admin role (adminRoleArns or adminRoles) in STAGING"
            + " and PROD, got none")
        .hasMessageContaining("adminNetworks must be a way for admins to reach the private endpoint");
  }

  @Test
  void acceptsADevClusterWithoutAdmins(@TempDir Path outdir) {
    Stack stack = TestApps.appWithEveryTier(outdir).environment("dev").addStack("cluster");
    assertThat(new KubernetesCluster(stack, "Cluster",
        KubernetesClusterProps.of(TestNetworks.importedVpc(stack), KubernetesVersion.V1_33)).compute())
        .isEqualTo(ComputeMode.AUTO_MODE);
  }

  @Test
  void rejectsAnAdminThatIsNotARoleArnAndAnOpenAdminNetwork() {
    assertRejected(() -> KubernetesClusterProps.builder().vpc(vpc).version(KubernetesVersion.V1_33)
        .addAdminRoleArns("arn:aws:sts::333333333333:assumed-role/platform-admin/alice")
        .addAdminNetworks(Cidr.ANY_IPV4)
        .addAdminPrefixListIds("office")
        .build(), "EKS_ADMIN_NETWORK", "EKS_ADMIN_NETWORK", "EKS_ADMIN_ROLE_ARN")
        .hasMessageContaining("adminRoleArns must be an IAM role ARN")
        .hasMessageContaining("adminNetworks must be networks narrower than the whole internet, got 0.0.0.0/0")
        .hasMessageContaining("adminPrefixListIds must be a managed prefix list id");
  }

  @Test
  void rejectsAWorkloadOutsideItsOwnNamespaceOrRepository() {
    assertRejected(() -> KubernetesWorkload.manifests("kube-system", "../k8s"), "EKS_WORKLOAD_NAMESPACE",
        "EKS_WORKLOAD_PATH")
        .hasMessageContaining("namespace must be a DNS-1123 label that Kubernetes and EKS do not own")
        .hasMessageContaining("manifestsDirectory must be a path relative to the repository's root");
    assertRejected(() -> KubernetesWorkload.builder().namespace("orders").build(), "EKS_WORKLOAD_SOURCE")
        .hasMessageContaining("exactly one of manifestsDirectory and helmRelease, got neither");
    assertRejected(() -> HelmRelease.of("charts/orders", "Orders_API"), "EKS_HELM_RELEASE_NAME")
        .hasMessageContaining("releaseName must be a DNS-1123 label of at most 53 characters");
  }

  @Test
  void rejectsAMinAboveTheTiersMaxOnceDefaultsAreFilledIn() {
    KubernetesClusterProps props = KubernetesClusterProps.builder().vpc(vpc).version(KubernetesVersion.V1_33)
        .compute(ComputeMode.NODE_GROUPS).addAdminRoleArns(ADMIN).adminHost(true)
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
        .addAdminRoleArns(ADMIN).adminHost(true).controlPlaneLogRetentionDays(42).build();
    Stack stack = prod.addStack("cluster" + (++stacks));
    assertRejected(() -> new KubernetesCluster(stack, "Cluster", props), "LOG_RETENTION_DAYS")
        .hasMessageContaining("controlPlaneLogRetentionDays must be one of [1, 3, 5, 7, 14, 30");
  }

  @Test
  void rejectsAFargateProfileWithoutValidNamespaces() {
    Stack stack = prod.addStack("cluster" + (++stacks));
    KubernetesCluster cluster = new KubernetesCluster(stack, "Cluster", KubernetesClusterProps.builder()
        .vpc(TestNetworks.importedVpc(stack)).version(KubernetesVersion.V1_33)
        .addAdminRoleArns(ADMIN).addAdminNetworks(Cidr.of("172.16.0.0/16")).build());
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

package dev.groundwork.constructs.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.constructs.TestApps;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Region;
import dev.groundwork.core.Tier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.services.ec2.IVpc;

/**
 * Pins every resolved default of {@link KubernetesCluster} per tier (Airlift style): a new
 * setting changes a settings type, so this test stops compiling or fails until its defaults are
 * written down here. Nothing is synthesized.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KubernetesClusterDefaultsTest {
  private static final String NAME = "orders-prod-platform-Cluster";
  KubernetesClusterProps props;

  @BeforeAll
  void createProps(@TempDir Path outdir) {
    IVpc vpc = TestNetworks.importedVpc(TestApps.appWithEveryTier(outdir).environment("dev").addStack("defaults"));
    props = KubernetesClusterProps.of(vpc, KubernetesVersion.V1_33);
  }

  static PlatformContext context(Tier tier) {
    return new PlatformContext("app", "env", tier, AccountId.of("123456789012"), Region.of("eu-west-1"));
  }

  @Test
  void clusterPerTier() {
    assertThat(KubernetesClusterDefaults.resolve(props, context(Tier.DEV))).isEqualTo(cluster(30, false, "t4g.nano"));
    assertThat(KubernetesClusterDefaults.resolve(props, context(Tier.STAGING))).isEqualTo(cluster(90, true, "t4g.nano"));
    assertThat(KubernetesClusterDefaults.resolve(props, context(Tier.PROD))).isEqualTo(cluster(365, true, "m6i.large"));
  }

  @Test
  void nodeGroupsPerTierWhenChosen() {
    KubernetesClusterProps groups = KubernetesClusterProps.builder().vpc(props.vpc()).version(props.version())
        .compute(ComputeMode.NODE_GROUPS).build();
    assertThat(KubernetesClusterDefaults.resolve(groups, context(Tier.DEV)).nodeGroup())
        .contains(nodes(List.of("m6i.large", "m5.large", "m6a.large"), 1, 3, true));
    assertThat(KubernetesClusterDefaults.resolve(groups, context(Tier.STAGING)).nodeGroup())
        .contains(nodes(List.of("m6i.large"), 2, 4, false));
    assertThat(KubernetesClusterDefaults.resolve(groups, context(Tier.PROD)).nodeGroup())
        .contains(nodes(List.of("m6i.large"), 3, 10, false));
    KubernetesClusterProps extra = KubernetesClusterProps.builder().vpc(props.vpc()).version(props.version())
        .nodeGroup(NodeGroupOptions.builder().maxSize(5).build()).build();
    assertThat(KubernetesClusterDefaults.resolve(extra, context(Tier.PROD)))
        .extracting(KubernetesClusterSettings::compute, s -> s.nodeGroup().orElseThrow().maxSize())
        .containsExactly(ComputeMode.AUTO_MODE, 5);
  }

  /**
   * Unset, the name stays unresolved: the construct names the cluster after its stack and id
   * ({@code KubernetesClusterTest} asserts the synthesized name); given, it is used as it is.
   */
  @Test
  void clusterNameIsTheGivenOneElseLeftToTheConstruct() {
    assertThat(KubernetesClusterDefaults.resolve(props, context(Tier.PROD)).clusterName()).isEmpty();
    KubernetesClusterProps named = KubernetesClusterProps.builder()
        .vpc(props.vpc()).version(props.version()).clusterName(NAME).build();
    assertThat(KubernetesClusterDefaults.resolve(named, context(Tier.PROD)).clusterName()).contains(NAME);
  }

  @Test
  void armNodeGroupsPerTier() {
    NodeGroupOptions arm = NodeGroupOptions.builder().amiType(NodeAmiType.AL2023_ARM_64).build();
    assertThat(KubernetesClusterDefaults.nodeGroup(arm, Tier.DEV).instanceTypes())
        .containsExactly("m7g.large", "m6g.large");
    assertThat(KubernetesClusterDefaults.nodeGroup(arm, Tier.STAGING).instanceTypes()).containsExactly("m7g.large");
    assertThat(KubernetesClusterDefaults.nodeGroup(arm, Tier.PROD).instanceTypes()).containsExactly("m7g.large");
  }

  @Test
  void fixedDefaults() {
    assertThat(props.publicEndpoint()).isFalse();
    assertThat(props.publicAccessCidrs()).isEmpty();
    assertThat(props.adminRoleArns()).isEmpty();
    assertThat(props.adminRoles()).isEmpty();
    assertThat(props.adminNetworks()).isEmpty();
    assertThat(props.adminPrefixListIds()).isEmpty();
    assertThat(props.adminHost()).isFalse();
    assertThat(props.compute()).isEqualTo(ComputeMode.AUTO_MODE);
    assertThat(props.secretsKey()).isEmpty();
    assertThat(props.nodeGroup()).isEmpty();
    assertThat(NodeGroupOptions.defaults().amiType()).isEqualTo(NodeAmiType.AL2023_X86_64);
    assertThat(NodeGroupOptions.defaults().diskSizeGiB()).isEqualTo(50);
    assertThat(NodeGroupOptions.defaults().labels()).isEmpty();
  }

  @Test
  void addonVersionsArePinnedForEveryKnownVersion() {
    for (KubernetesVersion version : KubernetesVersion.KNOWN) {
      for (ClusterAddon addon : ClusterAddon.values()) {
        assertThat(AddonVersions.of(addon, version)).as(addon + " on " + version).matches("v\\d+\\.\\d+\\.\\d+-eksbuild\\.\\d+");
      }
      assertThat(AddonVersions.of(ClusterAddon.KUBE_PROXY, version)).startsWith("v" + version + ".");
    }
    assertThat(KubernetesVersion.KNOWN).containsExactly(KubernetesVersion.V1_32, KubernetesVersion.V1_33);
  }

  @Test
  void upgradesGoOneMinorAtATime() {
    assertThat(KubernetesVersion.V1_32.canUpgradeTo(KubernetesVersion.V1_33)).isTrue();
    assertThat(KubernetesVersion.V1_33.canUpgradeTo(KubernetesVersion.V1_33)).isTrue();
    assertThat(KubernetesVersion.V1_33.canUpgradeTo(KubernetesVersion.V1_32)).isFalse();
    assertThat(KubernetesVersion.of("1.33")).isEqualTo(KubernetesVersion.V1_33).hasToString("1.33");
  }

  private static KubernetesClusterSettings cluster(int logRetentionDays, boolean adminRequired, String adminHostType) {
    return new KubernetesClusterSettings(Optional.empty(), List.of(), logRetentionDays, ComputeMode.AUTO_MODE,
        Optional.empty(), adminRequired, List.of(), List.of(), false, adminHostType);
  }

  private static NodeGroupSettings nodes(List<String> instanceTypes, int minSize, int maxSize, boolean spot) {
    return new NodeGroupSettings(NodeAmiType.AL2023_X86_64, instanceTypes, minSize, maxSize, spot, 50, Map.of());
  }
}

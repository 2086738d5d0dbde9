package dev.groundwork.constructs.kubernetes;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Tier;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.services.ec2.InstanceArchitecture;

/** Resolves every setting of a {@link KubernetesCluster} and its node groups, in one place. */
final class KubernetesClusterDefaults {
  /** Several types in DEV, so Spot finds capacity; one elsewhere. */
  static final ByTier<List<String>> X86_INSTANCE_TYPES = ByTier.of(
      List.of("m6i.large", "m5.large", "m6a.large"), List.of("m6i.large"), List.of("m6i.large"));
  static final ByTier<List<String>> ARM_INSTANCE_TYPES = ByTier.of(
      List.of("m7g.large", "m6g.large"), List.of("m7g.large"), List.of("m7g.large"));
  static final ByTier<Integer> MIN_NODES = ByTier.of(1, 2, 3);
  static final ByTier<Integer> MAX_NODES = ByTier.of(3, 4, 10);
  static final ByTier<Boolean> SPOT = ByTier.of(true, false, false);
  /**
   * The admin host's type: the smallest Graviton outside PROD; in PROD one that encrypts traffic
   * between instances (Nitro, AWS Control Tower's CT.EC2.PR.19), the cheapest of those Groundwork's
   * price table lists.
   */
  static final ByTier<String> ADMIN_HOST_INSTANCE_TYPE = ByTier.of("t4g.nano", "t4g.nano", "m6i.large");
  /** Outside DEV a cluster nobody can administer is a mistake, not a choice. */
  static final ByTier<Boolean> ADMIN_REQUIRED = ByTier.of(false, true, true);

  private KubernetesClusterDefaults() {}

  static KubernetesClusterSettings resolve(KubernetesClusterProps props, PlatformContext context) {
    return new KubernetesClusterSettings(
        props.clusterName(),
        props.publicAccessCidrs(),
        props.controlPlaneLogRetentionDays().orElse(context.defaults().logRetentionDays()),
        props.compute(),
        firstNodeGroup(props).map(options -> nodeGroup(options, context.tier())),
        ADMIN_REQUIRED.get(context.tier()),
        props.adminNetworks(),
        props.adminPrefixListIds(),
        props.adminHost(),
        ADMIN_HOST_INSTANCE_TYPE.get(context.tier()));
  }

  /** The node group created with the cluster: the given one, else the defaults when node groups are the compute. */
  private static Optional<NodeGroupOptions> firstNodeGroup(KubernetesClusterProps props) {
    return props.nodeGroup().or(() -> props.compute() == ComputeMode.NODE_GROUPS
        ? Optional.of(NodeGroupOptions.defaults()) : Optional.empty());
  }

  /** The settings of a node group with {@code options} in {@code tier}. */
  static NodeGroupSettings nodeGroup(NodeGroupOptions options, Tier tier) {
    boolean arm = options.amiType().architecture() == InstanceArchitecture.ARM_64;
    List<String> instanceTypes = (arm ? ARM_INSTANCE_TYPES : X86_INSTANCE_TYPES).get(tier);
    return new NodeGroupSettings(
        options.amiType(),
        options.instanceTypes().isEmpty() ? instanceTypes : options.instanceTypes(),
        options.minSize().orElse(MIN_NODES.get(tier)),
        options.maxSize().orElse(MAX_NODES.get(tier)),
        options.spot().orElse(SPOT.get(tier)),
        options.diskSizeGiB(),
        options.labels());
  }
}

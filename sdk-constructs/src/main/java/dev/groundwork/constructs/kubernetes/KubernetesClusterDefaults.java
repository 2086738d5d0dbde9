package dev.groundwork.constructs.kubernetes;

import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Tier;
import java.util.List;
import software.amazon.awscdk.services.ec2.InstanceArchitecture;

/** Resolves every setting of a {@link KubernetesCluster} and its node groups, in one place. */
final class KubernetesClusterDefaults {
  private KubernetesClusterDefaults() {}

  static KubernetesClusterSettings resolve(KubernetesClusterProps props, String defaultName,
      PlatformContext context) {
    return KubernetesClusterSettings.builder()
        .clusterName(props.clusterName().orElse(defaultName))
        .addAllPublicAccessCidrs(props.publicAccessCidrs())
        .controlPlaneLogRetentionDays(
            props.controlPlaneLogRetentionDays().orElse(context.defaults().logRetentionDays()))
        .nodeGroup(nodeGroup(props.nodeGroup(), context.tier()))
        .build();
  }

  static NodeGroupSettings nodeGroup(NodeGroupOptions options, Tier tier) {
    boolean arm = options.amiType().architecture() == InstanceArchitecture.ARM_64;
    List<String> instanceTypes = switch (tier) {
      case DEV -> arm ? List.of("m7g.large", "m6g.large") : List.of("m6i.large", "m5.large", "m6a.large");
      case STAGING, PROD -> arm ? List.of("m7g.large") : List.of("m6i.large");
    };
    return NodeGroupSettings.builder()
        .amiType(options.amiType())
        .addAllInstanceTypes(options.instanceTypes().isEmpty() ? instanceTypes : options.instanceTypes())
        .minSize(options.minSize().orElse(switch (tier) {
          case DEV -> 1;
          case STAGING -> 2;
          case PROD -> 3;
        }))
        .maxSize(options.maxSize().orElse(switch (tier) {
          case DEV -> 3;
          case STAGING -> 4;
          case PROD -> 10;
        }))
        .spot(options.spot().orElse(tier == Tier.DEV))
        .diskSizeGiB(options.diskSizeGiB())
        .putAllLabels(options.labels())
        .build();
  }
}

package dev.groundwork.constructs.kubernetes;

import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.core.GroundworkStyle;
import java.util.List;
import org.immutables.value.Value;

/** Every setting of a {@link KubernetesCluster}, fully resolved from its props and tier. */
@Value.Immutable
@GroundworkStyle
interface KubernetesClusterSettings {
  String clusterName();

  /** Networks the public endpoint answers; empty means the endpoint is private only. */
  List<Cidr> publicAccessCidrs();

  int controlPlaneLogRetentionDays();

  /** The first node group. */
  NodeGroupSettings nodeGroup();

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KubernetesClusterSettings}. */
  final class Builder extends ImmutableKubernetesClusterSettings.Builder {}
}

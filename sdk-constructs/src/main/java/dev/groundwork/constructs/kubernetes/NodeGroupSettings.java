package dev.groundwork.constructs.kubernetes;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/**
 * Every setting of a managed node group, resolved from its options and tier.
 *
 * @param amiType the image the nodes run
 * @param instanceTypes the instance types, in order of preference
 * @param minSize the fewest nodes (and the desired count at creation)
 * @param maxSize the most nodes
 * @param spot whether the nodes run on Spot capacity
 * @param diskSizeGiB size of each node's encrypted gp3 data volume, in GiB
 * @param labels Kubernetes labels on every node
 */
record NodeGroupSettings(NodeAmiType amiType, List<String> instanceTypes, int minSize, int maxSize, boolean spot,
    int diskSizeGiB, Map<String, String> labels) {
  NodeGroupSettings {
    instanceTypes = List.copyOf(instanceTypes);
    labels = ImmutableMap.copyOf(labels);
  }
}

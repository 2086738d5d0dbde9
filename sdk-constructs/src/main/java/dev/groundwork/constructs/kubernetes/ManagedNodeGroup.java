package dev.groundwork.constructs.kubernetes;

import java.util.List;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.eks_v2.CapacityType;
import software.amazon.awscdk.services.eks_v2.CfnNodegroup;
import software.amazon.awscdk.services.eks_v2.ICluster;
import software.amazon.awscdk.services.eks_v2.LaunchTemplateSpec;
import software.amazon.awscdk.services.eks_v2.Nodegroup;
import software.amazon.awscdk.services.eks_v2.NodegroupProps;
import software.constructs.Construct;

/**
 * A managed node group in the cluster's private subnets, launched from a
 * {@link HardenedLaunchTemplate}, with its image type and Kubernetes version pinned.
 */
final class ManagedNodeGroup extends Construct {
  private final Nodegroup nodegroup;

  ManagedNodeGroup(Construct scope, String id, ICluster cluster, KubernetesVersion version,
      NodeGroupSettings settings) {
    super(scope, id);
    HardenedLaunchTemplate template = new HardenedLaunchTemplate(this, "Template", settings.amiType(),
        settings.diskSizeGiB());
    this.nodegroup = new Nodegroup(this, "Nodegroup", NodegroupProps.builder()
        .cluster(cluster)
        .subnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
        .amiType(settings.amiType().cdk())
        .instanceTypes(settings.instanceTypes().stream().map(InstanceType::new).toList())
        .capacityType(settings.spot() ? CapacityType.SPOT : CapacityType.ON_DEMAND)
        .minSize(settings.minSize())
        .desiredSize(settings.minSize())
        .maxSize(settings.maxSize())
        .labels(settings.labels())
        .launchTemplateSpec(LaunchTemplateSpec.builder()
            .id(template.launchTemplate().getLaunchTemplateId())
            .version(template.launchTemplate().getLatestVersionNumber())
            .build())
        .build());
    ((CfnNodegroup) nodegroup.getNode().getDefaultChild()).setVersion(version.toString());
  }

  Nodegroup nodegroup() {
    return nodegroup;
  }
}

package dev.groundwork.constructs.kubernetes;

import java.util.List;
import software.amazon.awscdk.services.ec2.BlockDevice;
import software.amazon.awscdk.services.ec2.BlockDeviceVolume;
import software.amazon.awscdk.services.ec2.EbsDeviceOptions;
import software.amazon.awscdk.services.ec2.EbsDeviceVolumeType;
import software.amazon.awscdk.services.ec2.LaunchTemplate;
import software.amazon.awscdk.services.ec2.LaunchTemplateHttpTokens;
import software.constructs.Construct;

/**
 * The launch template of a managed node group: IMDSv2 required with a hop limit of 1 (a pod's
 * extra network hop cannot reach the node's credentials) and an encrypted gp3 data volume.
 *
 * <p>It sets no image, instance type or role: EKS fills those in from the node group, so the
 * image keeps following the cluster's Kubernetes version.
 */
final class HardenedLaunchTemplate extends Construct {
  private final LaunchTemplate launchTemplate;

  HardenedLaunchTemplate(Construct scope, String id, NodeAmiType amiType, int diskSizeGiB) {
    super(scope, id);
    this.launchTemplate = LaunchTemplate.Builder.create(this, "LaunchTemplate")
        .requireImdsv2(true)
        .httpTokens(LaunchTemplateHttpTokens.REQUIRED)
        .httpPutResponseHopLimit(1)
        .blockDevices(List.of(BlockDevice.builder()
            .deviceName(amiType.dataDeviceName())
            .volume(BlockDeviceVolume.ebs(diskSizeGiB, EbsDeviceOptions.builder()
                .encrypted(true)
                .volumeType(EbsDeviceVolumeType.GP3)
                .deleteOnTermination(true)
                .build()))
            .build()))
        .build();
  }

  LaunchTemplate launchTemplate() {
    return launchTemplate;
  }
}

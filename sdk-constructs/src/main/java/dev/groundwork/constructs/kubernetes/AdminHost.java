package dev.groundwork.constructs.kubernetes;

import java.util.List;
import software.amazon.awscdk.Names;
import software.amazon.awscdk.services.ec2.AmazonLinux2023ImageSsmParameterProps;
import software.amazon.awscdk.services.ec2.AmazonLinuxCpuType;
import software.amazon.awscdk.services.ec2.BlockDevice;
import software.amazon.awscdk.services.ec2.BlockDeviceVolume;
import software.amazon.awscdk.services.ec2.CfnInstance;
import software.amazon.awscdk.services.ec2.CfnLaunchTemplate;
import software.amazon.awscdk.services.ec2.EbsDeviceOptions;
import software.amazon.awscdk.services.ec2.EbsDeviceVolumeType;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Instance;
import software.amazon.awscdk.services.ec2.InstanceArchitecture;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.MachineImage;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.constructs.Construct;

/**
 * A host in the cluster's private subnets from which admins reach the private API endpoint, with
 * nothing to log in to: AWS Systems Manager Session Manager is the only way in (the instance role
 * holds {@code AmazonSSMManagedInstanceCore} and nothing else, so the host itself has no EKS
 * permission), the security group admits nothing and sends only HTTPS, there is no public address
 * and no SSH key. IMDSv2 is required, the root volume is encrypted, detailed monitoring is on
 * (on the instance and its launch template). Its type follows the tier: {@code t4g.nano} in DEV
 * and STAGING, {@code m6i.large} in PROD, which encrypts traffic between instances as AWS Control
 * Tower's CT.EC2.PR.19 requires.
 *
 * <p>An admin forwards a local port to the endpoint through the host with their own credentials
 * ({@code AWS-StartPortForwardingSessionToRemoteHost}); docs/constructs/kubernetes.md has the steps.
 */
final class AdminHost extends Construct {
  private final Instance instance;
  private final SecurityGroup securityGroup;

  AdminHost(Construct scope, String id, IVpc vpc, String description, String instanceTypeName) {
    super(scope, id);
    this.securityGroup = SecurityGroup.Builder.create(this, "SecurityGroup")
        .vpc(vpc)
        .description("Admin host of " + description + ": no inbound, HTTPS out (Session Manager, the API endpoint)")
        .allowAllOutbound(false)
        .build();
    securityGroup.addEgressRule(Peer.anyIpv4(), Port.tcp(443), "Systems Manager endpoints and the Kubernetes API");
    InstanceType instanceType = new InstanceType(instanceTypeName);
    this.instance = Instance.Builder.create(this, "Instance")
        .vpc(vpc)
        .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
        .instanceType(instanceType)
        .machineImage(MachineImage.latestAmazonLinux2023(AmazonLinux2023ImageSsmParameterProps.builder()
            .cpuType(instanceType.getArchitecture() == InstanceArchitecture.ARM_64
                ? AmazonLinuxCpuType.ARM_64 : AmazonLinuxCpuType.X86_64)
            .build()))
        .securityGroup(securityGroup)
        .associatePublicIpAddress(false)
        .detailedMonitoring(true)
        .ssmSessionPermissions(true)
        .blockDevices(List.of(BlockDevice.builder()
            .deviceName("/dev/xvda")
            .volume(BlockDeviceVolume.ebs(8, EbsDeviceOptions.builder()
                .encrypted(true)
                .volumeType(EbsDeviceVolumeType.GP3)
                .deleteOnTermination(true)
                .build()))
            .build()))
        .build();
    requireImdsv2WithMonitoring(instance);
  }

  /**
   * The launch template CDK's {@code requireImdsv2} would add (same id and name, so a deployed host
   * keeps it), which also turns detailed monitoring on, as AWS Control Tower's CT.EC2.PR.10
   * requires of every launch template; CDK adds its own in an aspect, too late to change it.
   */
  private static void requireImdsv2WithMonitoring(Instance instance) {
    CfnLaunchTemplate template = CfnLaunchTemplate.Builder.create(instance, "LaunchTemplate")
        .launchTemplateData(CfnLaunchTemplate.LaunchTemplateDataProperty.builder()
            .metadataOptions(CfnLaunchTemplate.MetadataOptionsProperty.builder().httpTokens("required").build())
            .monitoring(CfnLaunchTemplate.MonitoringProperty.builder().enabled(true).build())
            .build())
        .build();
    template.setLaunchTemplateName(Names.uniqueId(template));
    instance.getInstance().setLaunchTemplate(CfnInstance.LaunchTemplateSpecificationProperty.builder()
        .launchTemplateName(template.getLaunchTemplateName())
        .version(template.getAttrLatestVersionNumber())
        .build());
  }

  Instance instance() {
    return instance;
  }

  SecurityGroup securityGroup() {
    return securityGroup;
  }
}

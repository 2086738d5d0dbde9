package dev.groundwork.constructs.kubernetes;

import software.amazon.awscdk.services.ec2.InstanceArchitecture;
import software.amazon.awscdk.services.eks_v2.NodegroupAmiType;

/**
 * The EKS-optimised images a node group may run. The image follows the cluster's Kubernetes
 * version; its architecture decides which instance types fit.
 */
public enum NodeAmiType {
  /** Amazon Linux 2023 on x86-64 instances (e.g. m6i, m7i, m6a). */
  AL2023_X86_64(NodegroupAmiType.AL2023_X86_64_STANDARD, InstanceArchitecture.X86_64, "/dev/xvda"),
  /** Amazon Linux 2023 on Graviton instances (e.g. m7g, c7g). */
  AL2023_ARM_64(NodegroupAmiType.AL2023_ARM_64_STANDARD, InstanceArchitecture.ARM_64, "/dev/xvda"),
  /** Bottlerocket on x86-64 instances; containers live on the second volume. */
  BOTTLEROCKET_X86_64(NodegroupAmiType.BOTTLEROCKET_X86_64, InstanceArchitecture.X86_64, "/dev/xvdb"),
  /** Bottlerocket on Graviton instances; containers live on the second volume. */
  BOTTLEROCKET_ARM_64(NodegroupAmiType.BOTTLEROCKET_ARM_64, InstanceArchitecture.ARM_64, "/dev/xvdb");

  private final NodegroupAmiType cdk;
  private final InstanceArchitecture architecture;
  private final String dataDeviceName;

  NodeAmiType(NodegroupAmiType cdk, InstanceArchitecture architecture, String dataDeviceName) {
    this.cdk = cdk;
    this.architecture = architecture;
    this.dataDeviceName = dataDeviceName;
  }

  NodegroupAmiType cdk() {
    return cdk;
  }

  /** The processor architecture the image is built for. */
  public InstanceArchitecture architecture() {
    return architecture;
  }

  /** The device holding container images and volumes, which the launch template sizes and encrypts. */
  String dataDeviceName() {
    return dataDeviceName;
  }
}

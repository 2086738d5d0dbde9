package dev.groundwork.constructs.kubernetes;

import java.util.List;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;

/** An imported network, so cluster tests are about the cluster alone. */
final class TestNetworks {
  private TestNetworks() {}

  static IVpc importedVpc(Stack stack) {
    return Vpc.fromVpcAttributes(stack, "Vpc", VpcAttributes.builder()
        .vpcId("vpc-0123456789abcdef0")
        .availabilityZones(List.of("eu-west-1a", "eu-west-1b"))
        .privateSubnetIds(List.of("subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"))
        .build());
  }
}

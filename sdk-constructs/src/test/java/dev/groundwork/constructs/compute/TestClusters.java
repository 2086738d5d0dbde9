package dev.groundwork.constructs.compute;

import dev.groundwork.constructs.TestApps;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;

/** The cluster the construct-only (not synthesized) compute tests build services in. */
final class TestClusters {
  private TestClusters() {}

  /**
   * A {@link ServiceCluster} with every default in stack {@code stackName} of environment
   * {@code environment} of {@link TestApps#appWithEveryTier}, on an imported VPC with two public
   * and two private subnets in eu-west-1a and -b.
   */
  static ServiceCluster inImportedVpc(Path outdir, String environment, String stackName) {
    Stack stack = TestApps.appWithEveryTier(outdir).environment(environment).addStack(stackName);
    return new ServiceCluster(stack, "Cluster", ServiceClusterProps.of(
        Vpc.fromVpcAttributes(stack, "Vpc", VpcAttributes.builder().vpcId("vpc-0123456789abcdef0")
            .availabilityZones(List.of("eu-west-1a", "eu-west-1b"))
            .publicSubnetIds(List.of("subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"))
            .privateSubnetIds(List.of("subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2"))
            .build())));
  }
}

package dev.groundwork.constructs.network;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SelectedSubnets;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.iam.CfnPolicy;
import software.constructs.Construct;

/**
 * Runs the function of CDK's default-security-group provider inside the VPC's private subnets, as
 * AWS Control Tower's proactive control CT.LAMBDA.PR.3 requires of every function: a security
 * group admitting nothing and sending only HTTPS (the EC2 API, through the NAT gateways the
 * private subnets route to), the network-interface permissions Lambda needs on the provider's
 * role, and a dependency on the subnets' outbound routes, so the function never runs before it
 * can reach the EC2 API.
 */
final class ProviderInVpc extends Construct {
  /** The construct id under the provider; one per provider (the first VPC of a stack places it). */
  static final String ID = "InVpc";
  /** What Lambda does with the role to attach the function to the subnets. */
  static final List<String> NETWORK_INTERFACE_ACTIONS = List.of("ec2:CreateNetworkInterface",
      "ec2:DescribeNetworkInterfaces", "ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses",
      "ec2:UnassignPrivateIpAddresses");

  private ProviderInVpc(Construct provider, CfnResource handler, CfnResource role, Vpc vpc) {
    super(provider, ID);
    SecurityGroup group = SecurityGroup.Builder.create(this, "SecurityGroup")
        .vpc(vpc)
        .description("CDK default security group provider: no inbound, HTTPS out to the EC2 API")
        .allowAllOutbound(false)
        .build();
    group.addEgressRule(Peer.anyIpv4(), Port.tcp(443), "The EC2 API");
    SelectedSubnets subnets = vpc.selectSubnets(SubnetSelection.builder()
        .subnetType(SubnetType.PRIVATE_WITH_EGRESS).build());
    handler.addPropertyOverride("VpcConfig", ImmutableMap.of(
        "SubnetIds", subnets.getSubnetIds(),
        "SecurityGroupIds", List.of(group.getSecurityGroupId())));
    CfnPolicy interfaces = CfnPolicy.Builder.create(this, "NetworkInterfaces")
        .policyName("NetworkInterfaces")
        .roles(List.of(role.getRef()))
        // Ordered maps: a Map.of iterates in a different order in every JVM, and so would the template.
        .policyDocument(ImmutableMap.of(
            "Version", "2012-10-17",
            "Statement", List.of(ImmutableMap.of(
                "Effect", "Allow",
                "Action", NETWORK_INTERFACE_ACTIONS,
                "Resource", "*"))))
        .build();
    handler.addResourceDependency(interfaces);
    handler.getNode().addDependency(subnets.getInternetConnectivityEstablished());
  }

  /** Places the function of {@code provider} (CDK's {@code Handler} and {@code Role}) in {@code vpc}, once. */
  static void place(Construct provider, Vpc vpc) {
    if (provider.getNode().tryFindChild(ID) != null) {
      return;
    }
    CfnResource handler = (CfnResource) provider.getNode().findChild("Handler");
    CfnResource role = (CfnResource) provider.getNode().findChild("Role");
    new ProviderInVpc(provider, handler, role, vpc);
  }
}

package dev.groundwork.constructs.network;

import com.google.common.collect.Sets;
import java.util.List;
import java.util.Set;

/**
 * Every setting of a {@link SecureVpc}, fully resolved from its props and tier.
 *
 * @param availabilityZones the zones, by name
 * @param natGateways number of NAT gateways
 * @param subnetPrefixLength prefix length of every subnet
 * @param interfaceEndpoints interface endpoints to create
 * @param flowLogRetentionDays retention of the flow log group
 * @param restrictDefaultSecurityGroup whether the default security group is stripped of its rules
 * @param mapPublicIpOnLaunch whether instances in public subnets get public addresses
 */
record SecureVpcSettings(
    List<String> availabilityZones,
    int natGateways,
    int subnetPrefixLength,
    Set<InterfaceEndpoint> interfaceEndpoints,
    int flowLogRetentionDays,
    boolean restrictDefaultSecurityGroup,
    boolean mapPublicIpOnLaunch) {

  /** Subnet groups per zone: public, private with egress, isolated. */
  static final int SUBNET_TIERS = 3;

  SecureVpcSettings {
    availabilityZones = List.copyOf(availabilityZones);
    interfaceEndpoints = Sets.immutableEnumSet(interfaceEndpoints);
  }
}

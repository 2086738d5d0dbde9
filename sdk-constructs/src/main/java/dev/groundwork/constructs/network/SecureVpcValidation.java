package dev.groundwork.constructs.network;

import dev.groundwork.constructs.logs.EncryptedLogGroup;
import dev.groundwork.core.Problems;

/** The checks of a {@link SecureVpc}'s address plan: private range, size, fit and overlap. */
final class SecureVpcValidation {
  static final int LARGEST_VPC_PREFIX = 16;
  static final int SMALLEST_VPC_PREFIX = 24;

  private SecureVpcValidation() {}

  static void check(SecureVpcProps props, SecureVpcSettings settings, Problems problems) {
    Cidr cidr = props.cidr();
    if (!cidr.isPrivate()) {
      problems.add("VPC_CIDR_PRIVATE", "cidr", cidr,
          "inside an RFC 1918 private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)",
          "Use a private block such as 10.20.0.0/16.");
    }
    if (cidr.prefixLength() < LARGEST_VPC_PREFIX || cidr.prefixLength() > SMALLEST_VPC_PREFIX) {
      problems.add("VPC_CIDR_RANGE", "cidr", cidr, "/16 to /24",
          "Use a /16 such as 10.20.0.0/16, or a smaller block down to /24.");
    }
    int zones = settings.availabilityZones().size();
    int subnetPrefix = settings.subnetPrefixLength();
    long needed = (long) SecureVpcSettings.SUBNET_TIERS * zones
        * (subnetPrefix >= 0 && subnetPrefix <= 32 ? 1L << (32 - subnetPrefix) : 0);
    if (subnetPrefix < cidr.prefixLength() || subnetPrefix > SecureVpcDefaults.SMALLEST_SUBNET_PREFIX) {
      problems.add("VPC_SUBNET_PREFIX", "subnetPrefixLength", "/" + subnetPrefix,
          "/" + cidr.prefixLength() + " to /" + SecureVpcDefaults.SMALLEST_SUBNET_PREFIX,
          "Leave subnetPrefixLength unset to get the largest subnets that fit.");
    } else if (needed > cidr.size()) {
      problems.add("VPC_CIDR_TOO_SMALL", "cidr", cidr,
          "a block holding " + SecureVpcSettings.SUBNET_TIERS * zones + " subnets of /" + subnetPrefix
              + " (" + needed + " addresses)",
          "Use a larger block, fewer zones, or a longer subnetPrefixLength.");
    }
    for (Cidr peer : props.peerNetworks()) {
      if (cidr.overlaps(peer)) {
        problems.add("VPC_CIDR_OVERLAP", "cidr", cidr,
            "a block not overlapping the peer network " + peer,
            "Pick a block outside " + peer + ", e.g. the next free /16 of your address plan.");
      }
    }
    if (zones > 0 && (settings.natGateways() < 1 || settings.natGateways() > zones)) {
      problems.add("VPC_NAT_GATEWAYS", "natGateways", settings.natGateways(),
          "1 to " + zones + " (the number of zones)",
          "Use 1 to save cost, or one per zone for resilience.");
    }
    EncryptedLogGroup.checkRetentionDays("flowLogRetentionDays", settings.flowLogRetentionDays(), problems);
  }
}

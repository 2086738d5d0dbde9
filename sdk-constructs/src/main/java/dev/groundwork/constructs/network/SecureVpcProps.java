package dev.groundwork.constructs.network;

import dev.groundwork.core.GroundworkStyle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Input of {@link SecureVpc}. Only the address block is required; everything else has a
 * per-tier default resolved by the construct.
 */
@Value.Immutable
@GroundworkStyle
public interface SecureVpcProps {

  /**
   * The VPC's address block: inside an RFC 1918 private range, /16 to /24, large enough for
   * three subnets (public, private, isolated) per availability zone, and not overlapping any
   * {@link #peerNetworks() peer network}. Give every environment its own block so they can be
   * peered later.
   */
  Cidr cidr();

  /**
   * How many availability zones the network spans (at least 2: load balancers need two).
   * Default by tier: 2 in DEV and STAGING, 3 in PROD. The zones are the first ones of the
   * region in {@link KnownAvailabilityZones}, or {@link #availabilityZoneNames()}.
   */
  Optional<Integer> availabilityZones();

  /**
   * The zones to use, by name, when the built-in table does not know the region or your account
   * maps zone names differently. Default: the first {@link #availabilityZones()} zones of the
   * region from {@link KnownAvailabilityZones}.
   */
  List<String> availabilityZoneNames();

  /**
   * How many NAT gateways give the private subnets egress, 1 to the number of zones. Default by
   * tier: 1 in DEV (cheaper; an outage of its zone cuts egress of the others), one per zone in
   * STAGING and PROD.
   */
  Optional<Integer> natGateways();

  /**
   * The prefix length of every subnet. Default: the largest equal subnets that fit three per
   * zone, e.g. /19 for a /16 over two zones, /20 over three. At most /28 (AWS's smallest subnet).
   */
  Optional<Integer> subnetPrefixLength();

  /**
   * Networks this VPC is or will be connected to (peering, transit gateway, VPN, on-premises);
   * the VPC's block must not overlap any of them. Default: none.
   */
  List<Cidr> peerNetworks();

  /**
   * Interface endpoints (PrivateLink) in the private subnets, so traffic to these services
   * never crosses a NAT gateway. Default by tier: none in DEV (each endpoint costs per zone and
   * hour), all of {@link InterfaceEndpoint} in STAGING and PROD. Gateway endpoints for S3 and
   * DynamoDB are always created (they are free).
   */
  Optional<Set<InterfaceEndpoint>> interfaceEndpoints();

  /**
   * Flow log retention, in days. Default by tier: the tier's log retention (30, 90, 365 days).
   */
  Optional<Integer> flowLogRetentionDays();

  /** Props with the given block and every other default. */
  static SecureVpcProps of(Cidr cidr) {
    return builder().cidr(cidr).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SecureVpcProps}. */
  final class Builder extends ImmutableSecureVpcProps.Builder {}
}

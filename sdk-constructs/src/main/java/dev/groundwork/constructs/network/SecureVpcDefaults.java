package dev.groundwork.constructs.network;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves every setting of a {@link SecureVpc} from its props and tier, in one place.
 *
 * <p>Problems that only appear while resolving (a region the zone table does not know, more
 * zones than the region has) are recorded in the given {@link Problems}; the construct throws
 * them with every other problem it finds.
 */
final class SecureVpcDefaults {
  /** AWS's smallest subnet. */
  static final int SMALLEST_SUBNET_PREFIX = 28;
  /** Load balancers need subnets in two zones. */
  static final int MIN_ZONES = 2;
  /** Each interface endpoint costs per zone and hour: none in DEV, every one where traffic matters. */
  static final ByTier<Set<InterfaceEndpoint>> INTERFACE_ENDPOINTS = ByTier.of(ImmutableSet.of(),
      Sets.immutableEnumSet(EnumSet.allOf(InterfaceEndpoint.class)),
      Sets.immutableEnumSet(EnumSet.allOf(InterfaceEndpoint.class)));

  private SecureVpcDefaults() {}

  static SecureVpcSettings resolve(SecureVpcProps props, PlatformContext context, Problems problems) {
    List<String> zones = zones(props, context, problems);
    int natGateways = props.natGateways()
        .orElse(context.defaults().natGateways().count(Math.max(zones.size(), 1)));
    int subnetPrefix = props.subnetPrefixLength()
        .orElse(defaultSubnetPrefix(props.cidr(), Math.max(zones.size(), 1)));
    Set<InterfaceEndpoint> endpoints = props.interfaceEndpoints()
        .orElse(INTERFACE_ENDPOINTS.get(context.tier()));
    int flowLogRetention = props.flowLogRetentionDays().orElse(context.defaults().logRetentionDays());
    return new SecureVpcSettings(zones, natGateways, subnetPrefix, endpoints, flowLogRetention,
        true, false);
  }

  /** The largest equal subnets of which three per zone fit in the block, but no smaller than /28. */
  static int defaultSubnetPrefix(Cidr cidr, int zoneCount) {
    int subnets = SecureVpcSettings.SUBNET_TIERS * zoneCount;
    int bits = 32 - Integer.numberOfLeadingZeros(subnets - 1);
    return Math.min(cidr.prefixLength() + bits, SMALLEST_SUBNET_PREFIX);
  }

  private static List<String> zones(SecureVpcProps props, PlatformContext context, Problems problems) {
    if (!props.availabilityZoneNames().isEmpty()) {
      List<String> names = props.availabilityZoneNames();
      props.availabilityZones().filter(count -> count != names.size()).ifPresent(count ->
          problems.add("VPC_AZ_CONFLICT", "availabilityZones", count,
              "the number of availabilityZoneNames (" + names.size() + ") when both are given",
              "Give only availabilityZoneNames, or only availabilityZones."));
      for (String name : names) {
        if (!name.startsWith(context.region().value())) {
          problems.add("VPC_AZ_REGION", "availabilityZoneNames", "'" + name + "'",
              "zones of the environment's region " + context.region(),
              "Use zone names such as " + context.region() + "a.");
        }
      }
      if (names.size() < MIN_ZONES) {
        tooFewZones(problems, "availabilityZoneNames", names.size());
      }
      return names;
    }
    int wanted = props.availabilityZones().orElse(context.defaults().availabilityZones());
    Optional<? extends List<String>> known = KnownAvailabilityZones.of(context.region());
    if (known.isEmpty()) {
      problems.add("VPC_AZ_UNKNOWN_REGION", "availabilityZoneNames", "none, in region " + context.region(),
          "zone names for regions outside the built-in table " + KnownAvailabilityZones.regions(),
          "Give availabilityZoneNames(...) with the zones of " + context.region() + " your account sees.");
      return List.of();
    }
    List<String> offered = known.get();
    if (wanted > offered.size()) {
      problems.add("VPC_AZ_UNAVAILABLE", "availabilityZones", wanted,
          "at most " + offered.size() + ", the zones region " + context.region() + " offers "
              + offered,
          "Ask for at most " + offered.size() + " zones, or deploy to a region with more.");
      return offered;
    }
    if (wanted < MIN_ZONES) {
      tooFewZones(problems, "availabilityZones", wanted);
      return offered.subList(0, Math.max(wanted, 0));
    }
    return offered.subList(0, wanted);
  }

  private static void tooFewZones(Problems problems, String property, int count) {
    problems.add("VPC_AZ_COUNT", property, count, "at least " + MIN_ZONES,
        "Span at least two zones: an Application Load Balancer needs subnets in two.");
  }
}

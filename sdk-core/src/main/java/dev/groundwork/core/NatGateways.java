package dev.groundwork.core;

/** How many NAT gateways a network gets: one shared (cheaper) or one per availability zone. */
public enum NatGateways {
  /** A single NAT gateway: cheaper, but an AZ outage cuts egress for the others. */
  ONE,
  /** One NAT gateway in each availability zone, so egress survives the loss of a zone. */
  ONE_PER_AZ;

  /** The number of gateways for a network spanning {@code availabilityZones} zones. */
  public int count(int availabilityZones) {
    return this == ONE ? 1 : availabilityZones;
  }
}

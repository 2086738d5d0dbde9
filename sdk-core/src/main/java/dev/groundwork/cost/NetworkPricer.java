package dev.groundwork.cost;

import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.Resource;
import java.util.Locale;
import java.util.Set;

/** NAT gateways, public IPv4 addresses, load balancers and interface VPC endpoints. */
final class NetworkPricer implements ResourcePricer {
  @Override
  public Set<String> types() {
    return ImmutableSet.of("AWS::EC2::NatGateway", "AWS::EC2::EIP", "AWS::ElasticLoadBalancingV2::LoadBalancer",
        "AWS::EC2::VPCEndpoint");
  }

  @Override
  public Priced price(Resource resource, PriceBook book) {
    return switch (resource.type()) {
      case "AWS::EC2::NatGateway" -> book.bill()
          .add(book.hours(), "h", "ec2.nat-gateway.hour")
          .assumed(book.assumptions().natGatewayGbPerMonth(), "GB", "ec2.nat-gateway.gb", "natGatewayGbPerMonth").done();
      case "AWS::EC2::EIP" -> book.bill().add(book.hours(), "h", "ec2.public-ipv4.hour").done();
      case "AWS::ElasticLoadBalancingV2::LoadBalancer" -> loadBalancer(resource, book);
      default -> endpoint(resource, book);
    };
  }

  private static Priced loadBalancer(Resource resource, PriceBook book) {
    String kind = resource.property("Type").asText("application").toLowerCase(Locale.ROOT);
    if (!kind.equals("application") && !kind.equals("network")) {
      return new Priced.Unpriced("load balancer type '" + kind + "' is not in the price table");
    }
    return book.bill()
        .add(book.hours(), "h", "elb." + kind + ".hour")
        .assumed(book.hours() * book.assumptions().loadBalancerCapacityUnits(), "LCU-h", "elb." + kind + ".lcu-hour",
            "loadBalancerCapacityUnits")
        .done();
  }

  /** Gateway endpoints (S3, DynamoDB) are free; an interface endpoint is billed per AZ it is in. */
  private static Priced endpoint(Resource resource, PriceBook book) {
    String kind = resource.property("VpcEndpointType").asText("Gateway");
    if (kind.equals("Gateway")) {
      return book.bill().note("gateway endpoint: no charge").done();
    }
    if (!kind.equals("Interface")) {
      return new Priced.Unpriced("VPC endpoint type '" + kind + "' is not in the price table");
    }
    int zones = Math.max(1, resource.property("SubnetIds").size());
    return book.bill()
        .add((double) zones * book.hours(), "AZ-h", "ec2.interface-endpoint.hour")
        .assumed(book.assumptions().interfaceEndpointGbPerMonth(), "GB", "ec2.interface-endpoint.gb",
            "interfaceEndpointGbPerMonth")
        .done();
  }
}

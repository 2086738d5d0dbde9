package dev.groundwork.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.Templates;
import dev.groundwork.testing.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One security group ingress rule, written inline in an {@code AWS::EC2::SecurityGroup}'s
 * {@code SecurityGroupIngress} or as a standalone {@code AWS::EC2::SecurityGroupIngress}.
 *
 * @param holder the resource the rule is written in
 * @param securityGroup the group the rule opens, when it is in the same template or imported from
 *     another stack of the templates read together
 * @param json the rule's properties
 */
public record IngressRule(Resource holder, Optional<Resource> securityGroup, JsonNode json) {

  /** {@code IpProtocol}: {@code tcp}, {@code udp}, {@code icmp}, a number, or {@code -1} for all. */
  public String protocol() {
    return json.path("IpProtocol").asText();
  }

  /** {@code FromPort}, when set. */
  public Optional<Integer> fromPort() {
    return port(json.path("FromPort"));
  }

  /** {@code ToPort}, when set. */
  public Optional<Integer> toPort() {
    return port(json.path("ToPort"));
  }

  /** {@code CidrIp} or {@code CidrIpv6}, when the peer is an address range. */
  public Optional<String> cidr() {
    JsonNode v4 = json.path("CidrIp");
    JsonNode v6 = json.path("CidrIpv6");
    return v4.isTextual() ? Optional.of(v4.asText()) : v6.isTextual() ? Optional.of(v6.asText()) : Optional.empty();
  }

  /** {@code SourcePrefixListId}, when the peer is a managed prefix list. */
  public Optional<String> prefixList() {
    JsonNode id = json.path("SourcePrefixListId");
    return id.isTextual() ? Optional.of(id.asText()) : Optional.empty();
  }

  /** The logical id of the peer security group, when the peer is a group in the same template. */
  public Optional<String> sourceSecurityGroup() {
    return Intrinsics.target(json.path("SourceSecurityGroupId"));
  }

  /** Whether the rule admits any address: {@code 0.0.0.0/0} or {@code ::/0}. */
  public boolean isOpenToTheWorld() {
    return cidr().map(c -> c.equals("0.0.0.0/0") || c.equals("::/0")).orElse(false);
  }

  /**
   * Whether the rule admits traffic to {@code port}: all protocols, or a TCP/UDP range containing
   * it. ICMP rules carry types and codes in their port fields and cover no port.
   */
  public boolean coversPort(int port) {
    String protocol = protocol().toLowerCase(java.util.Locale.ROOT);
    if (protocol.equals("-1") || protocol.equals("all")) {
      return true;
    }
    if (protocol.equals("icmp") || protocol.equals("icmpv6") || protocol.equals("1") || protocol.equals("58")) {
      return false;
    }
    int from = fromPort().orElse(-1);
    int to = toPort().orElse(from);
    return (from == -1 && to == -1) || (from <= port && port <= to);
  }

  /** Where the rule is and what it says, for messages. */
  public String describe() {
    String group = securityGroup.filter(g -> g != holder).map(g -> " opening " + g.describe()).orElse("");
    return "ingress rule in " + holder.describe() + group + ": " + Json.compact(json);
  }

  @Override
  public String toString() {
    return describe();
  }

  /**
   * Every ingress rule written in {@code stack}; a standalone rule's group is found in
   * {@code group} too when the rule imports it from another stack (CDK writes a client's rules
   * into a database's group from the client's stack that way).
   */
  static List<IngressRule> allIn(StackTemplate stack, Templates group) {
    List<IngressRule> rules = new ArrayList<>();
    for (Resource r : stack.resources()) {
      if (r.type().equals("AWS::EC2::SecurityGroup")) {
        for (JsonNode rule : r.property("SecurityGroupIngress")) {
          rules.add(new IngressRule(r, Optional.of(r), rule));
        }
      } else if (r.type().equals("AWS::EC2::SecurityGroupIngress")) {
        rules.add(new IngressRule(r, group.resolve(stack, r.property("GroupId")), r.properties()));
      }
    }
    return ImmutableList.copyOf(rules);
  }

  private static Optional<Integer> port(JsonNode node) {
    if (node.isNumber()) {
      return Optional.of(node.asInt());
    }
    if (node.isTextual() && node.asText().matches("-?\\d+")) {
      return Optional.of(Integer.parseInt(node.asText()));
    }
    return Optional.empty();
  }
}

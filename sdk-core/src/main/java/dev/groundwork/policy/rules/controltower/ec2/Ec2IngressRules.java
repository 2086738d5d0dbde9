package dev.groundwork.policy.rules.controltower.ec2;

import static dev.groundwork.policy.rules.controltower.internal.GuardValues.combine;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isOneOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.policy.Evaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The security group ingress checks CT.EC2.PR.3 and .4 share, as their guard rules read them: a
 * rule applies when it is open to 0.0.0.0/0, ::/0 or a prefix list; its protocol must then be
 * tcp, udp, icmp or icmpv6, and a tcp or udp rule's ports (JSON numbers) must pass the check.
 */
final class Ec2IngressRules {

  private static final Set<String> PROTOCOLS = ImmutableSet.of("tcp", "udp", "icmp", "icmpv6");
  private static final List<Integer> WEB_PORTS = List.of(80, 443);
  /** The ports CT.EC2.PR.4 keeps closed to the internet. */
  private static final List<Integer> HIGH_RISK_PORTS = List.of(3389, 20, 23, 110, 143, 3306, 8080, 1433,
      9200, 9300, 25, 445, 135, 21, 1434, 4333, 5432, 5500, 5601, 22, 3000, 5000, 8088, 8888);

  private Ec2IngressRules() {}

  /** The verdict on a security group (each of its ingress rules) or a standalone ingress rule. */
  static Evaluation check(String type, JsonNode properties, BiPredicate<JsonNode, JsonNode> ports) {
    if (type.equals("AWS::EC2::SecurityGroupIngress")) {
      return checkRule(properties, "Properties", ports);
    }
    JsonNode ingress = properties.path("SecurityGroupIngress");
    if (!isNonEmptyList(ingress)) {
      return Evaluation.notApplicable();
    }
    List<Evaluation> parts = new ArrayList<>();
    for (int i = 0; i < ingress.size(); i++) {
      parts.add(checkRule(ingress.get(i), "Properties.SecurityGroupIngress[" + i + "]", ports));
    }
    return combine(parts);
  }

  /** CT.EC2.PR.3: the rule opens exactly port 80 or exactly port 443. */
  static boolean webPortsOnly(JsonNode from, JsonNode to) {
    return isPortIn(from, WEB_PORTS) && isPortIn(to, WEB_PORTS) && from.intValue() == to.intValue();
  }

  /** CT.EC2.PR.4: the rule's port range contains no high-risk port. */
  static boolean noHighRiskPort(JsonNode from, JsonNode to) {
    if (!from.isNumber() || !to.isNumber()) {
      return false;
    }
    return HIGH_RISK_PORTS.stream().allMatch(port -> from.intValue() > port || to.intValue() < port);
  }

  private static Evaluation checkRule(JsonNode rule, String path, BiPredicate<JsonNode, JsonNode> ports) {
    boolean open = is(rule.path("CidrIp"), "0.0.0.0/0") || is(rule.path("CidrIpv6"), "::/0")
        || exists(rule.path("SourcePrefixListId"));
    if (!open) {
      return Evaluation.notApplicable();
    }
    JsonNode protocol = rule.path("IpProtocol");
    if (!isOneOf(protocol, PROTOCOLS)) {
      return Evaluation.nonCompliant(path + ".IpProtocol",
          "a rule open to the internet allows protocol " + protocol + " (not tcp, udp, icmp or icmpv6)");
    }
    if (is(protocol, "tcp") || is(protocol, "udp")) {
      JsonNode from = rule.path("FromPort");
      JsonNode to = rule.path("ToPort");
      return Evaluation.failIf(!exists(from) || !exists(to) || !ports.test(from, to), path,
          () -> "a rule open to the internet allows ports " + from + " to " + to);
    }
    return Evaluation.compliant();
  }

  private static boolean isPortIn(JsonNode port, List<Integer> ports) {
    return port.isIntegralNumber() && ports.contains(port.intValue());
  }
}

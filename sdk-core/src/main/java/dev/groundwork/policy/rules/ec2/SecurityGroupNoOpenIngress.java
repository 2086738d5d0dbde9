package dev.groundwork.policy.rules.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * No ingress from {@code 0.0.0.0/0} or {@code ::/0}, inline or as separate {@code
 * AWS::EC2::SecurityGroupIngress} resources, except TCP 80/443 to a group attached to a load
 * balancer.
 */
public final class SecurityGroupNoOpenIngress implements Rule {

  private static final String GROUP = "AWS::EC2::SecurityGroup";
  private static final String INGRESS = "AWS::EC2::SecurityGroupIngress";

  private static final RuleInfo INFO = RuleInfo.builder("GW_EC2_SG_NO_OPEN_INGRESS")
      .title("Security groups allow no ingress from the internet, except 80/443 to load balancers")
      .severity(Severity.ERROR)
      .resourceTypes(GROUP, INGRESS)
      .rationale("Ingress from 0.0.0.0/0 or ::/0 exposes the port to every scanner on the "
          + "internet; only public load balancers should listen there, on HTTP(S).")
      .remediation("Allow ingress from a known CIDR or another security group "
          + "(connections.allowFrom(peer, port)); put public services behind a load balancer.")
      .controls("AWS Security Hub CSPM control reference, control EC2.18 (authorized ports 80 and 443), EC2.13 (port 22) and EC2.14 (port 3389)",
          Control.nist("AC-4"), Control.nist("AC-4(21)"), Control.nist("CM-7"),
          Control.nist("SC-7"), Control.nist("SC-7(11)"), Control.nist("SC-7(16)"),
          Control.nist("SC-7(21)"), Control.nist("SC-7(4)"), Control.nist("SC-7(5)"),
          Control.pci("1.3.1"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource resource = ctx.resource();
    if (resource.type().equals(INGRESS)) {
      Optional<String> group = Intrinsics.target(resource.property("GroupId"));
      return check(ctx, resource.properties(), "Properties", group.orElse(null));
    }
    JsonNode rules = resource.property("SecurityGroupIngress");
    if (Intrinsics.isIntrinsic(rules)) {
      return Evaluation.unknown("Properties.SecurityGroupIngress");
    }
    Evaluation.Builder out = Evaluation.builder();
    List<JsonNode> items = Intrinsics.items(rules);
    for (int i = 0; i < items.size(); i++) {
      out.add(check(ctx, items.get(i), "Properties.SecurityGroupIngress[" + i + "]",
          resource.logicalId()));
    }
    return out.build();
  }

  /** One rule; its IPv4 and IPv6 sources are judged each on its own (an open one is never hidden by an unknown one). */
  private static Evaluation check(RuleContext ctx, JsonNode rule, String path, String groupId) {
    Evaluation.Builder out = Evaluation.builder();
    for (String field : new String[] {"CidrIp", "CidrIpv6"}) {
      out.add(checkSource(ctx, rule, path, field, groupId));
    }
    return out.build();
  }

  private static Evaluation checkSource(RuleContext ctx, JsonNode rule, String path, String field, String groupId) {
    JsonNode cidr = rule.path(field);
    if (Intrinsics.isIntrinsic(cidr)) {
      return Evaluation.unknown(path + "." + field);
    }
    String value = cidr.asText("");
    if (!value.equals("0.0.0.0/0") && !value.equals("::/0")) {
      return Evaluation.compliant();
    }
    OptionalLong from = Intrinsics.number(rule.path("FromPort"));
    OptionalLong to = Intrinsics.number(rule.path("ToPort"));
    String protocol = rule.path("IpProtocol").asText("");
    boolean web = (protocol.equals("tcp") || protocol.equals("6")) && from.isPresent()
        && from.equals(to) && (from.getAsLong() == 80 || from.getAsLong() == 443);
    if (web && groupId == null) {
      return Evaluation.unknown(path + ".GroupId");
    }
    if (web && attachedToLoadBalancer(ctx, groupId)) {
      return Evaluation.compliant();
    }
    String ports = protocol.equals("-1") ? "all ports"
        : "ports " + rule.path("FromPort").asText("?") + "-" + rule.path("ToPort").asText("?");
    return Evaluation.nonCompliant(path + "." + field, String.format(
        "ingress from %s on %s/%s%s", value, protocol, ports,
        web ? " to a group not attached to a load balancer" : ""));
  }

  private static boolean attachedToLoadBalancer(RuleContext ctx, String groupId) {
    return !ctx.template().referrers("AWS::ElasticLoadBalancingV2::LoadBalancer",
            "SecurityGroups", groupId).isEmpty()
        || !ctx.template().referrers("AWS::ElasticLoadBalancing::LoadBalancer",
            "SecurityGroups", groupId).isEmpty();
  }
}

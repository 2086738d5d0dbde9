package dev.groundwork.policy.rules.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Security groups do not allow all egress to the internet, where VPC endpoints and narrower
 * rules would do.
 *
 * <p>Open egress, precisely: a rule to {@code 0.0.0.0/0} or {@code ::/0} for every protocol
 * ({@code IpProtocol -1}) or for every TCP or UDP port (0 to 65535); found inline in {@code
 * SecurityGroupEgress}, in an {@code AWS::EC2::SecurityGroupEgress} of the same template whose
 * {@code GroupId} references the group, or implied: a group with neither gets EC2's default rule
 * allowing all outbound traffic. A rule whose destination or protocol is an unresolved token
 * makes the outcome unknown. INFO, because some workloads do need the internet; the finding is a
 * prompt to route AWS API calls through VPC endpoints (gateway endpoints for S3 and DynamoDB,
 * interface endpoints for the rest) and to allow only the ports the workload uses.
 */
public final class SecurityGroupNoOpenEgress implements Rule {

  private static final Set<String> ANYWHERE = ImmutableSet.of("0.0.0.0/0", "::/0");
  private static final Set<String> VPC_RANGES = ImmutableSet.of("CidrBlock", "Ipv6CidrBlocks");
  private static final Set<String> PORT_PROTOCOLS = ImmutableSet.of("tcp", "udp", "6", "17");

  private static final RuleInfo INFO = RuleInfo.builder("GW_EC2_SG_NO_OPEN_EGRESS")
      .title("Security groups do not allow all egress to the internet")
      .severity(Severity.INFO)
      .resourceTypes("AWS::EC2::SecurityGroup")
      .rationale("A group allowing every protocol, or every TCP or UDP port, to 0.0.0.0/0 or ::/0 "
          + "lets a compromised workload reach any host; AWS service calls do not need the "
          + "internet when the VPC has endpoints for them. Open egress is an inline rule, an "
          + "AWS::EC2::SecurityGroupEgress of the same template, or no egress rule at all (EC2 "
          + "then adds allow-all). INFO: some workloads need the internet.")
      .remediation("Create the group with allowAllOutbound(false) and add only the egress it "
          + "needs (e.g. HTTPS to the VPC's interface endpoints or the S3 prefix list); SecureVpc "
          + "adds the endpoints in STAGING and PROD.")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource group = ctx.resource();
    JsonNode inline = group.property("SecurityGroupEgress");
    if (Intrinsics.isIntrinsic(inline)) {
      return Evaluation.unknown("Properties.SecurityGroupEgress");
    }
    List<Resource> standalone =
        ctx.template().referrers("AWS::EC2::SecurityGroupEgress", "GroupId", group.logicalId());
    List<JsonNode> items = Intrinsics.items(inline);
    if (items.isEmpty() && standalone.isEmpty()) {
      return Evaluation.nonCompliant("Properties.SecurityGroupEgress", "group declares no egress "
          + "rule, so EC2 adds its default rule allowing all outbound traffic");
    }
    Evaluation.Builder out = Evaluation.builder();
    for (int i = 0; i < items.size(); i++) {
      out.add(check(items.get(i), "Properties.SecurityGroupEgress[" + i + "]", "egress rule " + i,
          ctx.template()));
    }
    for (Resource rule : standalone) {
      out.add(check(rule.properties(), rule.logicalId() + ".Properties", rule.logicalId(), ctx.template()));
    }
    return out.build();
  }

  /** One rule; its IPv4 and IPv6 destinations are judged each on its own. */
  private static Evaluation check(JsonNode rule, String path, String name, StackTemplate template) {
    if (!rule.has("CidrIp") && !rule.has("CidrIpv6")) {
      return rule.has("DestinationPrefixListId") || rule.has("DestinationSecurityGroupId")
          ? Evaluation.compliant() : Evaluation.unknown(path + ".CidrIp");
    }
    Evaluation.Builder out = Evaluation.builder();
    for (String key : List.of("CidrIp", "CidrIpv6")) {
      if (rule.has(key) && isVpcRange(rule.path(key), template)) {
        out.add(Evaluation.compliant());
      } else if (rule.has(key)) {
        out.add(checkDestination(rule, Intrinsics.text(rule.path(key)), path, key, name));
      }
    }
    return out.build();
  }

  private static Evaluation checkDestination(JsonNode rule, Optional<String> destination, String path,
      String key, String name) {
    if (destination.isEmpty()) {
      return Evaluation.unknown(path + "." + key);
    }
    if (!ANYWHERE.contains(destination.get())) {
      return Evaluation.compliant();
    }
    Optional<String> protocol = Intrinsics.text(rule.path("IpProtocol"))
        .or(() -> numberText(rule.path("IpProtocol")));
    if (protocol.isEmpty()) {
      return Evaluation.unknown(path + ".IpProtocol");
    }
    String p = protocol.get().toLowerCase(java.util.Locale.ROOT);
    boolean all = p.equals("-1") || (PORT_PROTOCOLS.contains(p) && allPorts(rule));
    return Evaluation.failIf(all, path, () -> name + " allows "
        + (p.equals("-1") ? "all traffic" : "every " + p.toUpperCase(java.util.Locale.ROOT) + " port")
        + " to " + destination.get());
  }

  /**
   * A destination read from a VPC of this template ({@code Fn::GetAtt [Vpc, CidrBlock]}, or one of
   * its IPv6 blocks through {@code Fn::Select}): a VPC's range is at most a /16 (IPv4) or /56 (IPv6),
   * never the internet.
   */
  private static boolean isVpcRange(JsonNode destination, StackTemplate template) {
    JsonNode value = destination.has("Fn::Select") && destination.path("Fn::Select").size() == 2
        ? destination.path("Fn::Select").get(1) : destination;
    Optional<String> attribute = Intrinsics.attribute(value);
    return attribute.filter(VPC_RANGES::contains).isPresent()
        && template.resolve(value).filter(r -> r.type().equals("AWS::EC2::VPC")).isPresent();
  }

  private static Optional<String> numberText(JsonNode node) {
    OptionalLong n = Intrinsics.number(node);
    return n.isPresent() ? Optional.of(Long.toString(n.getAsLong())) : Optional.empty();
  }

  private static boolean allPorts(JsonNode rule) {
    OptionalLong from = Intrinsics.number(rule.path("FromPort"));
    OptionalLong to = Intrinsics.number(rule.path("ToPort"));
    return from.isPresent() && to.isPresent() && from.getAsLong() <= 0 && to.getAsLong() >= 65535;
  }
}

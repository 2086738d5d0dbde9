package dev.groundwork.policy.rules.controltower.ec2;

import static dev.groundwork.policy.Control.cis;
import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Network ACL entries do not allow SSH or RDP from anywhere. Mirrors CT.EC2.PR.5. */
public final class Ec2NetworkAclNoOpenSshOrRdp implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_NACL_NO_UNRESTRICTED_SSH_RDP", "CT.EC2.PR.5",
          "Require any Amazon EC2 network ACL to prevent ingress from 0.0.0.0/0 to port 22 or "
          + "port 3389",
          cis("5.1"), nist("AC-4(21)"), nist("CA-9(1)"), nist("CM-2"), nist("CM-2(2)"),
          nist("CM-7"), nist("SC-7"), nist("SC-7(21)"), nist("SC-7(5)"))
      .resourceTypes("AWS::EC2::NetworkAclEntry")
      .rationale("An ACL entry allowing port 22 or 3389 from 0.0.0.0/0 or ::/0 opens remote "
          + "administration to the internet at the subnet level, beneath every security group.")
      .remediation("Remove the entry or restrict its CIDR; reach instances through Systems Manager Session "
          + "Manager.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode p = ctx.resource().properties();
    if (!isStruct(p)) {
      return withoutProperties();
    }
    boolean ingress = !exists(p.path("Egress")) || !isTrue(p.path("Egress"));
    boolean anywhere = is(p.path("CidrBlock"), "0.0.0.0/0") || is(p.path("Ipv6CidrBlock"), "::/0");
    if (!ingress || !anywhere || !is(p.path("RuleAction"), "allow")) {
      return Evaluation.notApplicable();
    }
    JsonNode protocol = p.path("Protocol");
    if (!exists(protocol) || isProtocol(protocol, -1)) {
      return Evaluation.nonCompliant("Properties.Protocol", "the entry allows every protocol from anywhere");
    }
    boolean tcp = isProtocol(protocol, 6);
    boolean udp = isProtocol(protocol, 17);
    return Evaluation.failIf((tcp && !excludes(p, 22)) || ((tcp || udp) && !excludes(p, 3389)),
        "Properties.PortRange", "the entry allows SSH (22) or RDP (3389) from anywhere");
  }

  /** Guard's {@code Protocol in [n, "n"]}. */
  private static boolean isProtocol(JsonNode protocol, int number) {
    return (protocol.isIntegralNumber() && protocol.intValue() == number)
        || is(protocol, String.valueOf(number));
  }

  /** The entry's port range is given and lies wholly above or below {@code port}. */
  private static boolean excludes(JsonNode entry, int port) {
    JsonNode range = entry.path("PortRange");
    JsonNode from = range.path("From");
    JsonNode to = range.path("To");
    return isStruct(range) && from.isNumber() && to.isNumber()
        && (from.intValue() > port || to.intValue() < port);
  }
}

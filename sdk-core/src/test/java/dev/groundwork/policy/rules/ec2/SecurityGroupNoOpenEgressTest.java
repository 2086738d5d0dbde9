package dev.groundwork.policy.rules.ec2;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertUnknown;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;
import static dev.groundwork.testing.TemplateFixture.template;

import org.junit.jupiter.api.Test;

class SecurityGroupNoOpenEgressTest {

  static final String GROUP = "AWS::EC2::SecurityGroup";
  static final String EGRESS = "AWS::EC2::SecurityGroupEgress";
  final SecurityGroupNoOpenEgress rule = new SecurityGroupNoOpenEgress();

  static String egress(String rules) {
    return "{'GroupDescription': 'g', 'VpcId': 'vpc-1', 'SecurityGroupEgress': [" + rules + "]}";
  }

  @Test
  void judgesAnInlineEgressGivenAsOneObjectBesideAStandaloneRule() {
    // Threw for the whole evaluation before: the object was read as a list.
    assertViolation(template()
            .resource("G", GROUP, "{'SecurityGroupEgress': {'IpProtocol': '-1', 'CidrIp': '0.0.0.0/0'}}")
            .resource("E", EGRESS, "{'GroupId': {'Fn::GetAtt': ['G', 'GroupId']}, 'IpProtocol': 'tcp', "
                + "'FromPort': 5432, 'ToPort': 5432, 'CidrIp': '10.0.0.0/16'}")
            .evaluate(rule, "G"),
        "Properties.SecurityGroupEgress[0]", "egress rule 0 allows all traffic to 0.0.0.0/0");
  }

  @Test
  void failsOnAnOpenIpv6DestinationThoughTheIpv4OneIsAParameter() {
    assertViolation(evaluate(rule, GROUP, egress("{'CidrIp': {'Ref': 'Destination'}, 'CidrIpv6': '::/0', "
            + "'IpProtocol': '-1'}")),
        "Properties.SecurityGroupEgress[0]", "allows all traffic to ::/0");
  }

  @Test
  void passesWithAllTrafficToTheRangeOfAVpcOfTheTemplate() {
    assertCompliant(template()
        .resource("Vpc", "AWS::EC2::VPC", "{'CidrBlock': '10.0.0.0/16'}")
        .resource("G", GROUP, egress("{'IpProtocol': '-1', 'CidrIp': {'Fn::GetAtt': ['Vpc', 'CidrBlock']}}, "
            + "{'IpProtocol': '-1', 'CidrIpv6': {'Fn::Select': [0, {'Fn::GetAtt': ['Vpc', 'Ipv6CidrBlocks']}]}}"))
        .evaluate(rule, "G"));
  }

  @Test
  void unknownWhenTheDestinationIsAnotherResourcesAttribute() {
    assertUnknown(template()
        .resource("Ip", "AWS::EC2::EIP", "{}")
        .resource("G", GROUP, egress("{'IpProtocol': '-1', 'CidrIp': {'Fn::GetAtt': ['Ip', 'PublicIp']}}"))
        .evaluate(rule, "G"));
  }

  @Test
  void passesWithHttpsOnlyToTheInternet() {
    assertCompliant(evaluate(rule, GROUP,
        egress("{'CidrIp': '0.0.0.0/0', 'IpProtocol': 'tcp', 'FromPort': 443, 'ToPort': 443}")));
  }

  @Test
  void passesWithCdksDisallowAllPlaceholder() {
    assertCompliant(evaluate(rule, GROUP, egress("{'CidrIp': '255.255.255.255/32', "
        + "'Description': 'Disallow all traffic', 'IpProtocol': 'icmp', 'FromPort': 252, 'ToPort': 86}")));
  }

  @Test
  void passesWithEgressToAPrefixList() {
    assertCompliant(evaluate(rule, GROUP, egress("{'DestinationPrefixListId': 'pl-1', 'IpProtocol': '-1'}")));
  }

  @Test
  void passesWithAStandaloneEgressRuleToAnotherGroup() {
    assertCompliant(template()
        .resource("Sg", GROUP, "{'GroupDescription': 'g', 'VpcId': 'vpc-1'}")
        .resource("Out", EGRESS, "{'GroupId': {'Fn::GetAtt': ['Sg', 'GroupId']}, 'IpProtocol': 'tcp', "
            + "'FromPort': 8080, 'ToPort': 8080, 'DestinationSecurityGroupId': 'sg-2'}")
        .evaluate(rule, "Sg"));
  }

  @Test
  void failsWithCdksAllowAllOutboundRule() {
    assertViolation(evaluate(rule, GROUP, egress("{'CidrIp': '0.0.0.0/0', 'IpProtocol': '-1', "
        + "'Description': 'Allow all outbound traffic by default'}")),
        "Properties.SecurityGroupEgress[0]", "allows all traffic to 0.0.0.0/0");
  }

  @Test
  void failsWithEveryTcpPortToIpv6Anywhere() {
    assertViolation(evaluate(rule, GROUP, egress("{'CidrIpv6': '::/0', 'IpProtocol': 'tcp', 'FromPort': 0, 'ToPort': 65535}")),
        "Properties.SecurityGroupEgress[0]", "every TCP port to ::/0");
  }

  @Test
  void failsWhenTheGroupDeclaresNoEgressSoEc2AllowsAll() {
    assertViolation(evaluate(rule, GROUP, "{'GroupDescription': 'g', 'VpcId': 'vpc-1'}"),
        "Properties.SecurityGroupEgress", "default rule allowing all outbound traffic");
  }

  @Test
  void failsWithAStandaloneAllowAllRule() {
    assertViolation(template()
        .resource("Sg", GROUP, "{'GroupDescription': 'g', 'VpcId': 'vpc-1'}")
        .resource("Out", EGRESS, "{'GroupId': {'Ref': 'Sg'}, 'IpProtocol': -1, 'CidrIp': '0.0.0.0/0'}")
        .evaluate(rule, "Sg"), "Out.Properties", "Out allows all traffic");
  }

  @Test
  void unknownWhenTheDestinationIsAParameter() {
    assertUnknown(evaluate(rule, GROUP, egress("{'CidrIp': {'Ref': 'Cidr'}, 'IpProtocol': '-1'}")),
        "Properties.SecurityGroupEgress[0].CidrIp");
  }

  @Test
  void unknownWhenTheEgressListIsConditional() {
    assertUnknown(evaluate(rule, GROUP, "{'GroupDescription': 'g', 'SecurityGroupEgress': {'Fn::If': ['C', [], []]}}"),
        "Properties.SecurityGroupEgress");
  }

  @Test
  void notApplicableToStandaloneEgressRules() {
    assertNotApplicableTo(rule, EGRESS, "{'GroupId': 'sg-1', 'IpProtocol': '-1', 'CidrIp': '0.0.0.0/0'}");
  }
}

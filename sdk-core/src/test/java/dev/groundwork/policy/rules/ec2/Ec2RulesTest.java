package dev.groundwork.policy.rules.ec2;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicable;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertUnknown;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;
import static dev.groundwork.testing.TemplateFixture.template;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class Ec2RulesTest {

  static final String VPC = "AWS::EC2::VPC";
  static final String SG = "AWS::EC2::SecurityGroup";
  static final String INGRESS = "AWS::EC2::SecurityGroupIngress";
  static final String ALB = "AWS::ElasticLoadBalancingV2::LoadBalancer";

  @Nested
  class FlowLogs {
    final VpcFlowLogsEnabled rule = new VpcFlowLogsEnabled();

    @Test
    void passesWhenFlowLogReferencesVpc() {
      assertCompliant(template().resource("V", VPC, "{}")
          .resource("F", "AWS::EC2::FlowLog", "{'ResourceId': {'Ref': 'V'}, 'ResourceType': 'VPC'}")
          .evaluate(rule, "V"));
    }

    @Test
    void failsWhenNoFlowLog() {
      assertViolation(evaluate(rule, VPC, "{}"), "Properties", "no AWS::EC2::FlowLog");
    }

    @Test
    void notApplicableToSubnets() {
      assertNotApplicableTo(rule, "AWS::EC2::Subnet", "{}");
    }
  }

  @Nested
  class DefaultSecurityGroup {
    final VpcDefaultSecurityGroupRestricted rule = new VpcDefaultSecurityGroupRestricted();

    @Test
    void passesWhenCdkRestrictResourcePointsAtVpc() {
      assertCompliant(template().resource("V", VPC, "{}")
          .resource("Restrict", "Custom::VpcRestrictDefaultSG",
              "{'DefaultSecurityGroupId': {'Fn::GetAtt': ['V', 'DefaultSecurityGroup']}}")
          .evaluate(rule, "V"));
    }

    @Test
    void failsWhenDefaultGroupKeepsRules() {
      assertViolation(evaluate(rule, VPC, "{}"), "Properties", "keeps its allow rules");
    }

    @Test
    void failsWhenIngressIsAddedToTheDefaultGroup() {
      assertViolation(template().resource("V", VPC, "{}").resource("I", INGRESS,
              "{'GroupId': {'Fn::GetAtt': ['V', 'DefaultSecurityGroup']}, 'CidrIp': '10.0.0.0/8', 'IpProtocol': '-1'}")
          .evaluate(rule, "I"), "Properties.GroupId", "default security group of VPC V");
    }

    @Test
    void notApplicableToIngressOfOwnGroups() {
      assertNotApplicable(template().resource("G", SG, "{}").resource("I", INGRESS,
          "{'GroupId': {'Fn::GetAtt': ['G', 'GroupId']}, 'CidrIp': '10.0.0.0/8', 'IpProtocol': '-1'}")
          .evaluate(rule, "I"));
    }

    @Test
    void notApplicableToSecurityGroups() {
      assertNotApplicableTo(rule, SG, "{}");
    }
  }

  @Nested
  class OpenIngress {
    final SecurityGroupNoOpenIngress rule = new SecurityGroupNoOpenIngress();

    @Test
    void failsWhenIngressIsOneOpenObjectInsteadOfAList() {
      // CloudFormation takes a single rule where the property is a list: it is a list of one.
      assertViolation(evaluate(rule, SG, "{'SecurityGroupIngress': {'CidrIp': '0.0.0.0/0', 'IpProtocol': '-1'}}"),
          "Properties.SecurityGroupIngress[0].CidrIp", "ingress from 0.0.0.0/0");
    }

    @Test
    void failsOnAnOpenIpv6SourceThoughTheIpv4SourceBesideItIsUnknown() {
      assertViolation(evaluate(rule, SG, "{'SecurityGroupIngress': [{'IpProtocol': 'tcp', 'FromPort': 22, 'ToPort': 22, "
              + "'CidrIp': {'Fn::ImportValue': 'office'}, 'CidrIpv6': '::/0'}]}"),
          "Properties.SecurityGroupIngress[0].CidrIpv6", "ingress from ::/0 on tcp/ports 22-22");
    }

    @Test
    void unknownWhenTheOnlySourceIsUnresolved() {
      assertUnknown(evaluate(rule, SG, "{'SecurityGroupIngress': [{'IpProtocol': 'tcp', 'FromPort': 22, 'ToPort': 22, "
          + "'CidrIp': {'Fn::ImportValue': 'office'}, 'CidrIpv6': '2001:db8::/32'}]}"),
          "Properties.SecurityGroupIngress[0].CidrIp");
    }

    @Test
    void passesWhenIngressFromPrivateRange() {
      assertCompliant(evaluate(rule, SG, "{'SecurityGroupIngress': [{'CidrIp': '10.0.0.0/16',"
          + " 'IpProtocol': 'tcp', 'FromPort': 22, 'ToPort': 22}]}"));
    }

    @Test
    void failsWhenSshOpenToTheWorld() {
      assertViolation(evaluate(rule, SG, "{'SecurityGroupIngress': [{'CidrIp': '0.0.0.0/0',"
              + " 'IpProtocol': 'tcp', 'FromPort': 22, 'ToPort': 22}]}"),
          "Properties.SecurityGroupIngress[0].CidrIp", "0.0.0.0/0 on tcp/ports 22-22");
    }

    @Test
    void failsWhenSeparateIngressResourceOpensIpv6() {
      assertViolation(template().resource("G", SG, "{}").resource("I", INGRESS,
              "{'GroupId': {'Fn::GetAtt': ['G', 'GroupId']}, 'CidrIpv6': '::/0', 'IpProtocol': '-1'}")
          .evaluate(rule, "I"), "Properties.CidrIpv6", "all ports");
    }

    @Test
    void passesWhenHttpsOpenOnLoadBalancerGroup() {
      assertCompliant(template().resource("G", SG, "{'SecurityGroupIngress': [{'CidrIp': '0.0.0.0/0',"
              + " 'IpProtocol': 'tcp', 'FromPort': 443, 'ToPort': 443}]}")
          .resource("LB", ALB, "{'SecurityGroups': [{'Fn::GetAtt': ['G', 'GroupId']}]}")
          .evaluate(rule, "G"));
    }

    @Test
    void failsWhenHttpsOpenOnGroupWithoutLoadBalancer() {
      assertViolation(evaluate(rule, SG, "{'SecurityGroupIngress': [{'CidrIp': '0.0.0.0/0',"
              + " 'IpProtocol': 'tcp', 'FromPort': 443, 'ToPort': 443}]}"),
          "Properties.SecurityGroupIngress[0].CidrIp", "not attached to a load balancer");
    }

    @Test
    void unknownWhenCidrIsParameter() {
      assertUnknown(evaluate(rule, SG, "{'SecurityGroupIngress': [{'CidrIp': {'Ref': 'Cidr'},"
          + " 'IpProtocol': 'tcp', 'FromPort': 22, 'ToPort': 22}]}"));
    }

    @Test
    void notApplicableToEgress() {
      assertNotApplicableTo(rule, "AWS::EC2::SecurityGroupEgress", "{'CidrIp': '0.0.0.0/0'}");
    }
  }

  @Nested
  class SecurityGroupDescriptions {
    final SecurityGroupDescriptionValid rule = new SecurityGroupDescriptionValid();

    @Test
    void passesWithEc2sCharacters() {
      assertCompliant(evaluate(rule, SG, "{'GroupDescription': 'Orders web: HTTPS (443) from the ALB, [v2] & more!',"
          + " 'SecurityGroupIngress': [{'Description': 'from the load balancer', 'IpProtocol': 'tcp'}]}"));
    }

    @Test
    void failsOnAnApostropheNamingTheCharacter() {
      assertViolation(evaluate(rule, SG, "{'GroupDescription': \"CDK's provider\"}"),
          "Properties.GroupDescription", "holds characters EC2 refuses: '''");
    }

    @Test
    void failsOnARuleDescriptionInTheGroupOrOnItsOwn() {
      assertViolation(evaluate(rule, SG, "{'GroupDescription': 'web',"
              + " 'SecurityGroupEgress': [{'Description': 'ok'}, {'Description': 'caf\u00e9 \u2013 Postgres'}]}"),
          "Properties.SecurityGroupEgress[1].Description", "'\u00e9' '\u2013'");
      assertViolation(evaluate(rule, INGRESS, "{'Description': 'admin\\\"s host', 'IpProtocol': 'tcp'}"),
          "Properties.Description", "'\"'");
    }

    @Test
    void failsOverTwoHundredFiftyFiveCharacters() {
      assertViolation(evaluate(rule, SG, "{'GroupDescription': '" + "a".repeat(256) + "'}"),
          "Properties.GroupDescription", "256 characters long; EC2 accepts at most 255");
    }

    @Test
    void unknownWhenBuiltByAFunctionAndNotApplicableWithoutDescription() {
      assertUnknown(evaluate(rule, SG, "{'GroupDescription': {'Fn::Sub': '${AWS::StackName} web'}}"));
      assertNotApplicable(evaluate(rule, INGRESS, "{'IpProtocol': 'tcp'}"));
    }
  }

  @Nested
  class Ebs {
    final EbsVolumeEncrypted rule = new EbsVolumeEncrypted();

    @Test
    void passesWhenVolumeEncrypted() {
      assertCompliant(evaluate(rule, "AWS::EC2::Volume", "{'Encrypted': true}"));
    }

    @Test
    void failsWhenInstanceDeviceUnencrypted() {
      assertViolation(evaluate(rule, "AWS::EC2::Instance", "{'BlockDeviceMappings': [{'DeviceName':"
              + " '/dev/xvda', 'Ebs': {'VolumeSize': 20}}]}"),
          "Properties.BlockDeviceMappings[0].Ebs.Encrypted", "not set");
    }

    @Test
    void notApplicableToInstanceWithoutDevices() {
      assertNotApplicable(evaluate(rule, "AWS::EC2::Instance", "{}"));
    }

    @Test
    void unknownWhenEncryptionIsParameter() {
      assertUnknown(evaluate(rule, "AWS::EC2::Volume", "{'Encrypted': {'Ref': 'E'}}"));
    }
  }

  @Nested
  class Imdsv2 {
    final Ec2InstanceRequiresImdsv2 rule = new Ec2InstanceRequiresImdsv2();

    @Test
    void passesWhenInstanceLaunchTemplateRequiresTokens() {
      assertCompliant(template().resource("LT", "AWS::EC2::LaunchTemplate",
              "{'LaunchTemplateData': {'MetadataOptions': {'HttpTokens': 'required'}}}")
          .resource("I", "AWS::EC2::Instance",
              "{'LaunchTemplate': {'LaunchTemplateName': {'Ref': 'LT'}, 'Version': '1'}}")
          .evaluate(rule, "I"));
    }

    @Test
    void failsWhenInstanceHasNoLaunchTemplate() {
      assertViolation(evaluate(rule, "AWS::EC2::Instance", "{}"), "Properties.LaunchTemplate", "IMDSv1");
    }

    @Test
    void failsWhenLaunchTemplateAllowsOptionalTokens() {
      assertViolation(evaluate(rule, "AWS::EC2::LaunchTemplate",
              "{'LaunchTemplateData': {'MetadataOptions': {'HttpTokens': 'optional'}}}"),
          "Properties.LaunchTemplateData.MetadataOptions.HttpTokens", "optional");
    }

    @Test
    void followsTheLiteralNameCdkWritesToTheLaunchTemplateOfThatName() {
      // CDK's Instance names its launch template by text and reads the version by Fn::GetAtt.
      assertViolation(template()
              .resource("Other", "AWS::EC2::LaunchTemplate", "{'LaunchTemplateName': 'other', "
                  + "'LaunchTemplateData': {'MetadataOptions': {'HttpTokens': 'required'}}}")
              .resource("LT", "AWS::EC2::LaunchTemplate", "{'LaunchTemplateName': 'hostTemplate', "
                  + "'LaunchTemplateData': {'MetadataOptions': {'HttpTokens': 'optional'}}}")
              .resource("I", "AWS::EC2::Instance", "{'LaunchTemplate': {'LaunchTemplateName': 'hostTemplate', "
                  + "'Version': {'Fn::GetAtt': ['LT', 'LatestVersionNumber']}}}")
              .evaluate(rule, "I"),
          "Properties.LaunchTemplate (LT)", "optional");
    }

    @Test
    void followsTheVersionWhenTheNameIsNotDeclaredInTheTemplate() {
      assertCompliant(template().resource("LT", "AWS::EC2::LaunchTemplate",
              "{'LaunchTemplateData': {'MetadataOptions': {'HttpTokens': 'required'}}}")
          .resource("I", "AWS::EC2::Instance", "{'LaunchTemplate': {'LaunchTemplateName': 'generated-name', "
              + "'Version': {'Fn::GetAtt': ['LT', 'LatestVersionNumber']}}}")
          .evaluate(rule, "I"));
    }

    @Test
    void unknownWhenLaunchTemplateIsImported() {
      assertUnknown(evaluate(rule, "AWS::EC2::Instance",
          "{'LaunchTemplate': {'LaunchTemplateId': {'Fn::ImportValue': 'lt'}}}"));
    }

    @Test
    void notApplicableToSpotFleets() {
      assertNotApplicableTo(rule, "AWS::EC2::SpotFleet", "{}");
    }
  }
}

package dev.groundwork.testing;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.groundwork.assembly.StackTemplate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IngressRulesAssertTest {
  private static final StackTemplate SERVICE = Fixtures.service();
  private static final String DATABASE_SG = "prod/service/Database/SecurityGroup";
  private static final String LOAD_BALANCER_SG = "prod/service/LoadBalancer/SecurityGroup";

  @Nested
  class Inline {
    @Test
    void findsInlineRuleOfTheGroup() {
      assertThat(SERVICE).ingressRules().ofSecurityGroup(LOAD_BALANCER_SG).hasSize(1)
          .allowingPort(443).fromCidr("0.0.0.0/0");
      assertThat(SERVICE).ingressRules().noneOpenToTheWorldExceptPorts(443);
    }

    @Test
    void fromCidrFailsShowingTheRulesPeers() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).ingressRules().ofSecurityGroup(LOAD_BALANCER_SG).fromCidr("10.0.0.0/8"))
          .withMessageContaining("to contain a rule from 10.0.0.0/8 but none does")
          .withMessageContaining("\"CidrIp\":\"0.0.0.0/0\"");
    }

    @Test
    void failsShowingTheRuleOpenToTheWorld() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).ingressRules().noneOpenToTheWorld())
          .withMessageContaining("to be open to the world (0.0.0.0/0 or ::/0) but 1 are")
          .withMessageContaining("AWS::EC2::SecurityGroup 'LoadBalancerSecurityGroup5A3B2C1D' at 'prod/service/LoadBalancer/SecurityGroup/Resource'")
          .withMessageContaining("\"CidrIp\":\"0.0.0.0/0\"");
    }
  }

  @Nested
  class Standalone {
    @Test
    void findsStandaloneRuleByTheGroupItOpensAndItsPeer() {
      assertThat(SERVICE).ingressRules().ofSecurityGroup(DATABASE_SG)
          .allowingPort(5432).fromSecurityGroup(LOAD_BALANCER_SG);
      assertThat(SERVICE).ingressRules().ofSecurityGroup(DATABASE_SG).noneOpenToTheWorld().doNotAllowPort(22);
    }

    @Test
    void failsListingTheGroupsRulesWhenPortIsNotOpen() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).ingressRules().ofSecurityGroup(DATABASE_SG).allowingPort(3306))
          .withMessageContaining("ingress rules in stack 'orders-prod-service' of security group 'prod/service/Database/SecurityGroup' to contain a rule allowing port 3306 but none does")
          .withMessageContaining("AWS::EC2::SecurityGroupIngress 'DatabaseSecurityGroupFromLoadBalancer5432C0FFEE01'")
          .withMessageContaining("opening AWS::EC2::SecurityGroup 'DatabaseSecurityGroup7E6F5A4B'");
    }

    @Test
    void failsWhenPeerIsAnotherGroup() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).ingressRules().ofSecurityGroup(DATABASE_SG).fromSecurityGroup(DATABASE_SG))
          .withMessageContaining("from security group 'prod/service/Database/SecurityGroup' but none does");
    }
  }

  @Test
  void allProtocolRulesCoverEveryPort() {
    StackTemplate open = StackTemplate.fromJson("open", """
        {"Resources":{"Sg":{"Type":"AWS::EC2::SecurityGroup","Properties":{"GroupDescription":"x",
          "SecurityGroupIngress":[{"IpProtocol":"-1","CidrIpv6":"::/0"}]}}}}""");
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(open).ingressRules().doNotAllowPort(22))
        .withMessageContaining("allowing port 22 but 1 are");
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(open).ingressRules().noneOpenToTheWorldExceptPorts(443));
  }

  @Test
  void icmpRulesCoverNoPort() {
    StackTemplate ping = StackTemplate.fromJson("ping", """
        {"Resources":{"Sg":{"Type":"AWS::EC2::SecurityGroup","Properties":{"GroupDescription":"x",
          "SecurityGroupIngress":[{"IpProtocol":"icmp","FromPort":-1,"ToPort":-1,"CidrIp":"10.0.0.0/8"}]}}}}""");
    assertThat(ping).ingressRules().hasSize(1).doNotAllowPort(22);
  }

  @Test
  void unknownGroupFailsListingTheGroups() {
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(SERVICE).ingressRules().ofSecurityGroup("prod/service/Cache/SecurityGroup"))
        .withMessageContaining("Expected a security group 'prod/service/Cache/SecurityGroup'")
        .withMessageContaining("DatabaseSecurityGroup7E6F5A4B");
  }
}

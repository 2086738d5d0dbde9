package dev.groundwork.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParameterDefaultsTest {
  private static final String TEMPLATE = """
      {"Parameters": {
         "SSHLocation": {"Type": "String", "Default": "0.0.0.0/0"},
         "Port": {"Type": "Number", "Default": 22},
         "Cidrs": {"Type": "CommaDelimitedList", "Default": "10.0.0.0/8, 192.168.0.0/16"},
         "Ami": {"Type": "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", "Default": "/aws/service/ami"},
         "KeyName": {"Type": "String"}},
       "Resources": {
         "Group": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"SecurityGroupIngress": [
           {"CidrIp": {"Ref": "SSHLocation"}, "FromPort": {"Ref": "Port"}, "ToPort": 22, "IpProtocol": "tcp"}]}},
         "Host": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": {"Ref": "Ami"}, "KeyName": {"Ref": "KeyName"},
           "Tags": [{"Key": "allowed", "Value": {"Fn::Join": [",", {"Ref": "Cidrs"}]}}]}}}}
      """;

  @Test
  void referencesToParametersWithALiteralDefaultAreReplacedAndRecorded() {
    StackTemplate stack = StackTemplate.fromJson("s", TEMPLATE).withParameterDefaults();
    Resource group = stack.resource("Group").orElseThrow();
    assertThat(group.property("SecurityGroupIngress").get(0).path("CidrIp").asText()).isEqualTo("0.0.0.0/0");
    assertThat(group.property("SecurityGroupIngress").get(0).path("FromPort").asInt()).isEqualTo(22);
    assertThat(stack.parameterDefaults("Group")).extracting(ParameterDefault::propertyPath, ParameterDefault::parameter)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Properties.SecurityGroupIngress[0].CidrIp", "SSHLocation"),
            org.assertj.core.groups.Tuple.tuple("Properties.SecurityGroupIngress[0].FromPort", "Port"));
  }

  @Test
  void ssmParametersAndParametersWithoutDefaultStayReferences() {
    Resource host = StackTemplate.fromJson("s", TEMPLATE).withParameterDefaults().resource("Host").orElseThrow();
    assertThat(host.property("ImageId").path("Ref").asText()).isEqualTo("Ami");
    assertThat(host.property("KeyName").path("Ref").asText()).isEqualTo("KeyName");
  }

  @Test
  void aListParameterGivesTheListItsDefaultSpells() {
    Resource host = StackTemplate.fromJson("s", TEMPLATE).withParameterDefaults().resource("Host").orElseThrow();
    assertThat(host.property("Tags").get(0).path("Value").path("Fn::Join").get(1).toString())
        .isEqualTo("[\"10.0.0.0/8\",\"192.168.0.0/16\"]");
  }

  @Test
  void aTemplateWithoutSuchReferencesIsItself() {
    StackTemplate stack = StackTemplate.fromJson("s", "{\"Resources\": {\"B\": {\"Type\": \"AWS::S3::Bucket\"}}}");
    assertThat(stack.withParameterDefaults()).isSameAs(stack);
  }

  @Test
  void aDefaultTouchesItsPathWhatHoldsItAndWhatItHoldsButNotAllProperties() {
    ParameterDefault cidr = new ParameterDefault("Properties.SecurityGroupIngress[0].CidrIp", "SSHLocation",
        com.fasterxml.jackson.databind.node.TextNode.valueOf("0.0.0.0/0"));
    assertThat(cidr.touches("Properties.SecurityGroupIngress[0].CidrIp")).isTrue();
    assertThat(cidr.touches("Properties.SecurityGroupIngress[0]")).isTrue();
    assertThat(cidr.touches("Properties.SecurityGroupIngress.CidrIp")).as("one object given for a list").isTrue();
    assertThat(cidr.touches("Properties.SecurityGroupIngress[1].CidrIp")).isFalse();
    assertThat(cidr.touches("Properties.SecurityGroupIngress[0].CidrIpv6")).isFalse();
    assertThat(cidr.touches("Properties")).isFalse();
    assertThat(cidr.describe()).isEqualTo("the default of parameter SSHLocation (0.0.0.0/0)");
  }
}

package dev.groundwork.testing;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.Templates;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A client in one stack reaching a database in another, written as CDK writes it: the data stack
 * exports the group's id and the secret's ARN, the services stack imports them into its own
 * ingress rule and role policy.
 */
class CrossStackReferencesTest {
  private static final StackTemplate DATA = StackTemplate.fromJson("shop-dev-data", """
      {"Resources": {
        "DbGroup": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "db"},
          "Metadata": {"aws:cdk:path": "dev/data/Database/SecurityGroup/Resource"}},
        "DbSecret": {"Type": "AWS::SecretsManager::Secret", "Properties": {},
          "Metadata": {"aws:cdk:path": "dev/data/Database/Secret/Resource"}}},
       "Outputs": {
        "ExportGroup": {"Value": {"Fn::GetAtt": ["DbGroup", "GroupId"]}, "Export": {"Name": "shop-dev-data:GroupId"}},
        "ExportSecret": {"Value": {"Ref": "DbSecret"}, "Export": {"Name": "shop-dev-data:Secret"}}}}
      """);
  private static final StackTemplate SERVICES = StackTemplate.fromJson("shop-dev-services", """
      {"Resources": {
        "TaskGroup": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "tasks"},
          "Metadata": {"aws:cdk:path": "dev/services/Worker/SecurityGroup/Resource"}},
        "IntoDb": {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": {
          "GroupId": {"Fn::ImportValue": "shop-dev-data:GroupId"}, "IpProtocol": "tcp", "FromPort": 5432,
          "ToPort": 5432, "SourceSecurityGroupId": {"Fn::GetAtt": ["TaskGroup", "GroupId"]}}},
        "Role": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {"Statement": []}},
          "Metadata": {"aws:cdk:path": "dev/services/Worker/ExecutionRole/Resource"}},
        "RolePolicy": {"Type": "AWS::IAM::Policy", "Properties": {"Roles": [{"Ref": "Role"}], "PolicyDocument": {
          "Statement": [{"Effect": "Allow", "Action": "secretsmanager:GetSecretValue",
            "Resource": {"Fn::Join": ["", [{"Fn::ImportValue": "shop-dev-data:Secret"}, ":password::"]]}}]}}}}}
      """);
  private static final Templates ENVIRONMENT = Templates.of("environment 'dev'", List.of(DATA, SERVICES));

  @Test
  void anImportedGroupIsTheGroupTheRuleOpens() {
    assertThat(ENVIRONMENT).ingressRules().ofSecurityGroup("dev/data/Database/SecurityGroup")
        .hasSize(1).allowingPort(5432).fromSecurityGroup("dev/services/Worker/SecurityGroup");
  }

  @Test
  void aStackReadAloneDoesNotKnowTheImportedGroup() {
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(SERVICES).ingressRules().ofSecurityGroup("dev/data/Database/SecurityGroup"))
        .withMessageContaining("Expected a security group 'dev/data/Database/SecurityGroup'");
  }

  @Test
  void aStatementOnAnImportedResourceReferencesIt() {
    assertThat(ENVIRONMENT).iamStatements().ofRole("dev/services/Worker/ExecutionRole")
        .allowing("secretsmanager:GetSecretValue").onResourceReferencing("dev/data/Database/Secret");
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(ENVIRONMENT).iamStatements().noneOnResourceReferencing("dev/data/Database/Secret"))
        .withMessageContaining("on a resource referencing 'dev/data/Database/Secret' but 1 found");
    assertThat(ENVIRONMENT).iamStatements().noneOnResourceReferencing("dev/data/Database/SecurityGroup");
    assertThat(ENVIRONMENT).iamStatements().exceptRole("dev/services/Worker/ExecutionRole")
        .noneOnResourceReferencing("dev/data/Database/Secret");
  }

  @Test
  void theModelFollowsAnImportToTheExportingStacksResource() {
    Resource rule = SERVICES.resource("IntoDb").orElseThrow();
    assertThat(ENVIRONMENT.resolve(SERVICES, rule.property("GroupId"))).map(Resource::logicalId).contains("DbGroup");
    assertThat(ENVIRONMENT.resolve(SERVICES, rule.property("SourceSecurityGroupId"))).map(Resource::logicalId)
        .contains("TaskGroup");
    assertThat(DATA.exported("shop-dev-data:Secret")).map(Resource::logicalId).contains("DbSecret");
    assertThat(DATA.exported("shop-dev-data:Nothing")).isEmpty();
    assertThat(ENVIRONMENT.referencedBy(SERVICES, SERVICES.resource("RolePolicy").orElseThrow().property("PolicyDocument")))
        .extracting(Resource::logicalId).containsExactly("DbSecret");
  }
}

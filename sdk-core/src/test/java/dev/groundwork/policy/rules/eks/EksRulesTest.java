package dev.groundwork.policy.rules.eks;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertUnknown;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;
import static dev.groundwork.testing.TemplateFixture.template;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EksRulesTest {
  static final String CLUSTER = "AWS::EKS::Cluster";
  static final String NODEGROUP = "AWS::EKS::Nodegroup";
  static final String LAUNCH_TEMPLATE = "AWS::EC2::LaunchTemplate";

  @Nested
  class EndpointPublicAccess {
    final EksEndpointPublicAccessRestricted rule = new EksEndpointPublicAccessRestricted();

    @Test
    void passesWhenEndpointIsPrivate() {
      assertCompliant(evaluate(rule, CLUSTER,
          "{'ResourcesVpcConfig': {'EndpointPrivateAccess': true, 'EndpointPublicAccess': false}}"));
    }

    @Test
    void passesWhenPublicEndpointHasAnAllowList() {
      assertCompliant(evaluate(rule, CLUSTER,
          "{'ResourcesVpcConfig': {'EndpointPublicAccess': true, 'PublicAccessCidrs': ['203.0.113.0/24']}}"));
    }

    @Test
    void failsWhenPublicAccessIsLeftAtCloudFormationsDefault() {
      assertViolation(evaluate(rule, CLUSTER, "{'ResourcesVpcConfig': {'SubnetIds': ['subnet-1']}}"),
          "Properties.ResourcesVpcConfig.PublicAccessCidrs", "PublicAccessCidrs is not set");
    }

    @Test
    void failsWhenAllowListIsTheWholeInternet() {
      assertViolation(evaluate(rule, CLUSTER,
              "{'ResourcesVpcConfig': {'EndpointPublicAccess': true, 'PublicAccessCidrs': ['10.0.0.0/8', '0.0.0.0/0']}}"),
          "Properties.ResourcesVpcConfig.PublicAccessCidrs", "public to 0.0.0.0/0");
    }

    @Test
    void unknownWhenPublicAccessIsAParameter() {
      assertUnknown(evaluate(rule, CLUSTER, "{'ResourcesVpcConfig': {'EndpointPublicAccess': {'Ref': 'Public'}}}"),
          "Properties.ResourcesVpcConfig.EndpointPublicAccess");
    }

    @Test
    void notApplicableToNodegroups() {
      assertNotApplicableTo(rule, NODEGROUP, "{}");
    }
  }

  @Nested
  class SecretsEncryption {
    final EksSecretsEncrypted rule = new EksSecretsEncrypted();

    @Test
    void passesWhenSecretsAreEncryptedWithAKey() {
      assertCompliant(evaluate(rule, CLUSTER,
          "{'EncryptionConfig': [{'Provider': {'KeyArn': {'Fn::GetAtt': ['K', 'Arn']}}, 'Resources': ['secrets']}]}"));
    }

    @Test
    void failsWhenThereIsNoEncryptionConfig() {
      assertViolation(evaluate(rule, CLUSTER, "{'Name': 'c'}"), "Properties.EncryptionConfig",
          "no EncryptionConfig encrypts the 'secrets' resource");
    }

    @Test
    void failsWhenTheConfigNamesNoKey() {
      assertViolation(evaluate(rule, CLUSTER, "{'EncryptionConfig': [{'Resources': ['secrets']}]}"),
          "Properties.EncryptionConfig", "with a KMS key");
    }

    @Test
    void unknownWhenTheConfigIsComputed() {
      assertUnknown(evaluate(rule, CLUSTER, "{'EncryptionConfig': {'Fn::If': ['Enc', [], []]}}"),
          "Properties.EncryptionConfig");
    }

    @Test
    void notApplicableToNodegroups() {
      assertNotApplicableTo(rule, NODEGROUP, "{}");
    }
  }

  @Nested
  class ControlPlaneLogging {
    final EksControlPlaneLoggingComplete rule = new EksControlPlaneLoggingComplete();

    @Test
    void passesWhenEveryTypeIsEnabled() {
      assertCompliant(evaluate(rule, CLUSTER, "{'Logging': {'ClusterLogging': {'EnabledTypes': [{'Type': 'api'}, "
          + "{'Type': 'audit'}, {'Type': 'authenticator'}, {'Type': 'controllerManager'}, {'Type': 'scheduler'}]}}}"));
    }

    @Test
    void failsWhenSomeTypesAreMissing() {
      assertViolation(evaluate(rule, CLUSTER, "{'Logging': {'ClusterLogging': {'EnabledTypes': [{'Type': 'api'}]}}}"),
          "Properties.Logging.ClusterLogging.EnabledTypes",
          "log types not enabled: audit, authenticator, controllerManager, scheduler");
    }

    @Test
    void failsWhenLoggingIsNotConfigured() {
      assertViolation(evaluate(rule, CLUSTER, "{}"), "Properties.Logging.ClusterLogging.EnabledTypes", "api, audit");
    }

    @Test
    void unknownWhenTheTypesAreComputed() {
      assertUnknown(evaluate(rule, CLUSTER, "{'Logging': {'ClusterLogging': {'EnabledTypes': {'Ref': 'Types'}}}}"));
    }

    @Test
    void notApplicableToAddons() {
      assertNotApplicableTo(rule, "AWS::EKS::Addon", "{}");
    }
  }

  @Nested
  class NodegroupImdsv2 {
    final EksNodegroupRequiresImdsv2 rule = new EksNodegroupRequiresImdsv2();


    @Test
    void passesWhenTheLaunchTemplateRequiresTokensWithHopLimitOne() {
      assertCompliant(template().resource("LT", LAUNCH_TEMPLATE,
              "{'LaunchTemplateData': {'MetadataOptions': {'HttpTokens': 'required', 'HttpPutResponseHopLimit': 1}}}")
          .resource("N", NODEGROUP, "{'LaunchTemplate': {'Id': {'Ref': 'LT'}}}")
          .evaluate(rule, "N"));
    }

    @Test
    void failsWhenTheNodegroupHasNoLaunchTemplate() {
      assertViolation(evaluate(rule, NODEGROUP, "{'AmiType': 'AL2023_x86_64_STANDARD'}"),
          "Properties.LaunchTemplate", "allows IMDSv1");
    }

    @Test
    void failsWhenTokensAreOptional() {
      assertViolation(template().resource("LT", LAUNCH_TEMPLATE,
              "{'LaunchTemplateData': {'MetadataOptions': {'HttpTokens': 'optional', 'HttpPutResponseHopLimit': 1}}}")
          .resource("N", NODEGROUP, "{'LaunchTemplate': {'Id': {'Ref': 'LT'}}}")
          .evaluate(rule, "N"), "Properties.LaunchTemplate (LT)", "HttpTokens is optional");
    }

    @Test
    void failsWhenPodsCanHopToTheMetadataService() {
      assertViolation(template().resource("LT", LAUNCH_TEMPLATE,
              "{'LaunchTemplateData': {'MetadataOptions': {'HttpTokens': 'required', 'HttpPutResponseHopLimit': 2}}}")
          .resource("N", NODEGROUP, "{'LaunchTemplate': {'Id': {'Ref': 'LT'}}}")
          .evaluate(rule, "N"), "Properties.LaunchTemplate (LT)", "HttpPutResponseHopLimit is 2");
    }

    @Test
    void failsWhenTheHopLimitIsLeftToEks() {
      assertViolation(template().resource("LT", LAUNCH_TEMPLATE,
              "{'LaunchTemplateData': {'MetadataOptions': {'HttpTokens': 'required'}}}")
          .resource("N", NODEGROUP, "{'LaunchTemplate': {'Id': {'Ref': 'LT'}}}")
          .evaluate(rule, "N"), "Properties.LaunchTemplate (LT)", "not set (EKS uses 2)");
    }

    @Test
    void unknownWhenTheLaunchTemplateIsImported() {
      assertUnknown(evaluate(rule, NODEGROUP, "{'LaunchTemplate': {'Id': {'Fn::ImportValue': 'lt'}}}"),
          "Properties.LaunchTemplate");
    }

    @Test
    void notApplicableToClusters() {
      assertNotApplicableTo(rule, CLUSTER, "{}");
    }
  }
}

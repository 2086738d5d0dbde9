package dev.groundwork.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaggabilityTest {

  @ParameterizedTest
  @ValueSource(strings = {"AWS::S3::Bucket", "AWS::KMS::Key", "AWS::IAM::Role", "AWS::Logs::LogGroup",
      "AWS::EC2::VPC", "AWS::EC2::SecurityGroup", "AWS::RDS::DBCluster", "AWS::SecretsManager::Secret",
      "AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::ECS::Cluster", "AWS::Lambda::Function",
      "AWS::SSM::Parameter", "AWS::SQS::Queue", "AWS::SNS::Topic", "AWS::DynamoDB::Table"})
  void typesWithATagsPropertyAreTaggable(String type) {
    assertThat(Taggability.of(type)).isEqualTo(Taggability.TAGGABLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AWS::S3::BucketPolicy", "AWS::IAM::Policy", "AWS::KMS::Alias",
      "AWS::EC2::SecurityGroupIngress", "AWS::EC2::Route", "AWS::EC2::SubnetRouteTableAssociation",
      "AWS::Lambda::Permission", "AWS::EC2::LaunchTemplate", "AWS::CDK::Metadata",
      "Custom::S3AutoDeleteObjects", "AWS::CloudFormation::CustomResource"})
  void typesWithoutATagsPropertyAreNotTaggable(String type) {
    assertThat(Taggability.of(type)).isEqualTo(Taggability.NOT_TAGGABLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AWS::NoSuchService::Thing", "Vendor::Thing::Resource", "AWS::S3"})
  void typesAwsCdkLibDoesNotKnowAreUnknown(String type) {
    assertThat(Taggability.of(type)).isEqualTo(Taggability.UNKNOWN);
  }
}

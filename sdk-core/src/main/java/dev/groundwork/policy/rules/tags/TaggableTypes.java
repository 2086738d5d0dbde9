package dev.groundwork.policy.rules.tags;

import java.util.Map;
import java.util.Optional;

/**
 * Which CloudFormation types take tags, and in which shape, decided per type from the
 * CloudFormation resource specification. A type not listed is never flagged: CDK metadata,
 * {@code AWS::CloudFormation::*}, custom resources, permissions, attachments and the types
 * whose tags live elsewhere (e.g. launch templates' TagSpecifications) are not taggable here.
 */
final class TaggableTypes {

  /** How a type holds its tags. */
  enum Shape {
    /** {@code [{"Key": …, "Value": …}]}. */
    LIST,
    /** {@code {"key": "value"}}. */
    MAP
  }

  private static final Map<String, Shape> TYPES = Map.ofEntries(
      Map.entry("AWS::ApiGateway::RestApi", Shape.LIST),
      Map.entry("AWS::AutoScaling::AutoScalingGroup", Shape.LIST),
      Map.entry("AWS::CertificateManager::Certificate", Shape.LIST),
      Map.entry("AWS::CloudFront::Distribution", Shape.LIST),
      Map.entry("AWS::CloudTrail::Trail", Shape.LIST),
      Map.entry("AWS::CodeBuild::Project", Shape.LIST),
      Map.entry("AWS::CodePipeline::Pipeline", Shape.LIST),
      Map.entry("AWS::DynamoDB::Table", Shape.LIST),
      Map.entry("AWS::EC2::EIP", Shape.LIST),
      Map.entry("AWS::EC2::Instance", Shape.LIST),
      Map.entry("AWS::EC2::InternetGateway", Shape.LIST),
      Map.entry("AWS::EC2::NatGateway", Shape.LIST),
      Map.entry("AWS::EC2::NetworkAcl", Shape.LIST),
      Map.entry("AWS::EC2::RouteTable", Shape.LIST),
      Map.entry("AWS::EC2::SecurityGroup", Shape.LIST),
      Map.entry("AWS::EC2::Subnet", Shape.LIST),
      Map.entry("AWS::EC2::Volume", Shape.LIST),
      Map.entry("AWS::EC2::VPC", Shape.LIST),
      Map.entry("AWS::ECR::Repository", Shape.LIST),
      Map.entry("AWS::ECS::Cluster", Shape.LIST),
      Map.entry("AWS::ECS::Service", Shape.LIST),
      Map.entry("AWS::ECS::TaskDefinition", Shape.LIST),
      Map.entry("AWS::EKS::Cluster", Shape.LIST),
      Map.entry("AWS::ElastiCache::ReplicationGroup", Shape.LIST),
      Map.entry("AWS::ElasticLoadBalancingV2::LoadBalancer", Shape.LIST),
      Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup", Shape.LIST),
      Map.entry("AWS::IAM::Role", Shape.LIST),
      Map.entry("AWS::IAM::User", Shape.LIST),
      Map.entry("AWS::KMS::Key", Shape.LIST),
      Map.entry("AWS::Kinesis::Stream", Shape.LIST),
      Map.entry("AWS::Lambda::Function", Shape.LIST),
      Map.entry("AWS::Logs::LogGroup", Shape.LIST),
      Map.entry("AWS::RDS::DBCluster", Shape.LIST),
      Map.entry("AWS::RDS::DBClusterParameterGroup", Shape.LIST),
      Map.entry("AWS::RDS::DBInstance", Shape.LIST),
      Map.entry("AWS::RDS::DBParameterGroup", Shape.LIST),
      Map.entry("AWS::RDS::DBSubnetGroup", Shape.LIST),
      Map.entry("AWS::S3::Bucket", Shape.LIST),
      Map.entry("AWS::SecretsManager::Secret", Shape.LIST),
      Map.entry("AWS::SNS::Topic", Shape.LIST),
      Map.entry("AWS::SQS::Queue", Shape.LIST),
      Map.entry("AWS::SSM::Parameter", Shape.MAP),
      Map.entry("AWS::StepFunctions::StateMachine", Shape.LIST));

  private TaggableTypes() {}

  /** The tag shape of {@code type}, or empty when the type is not (known to be) taggable. */
  static Optional<Shape> shape(String type) {
    return Optional.ofNullable(TYPES.get(type));
  }
}

package dev.groundwork.diagram;

import java.util.Map;
import java.util.Optional;

/** What a diagram node is, by the CloudFormation types drawn as one; the order is the drawing order in a row. */
public enum NodeKind {
  INTERNET("internet"),
  LOAD_BALANCER("load balancer"),
  WEB_ACL("web ACL"),
  SERVICE("service"),
  FUNCTION("function"),
  KUBERNETES("Kubernetes cluster"),
  NAT_GATEWAY("NAT gateway"),
  ENDPOINT("VPC endpoint"),
  QUEUE("queue"),
  TOPIC("topic"),
  DATABASE("database"),
  TABLE("table"),
  BUCKET("bucket"),
  SECRET("secret"),
  KEY("key"),
  ALARM("alarm"),
  CANARY("canary"),
  PIPELINE("pipeline"),
  /** One stage of a pipeline, drawn after its pipeline in run order; no CloudFormation type of its own. */
  PIPELINE_STAGE("pipeline stage"),
  /** A manual approval that gates the stage it opens; no CloudFormation type of its own. */
  APPROVAL("approval");

  private static final Map<String, NodeKind> BY_TYPE = Map.ofEntries(
      Map.entry("AWS::ElasticLoadBalancingV2::LoadBalancer", LOAD_BALANCER),
      Map.entry("AWS::WAFv2::WebACL", WEB_ACL),
      Map.entry("AWS::ECS::Service", SERVICE),
      Map.entry("AWS::Lambda::Function", FUNCTION),
      Map.entry("AWS::EKS::Cluster", KUBERNETES),
      Map.entry("AWS::EC2::NatGateway", NAT_GATEWAY),
      Map.entry("AWS::EC2::VPCEndpoint", ENDPOINT),
      Map.entry("AWS::SQS::Queue", QUEUE),
      Map.entry("AWS::SNS::Topic", TOPIC),
      Map.entry("AWS::RDS::DBCluster", DATABASE),
      Map.entry("AWS::RDS::DBInstance", DATABASE),
      Map.entry("AWS::DynamoDB::Table", TABLE),
      Map.entry("AWS::S3::Bucket", BUCKET),
      Map.entry("AWS::SecretsManager::Secret", SECRET),
      Map.entry("AWS::KMS::Key", KEY),
      Map.entry("AWS::CloudWatch::Alarm", ALARM),
      Map.entry("AWS::CloudWatch::CompositeAlarm", ALARM),
      Map.entry("AWS::Synthetics::Canary", CANARY),
      Map.entry("AWS::CodePipeline::Pipeline", PIPELINE));

  private final String label;

  NodeKind(String label) {
    this.label = label;
  }

  /** The kind resources of {@code type} are drawn as, if they are drawn. */
  public static Optional<NodeKind> of(String type) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }

  /** How the diagram names the kind, e.g. {@code load balancer}. */
  public String label() {
    return label;
  }
}

package dev.groundwork.diagram;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;

/** What a diagram node is, by the CloudFormation types drawn as one, most telling first. */
public enum NodeKind {
  INTERNET("internet", "internet"),
  SERVICE("service", "services"),
  FUNCTION("function", "functions"),
  KUBERNETES("Kubernetes cluster", "Kubernetes clusters"),
  DATABASE("database", "databases"),
  TABLE("table", "tables"),
  LOAD_BALANCER("load balancer", "load balancers"),
  PIPELINE("pipeline", "pipelines"),
  QUEUE("queue", "queues"),
  TOPIC("topic", "topics"),
  BUCKET("bucket", "buckets"),
  NAT_GATEWAY("NAT gateway", "NAT gateways"),
  ENDPOINT("VPC endpoint", "VPC endpoints"),
  WEB_ACL("web ACL", "web ACLs"),
  SECRET("secret", "secrets"),
  KEY("key", "keys"),
  CANARY("canary", "canaries"),
  ALARM("alarm", "alarms"),
  /** One stage of a pipeline in the delivery flow; no CloudFormation type of its own. */
  PIPELINE_STAGE("pipeline stage", "pipeline stages"),
  /** A manual approval that gates the stage it opens; no CloudFormation type of its own. */
  APPROVAL("approval", "approvals"),
  /** Where a stage deploys: an environment's account and region; no CloudFormation type of its own. */
  DEPLOYMENT_TARGET("deployment target", "deployment targets");

  private static final Map<String, NodeKind> BY_TYPE = ImmutableMap.ofEntries(
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
  private final String plural;

  NodeKind(String label, String plural) {
    this.label = label;
    this.plural = plural;
  }

  /** The kind resources of {@code type} are drawn as, if they are drawn. */
  public static Optional<NodeKind> of(String type) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }

  /** How the diagram names the kind, e.g. {@code load balancer}. */
  public String label() {
    return label;
  }

  /** The label of several, e.g. {@code load balancers}. */
  public String plural() {
    return plural;
  }

  /**
   * How telling the kind is of the construct it belongs to: a construct's node takes the kind of
   * its most telling member (a service before its load balancer, its bucket before its alarms).
   */
  public int rank() {
    return ordinal();
  }
}

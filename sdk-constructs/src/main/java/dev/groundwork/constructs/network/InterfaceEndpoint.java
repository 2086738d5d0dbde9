package dev.groundwork.constructs.network;

import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;

/**
 * AWS services a {@link SecureVpc} can reach through interface endpoints (PrivateLink), so
 * traffic from private subnets to them never leaves the AWS network through a NAT gateway.
 */
public enum InterfaceEndpoint {
  /** ECR API: image manifests and authorization tokens. */
  ECR_API,
  /** ECR Docker registry: image layers (their blobs come from S3 through the S3 gateway endpoint). */
  ECR_DOCKER,
  /** Secrets Manager: secrets injected into containers. */
  SECRETS_MANAGER,
  /** CloudWatch Logs: container and application logs. */
  CLOUDWATCH_LOGS,
  /** STS: role credentials. */
  STS;

  InterfaceVpcEndpointAwsService service() {
    return switch (this) {
      case ECR_API -> InterfaceVpcEndpointAwsService.ECR;
      case ECR_DOCKER -> InterfaceVpcEndpointAwsService.ECR_DOCKER;
      case SECRETS_MANAGER -> InterfaceVpcEndpointAwsService.SECRETS_MANAGER;
      case CLOUDWATCH_LOGS -> InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS;
      case STS -> InterfaceVpcEndpointAwsService.STS;
    };
  }

  /** The construct id of the endpoint, stable so endpoints are not replaced by a refactor. */
  String constructId() {
    return switch (this) {
      case ECR_API -> "EcrApiEndpoint";
      case ECR_DOCKER -> "EcrDockerEndpoint";
      case SECRETS_MANAGER -> "SecretsManagerEndpoint";
      case CLOUDWATCH_LOGS -> "CloudWatchLogsEndpoint";
      case STS -> "StsEndpoint";
    };
  }
}

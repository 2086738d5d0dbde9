package dev.groundwork.policy.rules.controltower;

import dev.groundwork.policy.Control;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.RulePack;
import dev.groundwork.policy.rules.controltower.acm.AcmPrivateCertificateNoWildcard;
import dev.groundwork.policy.rules.controltower.apigateway.ApiGatewayDomainTls12;
import dev.groundwork.policy.rules.controltower.apigateway.ApiGatewayStageCacheEncrypted;
import dev.groundwork.policy.rules.controltower.apigateway.ApiGatewayStageExecutionLogging;
import dev.groundwork.policy.rules.controltower.apigateway.ApiGatewayStageXrayTracing;
import dev.groundwork.policy.rules.controltower.apigateway.ApiGatewayV2RouteAuthorization;
import dev.groundwork.policy.rules.controltower.apigateway.ApiGatewayV2StageAccessLogs;
import dev.groundwork.policy.rules.controltower.autoscaling.AutoScalingGroupElbHealthChecks;
import dev.groundwork.policy.rules.controltower.autoscaling.AutoScalingGroupEncryptionInTransitOverrides;
import dev.groundwork.policy.rules.controltower.autoscaling.AutoScalingGroupLaunchTemplate;
import dev.groundwork.policy.rules.controltower.autoscaling.AutoScalingGroupMultipleInstanceTypes;
import dev.groundwork.policy.rules.controltower.autoscaling.AutoScalingGroupMultipleZones;
import dev.groundwork.policy.rules.controltower.autoscaling.AutoScalingGroupNitroOverrides;
import dev.groundwork.policy.rules.controltower.autoscaling.AutoScalingLaunchConfigurationEbsEncrypted;
import dev.groundwork.policy.rules.controltower.autoscaling.AutoScalingLaunchConfigurationHopLimitOne;
import dev.groundwork.policy.rules.controltower.autoscaling.AutoScalingLaunchConfigurationImdsv2;
import dev.groundwork.policy.rules.controltower.autoscaling.AutoScalingLaunchConfigurationNoPublicIp;
import dev.groundwork.policy.rules.controltower.cloudfront.CloudFrontAccessLogs;
import dev.groundwork.policy.rules.controltower.cloudfront.CloudFrontCustomCertificate;
import dev.groundwork.policy.rules.controltower.cloudfront.CloudFrontCustomOriginEncrypted;
import dev.groundwork.policy.rules.controltower.cloudfront.CloudFrontDefaultRootObject;
import dev.groundwork.policy.rules.controltower.cloudfront.CloudFrontOriginFailover;
import dev.groundwork.policy.rules.controltower.cloudfront.CloudFrontOriginNoSslv3;
import dev.groundwork.policy.rules.controltower.cloudfront.CloudFrontS3OriginAccessControl;
import dev.groundwork.policy.rules.controltower.cloudfront.CloudFrontSni;
import dev.groundwork.policy.rules.controltower.cloudfront.CloudFrontTls12Minimum;
import dev.groundwork.policy.rules.controltower.cloudfront.CloudFrontViewerHttps;
import dev.groundwork.policy.rules.controltower.cloudtrail.CloudTrailCloudWatchLogs;
import dev.groundwork.policy.rules.controltower.cloudtrail.CloudTrailEventDataStoreKmsEncrypted;
import dev.groundwork.policy.rules.controltower.cloudtrail.CloudTrailLogFileValidation;
import dev.groundwork.policy.rules.controltower.cloudtrail.CloudTrailTrailKmsEncrypted;
import dev.groundwork.policy.rules.controltower.cloudwatch.CloudWatchAlarmActionsEnabled;
import dev.groundwork.policy.rules.controltower.cloudwatch.CloudWatchAlarmHasAlarmActions;
import dev.groundwork.policy.rules.controltower.cloudwatch.LogGroupKmsEncrypted;
import dev.groundwork.policy.rules.controltower.cloudwatch.LogGroupRetainedOneYear;
import dev.groundwork.policy.rules.controltower.codebuild.CodeBuildArtifactsEncrypted;
import dev.groundwork.policy.rules.controltower.codebuild.CodeBuildLogging;
import dev.groundwork.policy.rules.controltower.codebuild.CodeBuildNoPlaintextAwsCredentials;
import dev.groundwork.policy.rules.controltower.codebuild.CodeBuildNotPrivileged;
import dev.groundwork.policy.rules.controltower.codebuild.CodeBuildS3LogsEncrypted;
import dev.groundwork.policy.rules.controltower.codebuild.CodeBuildSourceUrlWithoutCredentials;
import dev.groundwork.policy.rules.controltower.dynamodb.DaxClusterEncryptedAtRest;
import dev.groundwork.policy.rules.controltower.dynamodb.DaxClusterThreeZones;
import dev.groundwork.policy.rules.controltower.dynamodb.DaxClusterTlsEndpoint;
import dev.groundwork.policy.rules.controltower.dynamodb.DynamoDbTableKmsEncrypted;
import dev.groundwork.policy.rules.controltower.dynamodb.DynamoDbTablePointInTimeRecovery;
import dev.groundwork.policy.rules.controltower.ec2.Ec2DedicatedHostNitro;
import dev.groundwork.policy.rules.controltower.ec2.Ec2EbsVolumeEncrypted;
import dev.groundwork.policy.rules.controltower.ec2.Ec2FleetEncryptionInTransitOverrides;
import dev.groundwork.policy.rules.controltower.ec2.Ec2FleetNitroOverrides;
import dev.groundwork.policy.rules.controltower.ec2.Ec2InstanceDetailedMonitoring;
import dev.groundwork.policy.rules.controltower.ec2.Ec2InstanceEncryptionInTransitType;
import dev.groundwork.policy.rules.controltower.ec2.Ec2InstanceNitroInstanceType;
import dev.groundwork.policy.rules.controltower.ec2.Ec2InstanceNoPublicIp;
import dev.groundwork.policy.rules.controltower.ec2.Ec2InstanceSingleNetworkInterface;
import dev.groundwork.policy.rules.controltower.ec2.Ec2LaunchTemplateDetailedMonitoring;
import dev.groundwork.policy.rules.controltower.ec2.Ec2LaunchTemplateEbsEncrypted;
import dev.groundwork.policy.rules.controltower.ec2.Ec2LaunchTemplateHopLimitOne;
import dev.groundwork.policy.rules.controltower.ec2.Ec2LaunchTemplateImdsv2;
import dev.groundwork.policy.rules.controltower.ec2.Ec2LaunchTemplateNitroInstanceType;
import dev.groundwork.policy.rules.controltower.ec2.Ec2LaunchTemplateNoPublicIp;
import dev.groundwork.policy.rules.controltower.ec2.Ec2NetworkAclNoOpenSshOrRdp;
import dev.groundwork.policy.rules.controltower.ec2.Ec2SecurityGroupHighRiskPortsClosed;
import dev.groundwork.policy.rules.controltower.ec2.Ec2SecurityGroupOpenOnlyToWebPorts;
import dev.groundwork.policy.rules.controltower.ec2.Ec2SubnetNoAutoPublicIp;
import dev.groundwork.policy.rules.controltower.ec2.Ec2TransitGatewayNoAutoAcceptedAttachments;
import dev.groundwork.policy.rules.controltower.ecr.EcrRepositoryImmutableTags;
import dev.groundwork.policy.rules.controltower.ecr.EcrRepositoryLifecyclePolicy;
import dev.groundwork.policy.rules.controltower.ecr.EcrRepositoryScanOnPush;
import dev.groundwork.policy.rules.controltower.ecs.EcsClusterContainerInsights;
import dev.groundwork.policy.rules.controltower.ecs.EcsFargateServiceLatestPlatform;
import dev.groundwork.policy.rules.controltower.ecs.EcsHostNetworkTaskUser;
import dev.groundwork.policy.rules.controltower.ecs.EcsServiceNoPublicIp;
import dev.groundwork.policy.rules.controltower.ecs.EcsTaskDefinitionAwsvpcNetworking;
import dev.groundwork.policy.rules.controltower.ecs.EcsTaskDefinitionLogging;
import dev.groundwork.policy.rules.controltower.ecs.EcsTaskDefinitionMemoryLimit;
import dev.groundwork.policy.rules.controltower.ecs.EcsTaskDefinitionNoHostPidMode;
import dev.groundwork.policy.rules.controltower.ecs.EcsTaskDefinitionNoSecretsInEnvironment;
import dev.groundwork.policy.rules.controltower.ecs.EcsTaskDefinitionNonPrivileged;
import dev.groundwork.policy.rules.controltower.ecs.EcsTaskDefinitionNonRootUser;
import dev.groundwork.policy.rules.controltower.ecs.EcsTaskDefinitionReadOnlyRoot;
import dev.groundwork.policy.rules.controltower.eks.EksEndpointPrivateOnly;
import dev.groundwork.policy.rules.controltower.eks.EksSecretsKmsEncrypted;
import dev.groundwork.policy.rules.controltower.elb.AlbDesyncMitigation;
import dev.groundwork.policy.rules.controltower.elb.AlbDropsInvalidHeaders;
import dev.groundwork.policy.rules.controltower.elb.AlbHttpListenerRedirectsToHttps;
import dev.groundwork.policy.rules.controltower.elb.ClassicElbAccessLogs;
import dev.groundwork.policy.rules.controltower.elb.ClassicElbAcmCertificate;
import dev.groundwork.policy.rules.controltower.elb.ClassicElbConnectionDraining;
import dev.groundwork.policy.rules.controltower.elb.ClassicElbCrossZone;
import dev.groundwork.policy.rules.controltower.elb.ClassicElbMultipleZones;
import dev.groundwork.policy.rules.controltower.elb.ClassicElbSecureListeners;
import dev.groundwork.policy.rules.controltower.elb.ClassicElbStrongSecurityPolicy;
import dev.groundwork.policy.rules.controltower.elb.ElbV2AccessLogs;
import dev.groundwork.policy.rules.controltower.elb.ElbV2AcmCertificate;
import dev.groundwork.policy.rules.controltower.elb.ElbV2DeletionProtection;
import dev.groundwork.policy.rules.controltower.elb.ElbV2TargetGroupCrossZone;
import dev.groundwork.policy.rules.controltower.elb.NlbCrossZone;
import dev.groundwork.policy.rules.controltower.guardduty.GuardDutyDetectorS3Protection;
import dev.groundwork.policy.rules.controltower.iam.IamInlinePolicyNoAdminAccess;
import dev.groundwork.policy.rules.controltower.iam.IamInlinePolicyNoFullServiceAccess;
import dev.groundwork.policy.rules.controltower.iam.IamManagedPolicyNoAdminAccess;
import dev.groundwork.policy.rules.controltower.iam.IamManagedPolicyNoFullServiceAccess;
import dev.groundwork.policy.rules.controltower.iam.IamUserNoPolicies;
import dev.groundwork.policy.rules.controltower.kms.KmsKeyPolicyRestrictsGrantsToAwsServices;
import dev.groundwork.policy.rules.controltower.kms.KmsRsaEncryptionKeyLength;
import dev.groundwork.policy.rules.controltower.kms.KmsSymmetricKeyRotation;
import dev.groundwork.policy.rules.controltower.lambda.LambdaFunctionInVpc;
import dev.groundwork.policy.rules.controltower.lambda.LambdaLayerPermissionNotPublic;
import dev.groundwork.policy.rules.controltower.lambda.LambdaPermissionNotPublic;
import dev.groundwork.policy.rules.controltower.lambda.LambdaUrlCorsRestricted;
import dev.groundwork.policy.rules.controltower.lambda.LambdaUrlIamAuth;
import dev.groundwork.policy.rules.controltower.rds.AuroraMysqlClusterBacktracking;
import dev.groundwork.policy.rules.controltower.rds.RdsClusterCopyTagsToSnapshots;
import dev.groundwork.policy.rules.controltower.rds.RdsClusterDeletionProtection;
import dev.groundwork.policy.rules.controltower.rds.RdsClusterEventSubscription;
import dev.groundwork.policy.rules.controltower.rds.RdsClusterIamAuthentication;
import dev.groundwork.policy.rules.controltower.rds.RdsClusterLogExports;
import dev.groundwork.policy.rules.controltower.rds.RdsClusterNonDefaultAdmin;
import dev.groundwork.policy.rules.controltower.rds.RdsClusterParameterGroupRequiresTls;
import dev.groundwork.policy.rules.controltower.rds.RdsClusterStorageEncrypted;
import dev.groundwork.policy.rules.controltower.rds.RdsInstanceBackups;
import dev.groundwork.policy.rules.controltower.rds.RdsInstanceCopyTagsToSnapshots;
import dev.groundwork.policy.rules.controltower.rds.RdsInstanceCustomerManagedKey;
import dev.groundwork.policy.rules.controltower.rds.RdsInstanceDeletionProtection;
import dev.groundwork.policy.rules.controltower.rds.RdsInstanceEnhancedMonitoring;
import dev.groundwork.policy.rules.controltower.rds.RdsInstanceEventSubscription;
import dev.groundwork.policy.rules.controltower.rds.RdsInstanceIamAuthentication;
import dev.groundwork.policy.rules.controltower.rds.RdsInstanceInVpc;
import dev.groundwork.policy.rules.controltower.rds.RdsInstanceLogExports;
import dev.groundwork.policy.rules.controltower.rds.RdsInstanceMinorVersionUpgrades;
import dev.groundwork.policy.rules.controltower.rds.RdsInstanceMultiAz;
import dev.groundwork.policy.rules.controltower.rds.RdsInstanceNonDefaultAdmin;
import dev.groundwork.policy.rules.controltower.rds.RdsInstanceNonDefaultPort;
import dev.groundwork.policy.rules.controltower.rds.RdsInstanceNotPubliclyAccessible;
import dev.groundwork.policy.rules.controltower.rds.RdsInstanceStorageEncrypted;
import dev.groundwork.policy.rules.controltower.rds.RdsMultiAzClusterNotPublic;
import dev.groundwork.policy.rules.controltower.rds.RdsNoDbSecurityGroups;
import dev.groundwork.policy.rules.controltower.rds.RdsParameterGroupEventSubscription;
import dev.groundwork.policy.rules.controltower.rds.RdsParameterGroupRequiresTls;
import dev.groundwork.policy.rules.controltower.rds.RdsProxyRequiresTls;
import dev.groundwork.policy.rules.controltower.rds.RdsSecurityGroupEventSubscription;
import dev.groundwork.policy.rules.controltower.s3.S3AccessPointPublicAccessBlocked;
import dev.groundwork.policy.rules.controltower.s3.S3BucketEventNotifications;
import dev.groundwork.policy.rules.controltower.s3.S3BucketKmsEncryption;
import dev.groundwork.policy.rules.controltower.s3.S3BucketLifecycle;
import dev.groundwork.policy.rules.controltower.s3.S3BucketNoAcl;
import dev.groundwork.policy.rules.controltower.s3.S3BucketObjectLock;
import dev.groundwork.policy.rules.controltower.s3.S3BucketPolicySslRequestsOnly;
import dev.groundwork.policy.rules.controltower.s3.S3BucketPublicAccessBlocked;
import dev.groundwork.policy.rules.controltower.s3.S3BucketServerAccessLogging;
import dev.groundwork.policy.rules.controltower.s3.S3BucketVersioning;
import dev.groundwork.policy.rules.controltower.s3.S3VersionedBucketLifecycle;
import dev.groundwork.policy.rules.controltower.sqs.SqsQueueDeadLetterQueue;
import dev.groundwork.policy.rules.controltower.sqs.SqsQueueEncryptedAtRest;
import dev.groundwork.policy.rules.controltower.waf.WafV2RuleGroupHasRules;
import dev.groundwork.policy.rules.controltower.waf.WafV2WebAclHasRules;
import java.util.List;

/**
 * The rules mirroring AWS Control Tower's proactive controls, registered by this explicit list,
 * and the {@code control-tower} pack that turns them on. {@code BaselineRules.library()} knows
 * them, so one line turns the pack on:
 *
 * <pre>{@code
 * PolicyOptions.builder().addPack(ControlTowerRules.pack())
 * }</pre>
 *
 * <p>Each rule is a WARNING that escalates: an ERROR in PROD, where a governed account's hook
 * would reject the deployment, a WARNING in DEV and STAGING.
 */
public final class ControlTowerRules {

  /** The pack's name. */
  public static final String PACK_NAME = "control-tower";

  private static final List<Rule> ALL = List.of(
      new AcmPrivateCertificateNoWildcard(),
      new ApiGatewayStageExecutionLogging(),
      new ApiGatewayStageXrayTracing(),
      new ApiGatewayStageCacheEncrypted(),
      new ApiGatewayV2StageAccessLogs(),
      new ApiGatewayV2RouteAuthorization(),
      new ApiGatewayDomainTls12(),
      new AutoScalingGroupMultipleZones(),
      new AutoScalingLaunchConfigurationImdsv2(),
      new AutoScalingLaunchConfigurationHopLimitOne(),
      new AutoScalingGroupElbHealthChecks(),
      new AutoScalingLaunchConfigurationNoPublicIp(),
      new AutoScalingGroupMultipleInstanceTypes(),
      new AutoScalingGroupLaunchTemplate(),
      new AutoScalingLaunchConfigurationEbsEncrypted(),
      new AutoScalingGroupNitroOverrides(),
      new AutoScalingGroupEncryptionInTransitOverrides(),
      new CloudFrontDefaultRootObject(),
      new CloudFrontViewerHttps(),
      new CloudFrontOriginFailover(),
      new CloudFrontAccessLogs(),
      new CloudFrontCustomCertificate(),
      new CloudFrontSni(),
      new CloudFrontCustomOriginEncrypted(),
      new CloudFrontTls12Minimum(),
      new CloudFrontS3OriginAccessControl(),
      new CloudFrontOriginNoSslv3(),
      new CloudTrailTrailKmsEncrypted(),
      new CloudTrailLogFileValidation(),
      new CloudTrailCloudWatchLogs(),
      new CloudTrailEventDataStoreKmsEncrypted(),
      new CloudWatchAlarmHasAlarmActions(),
      new LogGroupRetainedOneYear(),
      new LogGroupKmsEncrypted(),
      new CloudWatchAlarmActionsEnabled(),
      new CodeBuildSourceUrlWithoutCredentials(),
      new CodeBuildNoPlaintextAwsCredentials(),
      new CodeBuildLogging(),
      new CodeBuildNotPrivileged(),
      new CodeBuildArtifactsEncrypted(),
      new CodeBuildS3LogsEncrypted(),
      new DaxClusterEncryptedAtRest(),
      new DaxClusterThreeZones(),
      new DaxClusterTlsEndpoint(),
      new DynamoDbTablePointInTimeRecovery(),
      new DynamoDbTableKmsEncrypted(),
      new Ec2LaunchTemplateImdsv2(),
      new Ec2LaunchTemplateHopLimitOne(),
      new Ec2SecurityGroupOpenOnlyToWebPorts(),
      new Ec2SecurityGroupHighRiskPortsClosed(),
      new Ec2NetworkAclNoOpenSshOrRdp(),
      new Ec2TransitGatewayNoAutoAcceptedAttachments(),
      new Ec2EbsVolumeEncrypted(),
      new Ec2InstanceNoPublicIp(),
      new Ec2LaunchTemplateNoPublicIp(),
      new Ec2LaunchTemplateDetailedMonitoring(),
      new Ec2SubnetNoAutoPublicIp(),
      new Ec2InstanceSingleNetworkInterface(),
      new Ec2InstanceDetailedMonitoring(),
      new Ec2LaunchTemplateEbsEncrypted(),
      new Ec2LaunchTemplateNitroInstanceType(),
      new Ec2InstanceNitroInstanceType(),
      new Ec2DedicatedHostNitro(),
      new Ec2FleetNitroOverrides(),
      new Ec2InstanceEncryptionInTransitType(),
      new Ec2FleetEncryptionInTransitOverrides(),
      new EcrRepositoryLifecyclePolicy(),
      new EcrRepositoryScanOnPush(),
      new EcrRepositoryImmutableTags(),
      new EcsFargateServiceLatestPlatform(),
      new EcsClusterContainerInsights(),
      new EcsTaskDefinitionNonRootUser(),
      new EcsTaskDefinitionAwsvpcNetworking(),
      new EcsTaskDefinitionLogging(),
      new EcsTaskDefinitionReadOnlyRoot(),
      new EcsTaskDefinitionMemoryLimit(),
      new EcsHostNetworkTaskUser(),
      new EcsServiceNoPublicIp(),
      new EcsTaskDefinitionNoHostPidMode(),
      new EcsTaskDefinitionNonPrivileged(),
      new EcsTaskDefinitionNoSecretsInEnvironment(),
      new EksEndpointPrivateOnly(),
      new EksSecretsKmsEncrypted(),
      new AlbHttpListenerRedirectsToHttps(),
      new ElbV2AcmCertificate(),
      new AlbDesyncMitigation(),
      new AlbDropsInvalidHeaders(),
      new ElbV2DeletionProtection(),
      new ElbV2AccessLogs(),
      new ClassicElbMultipleZones(),
      new ClassicElbAcmCertificate(),
      new ClassicElbSecureListeners(),
      new ClassicElbAccessLogs(),
      new ClassicElbConnectionDraining(),
      new ClassicElbStrongSecurityPolicy(),
      new ClassicElbCrossZone(),
      new NlbCrossZone(),
      new ElbV2TargetGroupCrossZone(),
      new GuardDutyDetectorS3Protection(),
      new IamInlinePolicyNoAdminAccess(),
      new IamManagedPolicyNoAdminAccess(),
      new IamManagedPolicyNoFullServiceAccess(),
      new IamUserNoPolicies(),
      new IamInlinePolicyNoFullServiceAccess(),
      new KmsSymmetricKeyRotation(),
      new KmsRsaEncryptionKeyLength(),
      new KmsKeyPolicyRestrictsGrantsToAwsServices(),
      new LambdaPermissionNotPublic(),
      new LambdaFunctionInVpc(),
      new LambdaLayerPermissionNotPublic(),
      new LambdaUrlIamAuth(),
      new LambdaUrlCorsRestricted(),
      new RdsInstanceMultiAz(),
      new RdsInstanceEnhancedMonitoring(),
      new RdsClusterDeletionProtection(),
      new RdsClusterIamAuthentication(),
      new RdsInstanceMinorVersionUpgrades(),
      new AuroraMysqlClusterBacktracking(),
      new RdsInstanceIamAuthentication(),
      new RdsInstanceBackups(),
      new RdsClusterCopyTagsToSnapshots(),
      new RdsInstanceCopyTagsToSnapshots(),
      new RdsInstanceInVpc(),
      new RdsClusterEventSubscription(),
      new RdsInstanceDeletionProtection(),
      new RdsInstanceLogExports(),
      new RdsNoDbSecurityGroups(),
      new RdsClusterStorageEncrypted(),
      new RdsInstanceEventSubscription(),
      new RdsParameterGroupEventSubscription(),
      new RdsSecurityGroupEventSubscription(),
      new RdsInstanceNonDefaultPort(),
      new RdsClusterNonDefaultAdmin(),
      new RdsInstanceNonDefaultAdmin(),
      new RdsInstanceNotPubliclyAccessible(),
      new RdsInstanceStorageEncrypted(),
      new RdsClusterLogExports(),
      new RdsProxyRequiresTls(),
      new RdsClusterParameterGroupRequiresTls(),
      new RdsParameterGroupRequiresTls(),
      new RdsMultiAzClusterNotPublic(),
      new RdsInstanceCustomerManagedKey(),
      new S3BucketPublicAccessBlocked(),
      new S3BucketServerAccessLogging(),
      new S3VersionedBucketLifecycle(),
      new S3BucketEventNotifications(),
      new S3BucketNoAcl(),
      new S3BucketLifecycle(),
      new S3BucketPolicySslRequestsOnly(),
      new S3BucketObjectLock(),
      new S3BucketKmsEncryption(),
      new S3BucketVersioning(),
      new S3AccessPointPublicAccessBlocked(),
      new SqsQueueDeadLetterQueue(),
      new SqsQueueEncryptedAtRest(),
      new WafV2WebAclHasRules(),
      new WafV2RuleGroupHasRules());

  private ControlTowerRules() {}

  /** Every Control Tower rule. */
  public static List<Rule> all() {
    return ALL;
  }

  /** The pack turning every Control Tower rule on (off unless added to the options). */
  public static RulePack pack() {
    return RulePack.builder(PACK_NAME).add(ALL.toArray(Rule[]::new)).build();
  }

  /** The Control Tower control a rule of this pack mirrors, e.g. {@code CT.S3.PR.1}. */
  public static String controlId(RuleInfo rule) {
    return rule.compliance().controls().stream()
        .filter(c -> c.framework() == Control.Framework.AWS_CONTROL_TOWER)
        .map(Control::id)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(rule.id() + " mirrors no Control Tower control"));
  }
}

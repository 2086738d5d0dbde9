package dev.groundwork.policy.rules;

import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleLibrary;
import dev.groundwork.policy.RulePack;
import dev.groundwork.policy.rules.cloudtrail.CloudTrailTrailValidatedAndEncrypted;
import dev.groundwork.policy.rules.controltower.ControlTowerRules;
import dev.groundwork.policy.rules.cloudwatch.AlarmHasActions;
import dev.groundwork.policy.rules.docker.DockerBaseImageDigestInProduction;
import dev.groundwork.policy.rules.docker.DockerBaseImagePinned;
import dev.groundwork.policy.rules.docker.DockerFinalStageNonRootUser;
import dev.groundwork.policy.rules.docker.DockerFinalStageWithoutBuildTools;
import dev.groundwork.policy.rules.docker.DockerNoRemoteAdd;
import dev.groundwork.policy.rules.docker.DockerNoSecretsCopied;
import dev.groundwork.policy.rules.docker.DockerfileValid;
import dev.groundwork.policy.rules.docker.DockerignorePresent;
import dev.groundwork.policy.rules.ec2.EbsVolumeEncrypted;
import dev.groundwork.policy.rules.ec2.Ec2InstanceRequiresImdsv2;
import dev.groundwork.policy.rules.ec2.SecurityGroupDescriptionValid;
import dev.groundwork.policy.rules.ec2.SecurityGroupNoOpenEgress;
import dev.groundwork.policy.rules.ec2.SecurityGroupNoOpenIngress;
import dev.groundwork.policy.rules.ec2.VpcDefaultSecurityGroupRestricted;
import dev.groundwork.policy.rules.ec2.VpcFlowLogsEnabled;
import dev.groundwork.policy.rules.ecs.EcsContainerDropsAllCapabilities;
import dev.groundwork.policy.rules.ecs.EcsContainerImagePinned;
import dev.groundwork.policy.rules.ecs.EcsContainerLoggingConfigured;
import dev.groundwork.policy.rules.ecs.EcsContainerMemoryLimitSet;
import dev.groundwork.policy.rules.ecs.EcsContainerNotPrivileged;
import dev.groundwork.policy.rules.ecs.EcsContainerReadOnlyRootFilesystem;
import dev.groundwork.policy.rules.ecs.EcsContainerRunsAsNonRoot;
import dev.groundwork.policy.rules.ecs.EcsTaskResourceLimitsSet;
import dev.groundwork.policy.rules.eks.EksControlPlaneLoggingComplete;
import dev.groundwork.policy.rules.eks.EksEndpointPublicAccessRestricted;
import dev.groundwork.policy.rules.eks.EksNodegroupRequiresImdsv2;
import dev.groundwork.policy.rules.eks.EksSecretsEncrypted;
import dev.groundwork.policy.rules.elb.ElbAccessLogsEnabled;
import dev.groundwork.policy.rules.elb.ElbClassicListenerRequiresTls;
import dev.groundwork.policy.rules.elb.ElbDeletionProtectionEnabled;
import dev.groundwork.policy.rules.elb.ElbHttpListenerRulesRedirectOnly;
import dev.groundwork.policy.rules.elb.ElbListenerModernTlsPolicy;
import dev.groundwork.policy.rules.elb.ElbListenerRequiresHttps;
import dev.groundwork.policy.rules.fis.ProdServiceHasFaultExperiment;
import dev.groundwork.policy.rules.guardduty.GuardDutyDetectorEnabled;
import dev.groundwork.policy.rules.iam.IamDataActionsScopedToResources;
import dev.groundwork.policy.rules.iam.IamNoAdministratorAccess;
import dev.groundwork.policy.rules.iam.IamPolicyNoFullAdmin;
import dev.groundwork.policy.rules.iam.IamUserNoInlinePolicies;
import dev.groundwork.policy.rules.kms.KmsKeyPolicyNoWildcardPrincipal;
import dev.groundwork.policy.rules.kms.KmsKeyRotationEnabled;
import dev.groundwork.policy.rules.lambda.LambdaConcurrencyAndDeadLetterSet;
import dev.groundwork.policy.rules.lambda.LambdaLogGroupManaged;
import dev.groundwork.policy.rules.logs.LogGroupEncrypted;
import dev.groundwork.policy.rules.logs.LogGroupRetentionSet;
import dev.groundwork.policy.rules.logs.LogGroupRetentionTierMinimum;
import dev.groundwork.policy.rules.messaging.SnsTopicEncrypted;
import dev.groundwork.policy.rules.messaging.SnsTopicRequiresTls;
import dev.groundwork.policy.rules.messaging.SqsDeadLetterQueueRestrictsSources;
import dev.groundwork.policy.rules.messaging.SqsQueueEncrypted;
import dev.groundwork.policy.rules.messaging.SqsQueueRequiresTls;
import dev.groundwork.policy.rules.observability.InternetFacingServiceHasCanary;
import dev.groundwork.policy.rules.observability.ServiceWatchedByCompositeAlarm;
import dev.groundwork.policy.rules.plaintext.EnvironmentHasNoHardcodedEndpoints;
import dev.groundwork.policy.rules.plaintext.EnvironmentHasNoPlaintextSecrets;
import dev.groundwork.policy.rules.plaintext.ParameterHasNoPlaintextSecretDefault;
import dev.groundwork.policy.rules.rds.RdsBackupRetentionMinimum;
import dev.groundwork.policy.rules.rds.RdsDeletionProtectionEnabled;
import dev.groundwork.policy.rules.rds.RdsIamAuthenticationEnabled;
import dev.groundwork.policy.rules.rds.RdsInstanceNotPublic;
import dev.groundwork.policy.rules.rds.RdsStorageEncrypted;
import dev.groundwork.policy.rules.rds.RdsTlsEnforced;
import dev.groundwork.policy.rules.s3.S3BucketAccessLogsEnabled;
import dev.groundwork.policy.rules.s3.S3BucketBlocksPublicAccess;
import dev.groundwork.policy.rules.s3.S3BucketPolicyNotPublic;
import dev.groundwork.policy.rules.s3.S3BucketRequiresEncryption;
import dev.groundwork.policy.rules.s3.S3BucketRequiresTls;
import dev.groundwork.policy.rules.s3.S3BucketVersioningEnabled;
import dev.groundwork.policy.rules.secretsmanager.SecretRotationEnabled;
import dev.groundwork.policy.rules.secretsmanager.SecretUsesCustomerManagedKey;
import dev.groundwork.policy.rules.stateful.StatefulResourceRetained;
import dev.groundwork.policy.rules.tags.ResourcesHaveRequiredTags;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in rules, registered by this explicit list (no static-initialiser side effects), and
 * the baseline pack that turns them all on. The library also knows the Control Tower rules
 * ({@link ControlTowerRules}), off unless their pack is added.
 */
public final class BaselineRules {

  /** The baseline pack's name. */
  public static final String PACK_NAME = "baseline";

  private static final List<Rule> ALL = List.of(
      new AlarmHasActions(),
      new EbsVolumeEncrypted(),
      new Ec2InstanceRequiresImdsv2(),
      new SecurityGroupNoOpenIngress(),
      new VpcDefaultSecurityGroupRestricted(),
      new VpcFlowLogsEnabled(),
      new EcsContainerImagePinned(),
      new EcsContainerLoggingConfigured(),
      new EcsContainerNotPrivileged(),
      new EcsContainerReadOnlyRootFilesystem(),
      new EcsContainerRunsAsNonRoot(),
      new EcsTaskResourceLimitsSet(),
      new ElbAccessLogsEnabled(),
      new ElbDeletionProtectionEnabled(),
      new ElbHttpListenerRulesRedirectOnly(),
      new ElbListenerModernTlsPolicy(),
      new ElbListenerRequiresHttps(),
      new IamNoAdministratorAccess(),
      new IamPolicyNoFullAdmin(),
      new IamUserNoInlinePolicies(),
      new KmsKeyPolicyNoWildcardPrincipal(),
      new KmsKeyRotationEnabled(),
      new LogGroupEncrypted(),
      new LogGroupRetentionSet(),
      new SnsTopicEncrypted(),
      new SnsTopicRequiresTls(),
      new SqsQueueEncrypted(),
      new SqsQueueRequiresTls(),
      new EnvironmentHasNoHardcodedEndpoints(),
      new EnvironmentHasNoPlaintextSecrets(),
      new ParameterHasNoPlaintextSecretDefault(),
      new RdsBackupRetentionMinimum(),
      new RdsDeletionProtectionEnabled(),
      new RdsIamAuthenticationEnabled(),
      new RdsInstanceNotPublic(),
      new RdsStorageEncrypted(),
      new RdsTlsEnforced(),
      new S3BucketAccessLogsEnabled(),
      new S3BucketBlocksPublicAccess(),
      new S3BucketRequiresEncryption(),
      new S3BucketRequiresTls(),
      new S3BucketVersioningEnabled(),
      new SecretRotationEnabled(),
      new SecretUsesCustomerManagedKey(),
      new StatefulResourceRetained(),
      new ResourcesHaveRequiredTags(),
      new EksEndpointPublicAccessRestricted(),
      new EksSecretsEncrypted(),
      new EksControlPlaneLoggingComplete(),
      new EksNodegroupRequiresImdsv2(),
      new ServiceWatchedByCompositeAlarm(),
      new InternetFacingServiceHasCanary(),
      new LogGroupRetentionTierMinimum(),
      new S3BucketPolicyNotPublic(),
      new ElbClassicListenerRequiresTls(),
      new LambdaConcurrencyAndDeadLetterSet(),
      new SecurityGroupNoOpenEgress(),
      new SecurityGroupDescriptionValid(),
      new DockerfileValid(),
      new DockerBaseImagePinned(),
      new DockerBaseImageDigestInProduction(),
      new DockerFinalStageWithoutBuildTools(),
      new DockerFinalStageNonRootUser(),
      new DockerNoRemoteAdd(),
      new DockerNoSecretsCopied(),
      new DockerignorePresent(),
      new CloudTrailTrailValidatedAndEncrypted(),
      new GuardDutyDetectorEnabled(),
      new EcsContainerMemoryLimitSet(),
      new SqsDeadLetterQueueRestrictsSources(),
      new LambdaLogGroupManaged(),
      new EcsContainerDropsAllCapabilities(),
      new IamDataActionsScopedToResources(),
      new ProdServiceHasFaultExperiment());

  private BaselineRules() {}

  /** Every built-in rule. */
  public static List<Rule> all() {
    return ALL;
  }

  /** The pack turning on every built-in rule at its own severity; on by default. */
  public static RulePack pack() {
    return RulePack.builder(PACK_NAME).add(ALL.toArray(Rule[]::new)).build();
  }

  /**
   * Every built-in rule, known, with the baseline pack on: what a {@code PlatformApp} evaluates.
   * The Control Tower rules are known too, so {@code addPack(ControlTowerRules.pack())} turns
   * them on in one line.
   */
  public static RuleLibrary library() {
    List<Rule> known = new ArrayList<>(ALL);
    known.addAll(ControlTowerRules.all());
    return RuleLibrary.of(known, pack());
  }
}

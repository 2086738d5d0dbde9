package dev.groundwork.constructs.data;

import dev.groundwork.constructs.internal.RecoveryStack;
import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.constructs.keys.KeyPurpose;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.backup.BackupPlanCopyActionProps;
import software.amazon.awscdk.services.backup.BackupPlanRule;
import software.amazon.awscdk.services.backup.BackupPlanRuleProps;
import software.amazon.awscdk.services.backup.BackupResource;
import software.amazon.awscdk.services.backup.BackupSelectionOptions;
import software.amazon.awscdk.services.backup.BackupVault;
import software.amazon.awscdk.services.backup.IBackupVault;
import software.amazon.awscdk.services.backup.LockConfiguration;
import software.amazon.awscdk.services.events.CronOptions;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

/**
 * The environment's AWS Backup plan: daily and monthly recovery points of every resource
 * Groundwork tags for backup, in an encrypted vault, locked in PROD.
 *
 * <p>Resources: a backup vault ({@code <app>-<env>-backups}, encrypted with the stack's shared
 * data {@link EncryptionKey}, retained; in PROD a vault lock in governance mode so recovery
 * points cannot be deleted before 7 days); the plan with a daily rule (03:00 UTC) and a monthly
 * rule (1st of the month, 04:00 UTC) kept by tier; a selection of every resource tagged
 * {@link #SELECTION_TAG} = {@code true} in the account and region ({@link DatabaseCluster} and
 * {@link SecureBucket} set it), backed up by a role with AWS's managed backup and restore
 * policies (including S3's). Create one per environment.
 *
 * <p>Copies ({@link BackupPlanProps#copyToRecoveryRegion()}, on in PROD when the environment names
 * a recovery region): a second vault, {@link #recoveryVaultName()}, in the environment's recovery
 * stack (add it first with {@code PlatformEnvironment.addRecoveryStack()}), encrypted with that
 * stack's data key, retained and locked like the first; both rules copy each recovery point
 * there, kept as long as the point itself. The copy actions name the vault by its ARN, built from
 * the region, account and name, so no reference crosses regions.
 */
public final class BackupPlan extends Construct {
  /** The tag Groundwork's stateful constructs carry so that the plan selects them. */
  public static final String SELECTION_TAG = "groundwork-backup";

  private final BackupVault vault;
  private final software.amazon.awscdk.services.backup.BackupPlan plan;
  private final String recoveryVaultName;

  public BackupPlan(Construct scope, String id, BackupPlanProps props) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    BackupPlanSettings settings = BackupPlanDefaults.resolve(props, context);
    Problems validation = Problems.of("BackupPlan", this);
    Optional<Stack> recovery = Optional.empty();
    if (settings.copyToRecoveryRegion() && context.recoveryRegion().isEmpty()) {
      validation.add("BACKUP_COPY_NO_RECOVERY_REGION", "copyToRecoveryRegion", "true",
          "true only when the environment names a recovery region",
          "Add .recoveryRegion(\"eu-central-1\") to the environment's EnvironmentProps, or remove copyToRecoveryRegion(true).");
    } else if (settings.copyToRecoveryRegion()) {
      recovery = RecoveryStack.require(this, validation, "copyToRecoveryRegion");
    }
    validation.throwIfAny();

    int daily = settings.dailyRetentionDays();
    int monthly = settings.monthlyRetentionDays();
    this.recoveryVaultName = settings.recoveryVaultName();
    this.vault = vault(this, settings.vaultName(), settings);

    List<BackupPlanCopyActionProps> dailyCopy = new ArrayList<>();
    List<BackupPlanCopyActionProps> monthlyCopy = new ArrayList<>();
    recovery.ifPresent(stack -> {
      String path = getNode().getPath();
      vault(new Construct(stack, path.substring(path.indexOf('/') + 1).replace('/', '-')), recoveryVaultName, settings);
      Stack.of(this).addStackDependency(stack, "the backup copy vault must exist before the plan copies to it");
      String region = context.recoveryRegion().orElseThrow().value();
      IBackupVault target = BackupVault.fromBackupVaultArn(this, "RecoveryVault", "arn:"
          + context.region().partition() + ":backup:" + region + ":" + context.account().value()
          + ":backup-vault:" + recoveryVaultName);
      dailyCopy.add(BackupPlanCopyActionProps.builder().destinationBackupVault(target)
          .deleteAfter(Duration.days(daily)).build());
      monthlyCopy.add(BackupPlanCopyActionProps.builder().destinationBackupVault(target)
          .deleteAfter(Duration.days(monthly)).build());
    });
    this.plan = software.amazon.awscdk.services.backup.BackupPlan.Builder.create(this, "Plan")
        .backupPlanName(settings.planName())
        .backupVault(vault)
        .backupPlanRules(List.of(
            new BackupPlanRule(BackupPlanRuleProps.builder()
                .ruleName("daily")
                .scheduleExpression(Schedule.cron(CronOptions.builder().hour("3").minute("0").build()))
                .deleteAfter(Duration.days(daily))
                .copyActions(dailyCopy)
                .build()),
            new BackupPlanRule(BackupPlanRuleProps.builder()
                .ruleName("monthly")
                .scheduleExpression(Schedule.cron(CronOptions.builder().day("1").hour("4").minute("0").build()))
                .deleteAfter(Duration.days(monthly))
                .copyActions(monthlyCopy)
                .build())))
        .build();
    plan.addSelection("Tagged", BackupSelectionOptions.builder()
        .resources(List.of(BackupResource.fromTag(SELECTION_TAG, "true")))
        .role(role())
        .build());
  }

  /** A retained vault encrypted with its stack's data key, locked as the settings say. */
  private static BackupVault vault(Construct scope, String name, BackupPlanSettings settings) {
    BackupVault.Builder builder = BackupVault.Builder.create(scope, "Vault")
        .backupVaultName(name)
        .encryptionKey(EncryptionKey.forPurpose(scope, KeyPurpose.DATA).key())
        .removalPolicy(RemovalPolicy.RETAIN);
    settings.vaultLockDays().ifPresent(days ->
        builder.lockConfiguration(LockConfiguration.builder().minRetention(Duration.days(days)).build()));
    return builder.build();
  }

  private IRole role() {
    return Role.Builder.create(this, "Role")
        .description("AWS Backup backs up and restores the resources tagged " + SELECTION_TAG)
        .assumedBy(new ServicePrincipal("backup.amazonaws.com"))
        .managedPolicies(List.of(
            ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSBackupServiceRolePolicyForBackup"),
            ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSBackupServiceRolePolicyForRestores"),
            ManagedPolicy.fromAwsManagedPolicyName("AWSBackupServiceRolePolicyForS3Backup"),
            ManagedPolicy.fromAwsManagedPolicyName("AWSBackupServiceRolePolicyForS3Restore")))
        .build();
  }

  /** The name of the vault in the recovery region that receives the copies: {@code <app>-<env>-recovery}. */
  public String recoveryVaultName() {
    return recoveryVaultName;
  }

  /** The vault holding the recovery points. */
  public IBackupVault vault() {
    return vault;
  }

  /** The plan: the escape hatch for more rules or selections. */
  public software.amazon.awscdk.services.backup.IBackupPlan plan() {
    return plan;
  }
}

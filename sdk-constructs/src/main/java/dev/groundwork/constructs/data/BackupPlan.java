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
import software.amazon.awscdk.services.backup.CfnRestoreTestingPlan;
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
 *
 * <p>Restore tests ({@link BackupPlanProps#restoreTests()}, on in STAGING and PROD): an AWS Backup
 * restore testing plan {@code <app>_<env>_restore_tests} that, on the tier's
 * {@link RestoreTestSchedule}, restores the latest recovery point (at most two days old) of every
 * {@link DatabaseCluster} and {@link SecureBucket} of the environment in this region, whichever
 * was built first, into a copy nobody can reach, and deletes the copy after
 * {@link BackupPlanProps#restoreTestValidationHours()}. Each resource gets, in its own stack, a
 * selection naming it by ARN and a role that may restore only it. A restore job of the plan that
 * fails or is aborted goes to {@link BackupPlanProps#alerts()} at once; an alarm per resource
 * type notifies the same topic when no restore completed within the schedule's longest gap plus
 * a day, so a test that never ran is as loud as one that failed. The plan's ARN is the stack
 * output {@code RestoreTestingPlanArn}; the recovery runbook reads restore times with it.
 */
public final class BackupPlan extends Construct {
  /** The tag Groundwork's stateful constructs carry so that the plan selects them. */
  public static final String SELECTION_TAG = "groundwork-backup";

  private final BackupVault vault;
  private final software.amazon.awscdk.services.backup.BackupPlan plan;
  private final String recoveryVaultName;
  private final Optional<RestoreTesting> restoreTesting;

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
    RestoreTestRegistry registry = RestoreTestRegistry.of(this);
    if (settings.restoreTests()) {
      checkRestoreTests(props, registry, validation);
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
    this.restoreTesting = settings.restoreTests()
        ? Optional.of(new RestoreTesting(this, "RestoreTests", settings, vault, props.alerts().orElseThrow()))
        : Optional.empty();
    restoreTesting.ifPresent(registry::addPlan);
  }

  private void checkRestoreTests(BackupPlanProps props, RestoreTestRegistry registry, Problems validation) {
    if (props.alerts().isEmpty()) {
      validation.add("BACKUP_RESTORE_TESTS_NO_ALERTS", "alerts", "none, with restore tests on",
          "a topic that hears when a restore test fails or does not run",
          "Pass .alerts(alertTopic.notificationTopic()) with an AlertTopic of this stack, or turn the tests off "
              + "by name with .restoreTests(false).");
    }
    registry.planOf(this).ifPresent(existing -> validation.add("BACKUP_RESTORE_TESTS_DUPLICATE",
        "restoreTests", "on, and on in " + existing.getNode().getPath() + " already",
        "one restore testing plan per environment and region",
        "Create one BackupPlan per environment, or add .restoreTests(false) to this one."));
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

  /**
   * The restore testing plan, where restore tests are on: the escape hatch for its schedule
   * expression's time zone, tags or more selections.
   */
  public Optional<CfnRestoreTestingPlan> restoreTestingPlan() {
    return restoreTesting.map(RestoreTesting::plan);
  }

  /** The plan: the escape hatch for more rules or selections. */
  public software.amazon.awscdk.services.backup.IBackupPlan plan() {
    return plan;
  }
}

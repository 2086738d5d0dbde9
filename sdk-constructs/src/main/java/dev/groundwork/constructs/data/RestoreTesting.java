package dev.groundwork.constructs.data;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.core.PlatformContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.backup.CfnRestoreTestingPlan;
import software.amazon.awscdk.services.backup.IBackupVault;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.events.CfnRule;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/**
 * A {@link BackupPlan}'s restore tests: the AWS Backup restore testing plan, which restores the
 * latest recovery point of the plan's vault on the schedule, one selection per tested resource
 * (in that resource's stack, see {@link RestoreTestSelection}), and what makes a failure loud.
 *
 * <p>Loud: an EventBridge rule sends every restore job of this plan that ends {@code FAILED} or
 * {@code ABORTED} to the alert topic; per resource type tested, an alarm on AWS Backup's
 * {@code NumberOfRestoreJobsCompleted} (this vault, that type, one-day sums) notifies when no
 * restore completed for {@link RestoreTestSchedule#missedAfterDays()} days, missing data counting
 * as none, so a test that never started is as loud as one that failed. The plan's ARN is the
 * stack output {@value #ARN_OUTPUT}, which the recovery runbook reads restore times with.
 */
final class RestoreTesting extends Construct {
  /** The stack output holding the plan's ARN (a fixed key, so the runbook can name it). */
  static final String ARN_OUTPUT = "RestoreTestingPlanArn";
  /** The latest point within two days: tests also stop, and so alarm, when backups stop. */
  static final int SELECTION_WINDOW_DAYS = 2;
  /** Tests start within an hour of the scheduled time, so completion times stay comparable. */
  static final int START_WINDOW_HOURS = 1;

  private final CfnRestoreTestingPlan plan;
  private final BackupPlanSettings settings;
  private final ITopic alerts;
  private final Map<String, Alarm> missedByType = new LinkedHashMap<>();
  private final String alarmPrefix;

  RestoreTesting(Construct scope, String id, BackupPlanSettings settings, IBackupVault vault, ITopic alerts) {
    super(scope, id);
    this.settings = settings;
    this.alerts = alerts;
    PlatformContext context = PlatformContext.of(this);
    this.alarmPrefix = context.app() + "-" + context.environment() + "-restore-tests-";
    this.plan = CfnRestoreTestingPlan.Builder.create(this, "Plan")
        .restoreTestingPlanName(settings.restoreTestingPlanName())
        .scheduleExpression(settings.restoreTestSchedule().cronExpression())
        .startWindowHours(START_WINDOW_HOURS)
        .recoveryPointSelection(CfnRestoreTestingPlan.RestoreTestingRecoveryPointSelectionProperty.builder()
            .algorithm("LATEST_WITHIN_WINDOW")
            .includeVaults(List.of(vault.getBackupVaultArn()))
            .recoveryPointTypes(List.of("SNAPSHOT"))
            .selectionWindowDays(SELECTION_WINDOW_DAYS)
            .build())
        .build();
    CfnOutput arn = CfnOutput.Builder.create(this, "PlanArn")
        .description("The restore testing plan " + settings.restoreTestingPlanName()
            + ": aws backup list-restore-jobs --by-restore-testing-plan-arn <this>")
        .value(plan.getAttrRestoreTestingPlanArn())
        .build();
    arn.overrideLogicalId(ARN_OUTPUT);
    failures();
  }

  /** Every restore job of this plan that failed or was aborted, to the alert topic. */
  private void failures() {
    Rule rule = Rule.Builder.create(this, "Failures")
        .description("A restore test of " + settings.restoreTestingPlanName() + " failed or was aborted")
        .eventPattern(EventPattern.builder()
            .source(List.of("aws.backup"))
            .detailType(List.of("Restore Job State Change"))
            .detail(ImmutableMap.of(
                "status", List.of("FAILED", "ABORTED"),
                "restoreTestingPlanArn", List.of(plan.getAttrRestoreTestingPlanArn())))
            .build())
        .build();
    // The L1 target: CDK's SnsTopic target would add a topic policy letting EventBridge of any
    // account publish; the alert topic's own policy admits EventBridge of this account.
    ((CfnRule) rule.getNode().getDefaultChild()).setTargets(List.of(CfnRule.TargetProperty.builder()
        .id("AlertTopic")
        .arn(alerts.getTopicArn())
        .build()));
  }

  /** Tests {@code target}: its selection in its own stack, and the alarm of its type here. */
  void test(RestoreTarget target) {
    new RestoreTestSelection(target.owner(), "RestoreTest", target, this);
    missedByType.computeIfAbsent(target.resourceType(), this::missedAlarm);
  }

  /** Notifies when no restore of {@code type} from this vault completed within the schedule's gap plus a day. */
  private Alarm missedAlarm(String type) {
    int days = settings.restoreTestSchedule().missedAfterDays();
    Alarm alarm = Alarm.Builder.create(this, "Missed" + type)
        .alarmName(alarmPrefix + type.toLowerCase(Locale.ROOT) + "-missed")
        .alarmDescription("No " + type + " restore from the vault " + settings.vaultName() + " completed in " + days
            + " days: a restore test of " + settings.restoreTestingPlanName() + " did not run or did not finish. "
            + "Runbook: 'When a restore test fails' in Groundwork's recovery guide.")
        .metric(Metric.Builder.create()
            .namespace("AWS/Backup")
            .metricName("NumberOfRestoreJobsCompleted")
            .dimensionsMap(ImmutableMap.of("BackupVaultName", settings.vaultName(), "ResourceType", type))
            .statistic("Sum")
            .period(Duration.days(1))
            .build())
        .threshold(1)
        .comparisonOperator(ComparisonOperator.LESS_THAN_THRESHOLD)
        .evaluationPeriods(days)
        .datapointsToAlarm(days)
        .treatMissingData(TreatMissingData.BREACHING)
        .build();
    alarm.addAlarmAction(new SnsAction(alerts));
    return alarm;
  }

  /** The restore testing plan. */
  CfnRestoreTestingPlan plan() {
    return plan;
  }

  /** The plan's name, which the selections name it by. */
  String planName() {
    return settings.restoreTestingPlanName();
  }

  /** Hours a restored copy is kept. */
  int validationHours() {
    return settings.restoreTestValidationHours();
  }
}

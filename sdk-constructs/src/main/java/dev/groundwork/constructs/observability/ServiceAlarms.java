package dev.groundwork.constructs.observability;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.assembly.MonitoringMetadata;
import dev.groundwork.constructs.compute.FargateWorkload;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmRule;
import software.amazon.awscdk.services.cloudwatch.AlarmState;
import software.amazon.awscdk.services.cloudwatch.CfnAlarm;
import software.amazon.awscdk.services.cloudwatch.CompositeAlarm;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IAlarmRule;
import software.constructs.Construct;

/**
 * The alarms of one watched service and its one paging composite alarm.
 *
 * <p>Every alarm notifies the {@link AlertTopic}'s notification topic; none pages on its own.
 * The composite alarm fires when any symptom alarm ({@link AlarmSpec#pages()}) fires and is the
 * only alarm that pages, so one incident wakes one person once instead of once per metric.
 */
final class ServiceAlarms extends Construct {
  private final String service;
  private final String runbookUrl;
  private final AlertTopic alerts;
  private final List<Alarm> alarms = new ArrayList<>();
  private final List<IAlarm> paging = new ArrayList<>();

  ServiceAlarms(Construct scope, String id, String service, String runbookUrl, AlertTopic alerts) {
    super(scope, id);
    this.service = service;
    this.runbookUrl = runbookUrl;
    this.alerts = alerts;
  }

  /** Creates the alarm of {@code spec}, notifying, and remembers it for the composite if it pages. */
  Alarm add(String id, AlarmSpec spec) {
    Alarm alarm = Alarm.Builder.create(this, id)
        .metric(spec.metric())
        .alarmDescription(description(spec.summary(), spec.firstCheck()))
        .threshold(spec.threshold())
        .comparisonOperator(spec.comparison())
        .datapointsToAlarm(spec.window().datapointsToAlarm())
        .evaluationPeriods(spec.window().evaluationPeriods())
        .treatMissingData(spec.missingData())
        .build();
    alarm.addAlarmAction(alerts.notifyAction());
    alarms.add(alarm);
    if (spec.pages()) {
      paging.add(alarm);
    }
    return alarm;
  }

  /**
   * Takes over an alarm a construct made itself (e.g. QueueWorkerService's dead-letter alarm):
   * rewrites its description with the runbook, adds the notification action and, if it pages,
   * puts it in the composite; its window and missing-data treatment stay the construct's.
   */
  void adopt(Alarm alarm, String summary, String firstCheck, boolean pages) {
    ((CfnAlarm) alarm.getNode().getDefaultChild()).setAlarmDescription(description(summary, firstCheck));
    alarm.addAlarmAction(alerts.notifyAction());
    alarms.add(alarm);
    if (pages) {
      paging.add(alarm);
    }
  }

  /**
   * The service's paging alarm: any symptom alarm in ALARM. Its metadata names the watched
   * resources (logical ids), which the baseline's "watched" and "canary" rules read.
   */
  CompositeAlarm addComposite(List<CfnResource> watched) {
    CompositeAlarm composite = CompositeAlarm.Builder.create(this, "Paging")
        .alarmDescription(description("Pages for " + service + ": a symptom alarm fired",
            "The child alarm in ALARM (alarm status on the service dashboard)"))
        .alarmRule(AlarmRule.anyOf(paging.stream()
            .map(a -> AlarmRule.fromAlarm(a, AlarmState.ALARM)).toArray(IAlarmRule[]::new)))
        .build();
    composite.addAlarmAction(alerts.pageAction());
    CfnResource resource = (CfnResource) composite.getNode().getDefaultChild();
    Stack stack = Stack.of(this);
    resource.addMetadata(MonitoringMetadata.WATCHES, watched.stream()
        .map(r -> Stack.of(r) == stack ? stack.getLogicalId(r) : Stack.of(r).getStackName() + "/" + Stack.of(r).getLogicalId(r))
        .toList());
    watched.stream().filter(r -> Stack.of(r) != stack).forEach(r -> markWatchedFromAnotherStack(r, resource));
    return composite;
  }

  /**
   * Records on {@code watched} (in another stack) that {@code composite} pages for it: the rules
   * read one template at a time and look for the watcher in the watched resource's own. Plain
   * strings, no reference, so the watched resource's stack does not depend on the watcher's.
   */
  private static void markWatchedFromAnotherStack(CfnResource watched, CfnResource composite) {
    List<Object> entries = new ArrayList<>();
    if (watched.getMetadata(MonitoringMetadata.WATCHED_BY) instanceof List<?> existing) {
      entries.addAll(existing);
    }
    entries.add(ImmutableMap.of("type", composite.getCfnResourceType(),
        "stack", Stack.of(composite).getStackName(), "logicalId", Stack.of(composite).getLogicalId(composite)));
    watched.addMetadata(MonitoringMetadata.WATCHED_BY, entries);
  }

  /** The template resource of a Groundwork service: its {@code AWS::ECS::Service}. */
  static CfnResource resourceOf(FargateWorkload workload) {
    return (CfnResource) workload.service().getNode().getDefaultChild();
  }

  private String description(String summary, String firstCheck) {
    return summary + ". First check: " + firstCheck + ". Runbook: " + runbookUrl;
  }

  /** Every alarm created here (the composite excluded). */
  List<Alarm> alarms() {
    return List.copyOf(alarms);
  }
}

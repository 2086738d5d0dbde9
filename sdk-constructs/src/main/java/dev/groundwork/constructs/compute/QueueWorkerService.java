package dev.groundwork.constructs.compute;

import dev.groundwork.assembly.MonitoringMetadata;
import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.constructs.keys.KeyPurpose;
import dev.groundwork.constructs.logs.EncryptedLogGroup;
import dev.groundwork.constructs.logs.EncryptedLogGroupProps;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Names;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.UniqueResourceNameOptions;
import software.amazon.awscdk.services.applicationautoscaling.AdjustmentType;
import software.amazon.awscdk.services.applicationautoscaling.BasicStepScalingPolicyProps;
import software.amazon.awscdk.services.applicationautoscaling.ScalingInterval;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.amazon.awscdk.services.sqs.RedriveAllowPolicy;
import software.amazon.awscdk.services.sqs.RedrivePermission;
import software.constructs.Construct;

/**
 * Fargate workers consuming an encrypted SQS queue, scaled on its backlog.
 *
 * <p>Resources: the work queue and its
 * dead-letter queue (SSE-KMS with the stack's shared data {@code EncryptionKey}, TLS-only
 * policies, retained; after {@code maxReceiveCount} failed
 * receives a message moves to the dead-letter queue, kept 14 days, which accepts the work queue
 * as its only source: a {@code byQueue} redrive allow policy naming the work queue's ARN, built
 * from the work queue's name, fixed by its construct path); an alarm when any message
 * is dead-lettered (notifying {@code alarmTopic} if given); an
 * {@link EncryptedLogGroup} for container logs; a {@link HardenedTaskDefinition} with one hardened
 * container (the same rules as {@link WebService}) whose task role may consume from the queue
 * and nothing else; a {@link PrivateFargateService} (private subnets, no ingress, HTTPS-only
 * egress, circuit breaker with rollback); step scaling on the queue's visible messages; and, by
 * tier (STAGING and PROD), a {@link TracingSidecar} sending traces to X-Ray.
 *
 * <p>The container must have a liveness command ({@link ContainerOptions#livenessCommand()}):
 * nothing outside the worker can tell a stuck worker from a busy one, and no command works in
 * every image, so the worker says how. ECS replaces a task whose check keeps failing.
 */
public final class QueueWorkerService extends Construct implements FargateWorkload {
  /** The longest name SQS accepts for a standard queue. */
  private static final int QUEUE_NAME_MAX_LENGTH = 80;
  private final IKey key;
  private final Queue queue;
  private final Queue deadLetterQueue;
  private final Alarm deadLetterAlarm;
  private final PrivateFargateService service;

  public QueueWorkerService(Construct scope, String id, QueueWorkerServiceProps props) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    QueueWorkerServiceSettings settings = QueueWorkerServiceDefaults.resolve(props, context);
    Problems validation = Problems.of("QueueWorkerService", this);
    check(props, settings, validation);
    validation.throwIfAny();

    this.key = EncryptionKey.forPurpose(this, KeyPurpose.DATA).key();
    // The dead-letter queue names its only source by ARN. A reference to the work queue would be
    // a cycle (the work queue's RedrivePolicy references the dead-letter queue), so the work queue
    // gets a name fixed by its construct path and the ARN is formatted from it.
    String queueName = Names.uniqueResourceName(this, UniqueResourceNameOptions.builder()
        .maxLength(QUEUE_NAME_MAX_LENGTH).separator("-").allowedSpecialCharacters("-").build());
    IQueue source = Queue.fromQueueArn(this, "DeadLetterSource", Stack.of(this).formatArn(
        ArnComponents.builder().service("sqs").resource(queueName)
            .arnFormat(ArnFormat.NO_RESOURCE_NAME).build()));
    this.deadLetterQueue = Queue.Builder.create(this, "DeadLetterQueue")
        .redriveAllowPolicy(RedriveAllowPolicy.builder()
            .redrivePermission(RedrivePermission.BY_QUEUE)
            .sourceQueues(List.of(source))
            .build())
        .encryption(QueueEncryption.KMS)
        .encryptionMasterKey(key)
        .enforceSsl(settings.enforceSsl())
        .retentionPeriod(Duration.days(settings.deadLetterRetentionDays()))
        .removalPolicy(RemovalPolicy.RETAIN)
        .build();
    this.queue = Queue.Builder.create(this, "Queue")
        .queueName(queueName)
        .encryption(QueueEncryption.KMS)
        .encryptionMasterKey(key)
        .enforceSsl(settings.enforceSsl())
        .visibilityTimeout(Duration.seconds(props.visibilityTimeoutSeconds()))
        .retentionPeriod(Duration.days(props.messageRetentionDays()))
        .receiveMessageWaitTime(Duration.seconds(20))
        .deadLetterQueue(DeadLetterQueue.builder()
            .queue(deadLetterQueue)
            .maxReceiveCount(props.maxReceiveCount())
            .build())
        .removalPolicy(RemovalPolicy.RETAIN)
        .build();
    this.deadLetterAlarm = Alarm.Builder.create(this, "DeadLetterAlarm")
        .alarmDescription("Messages of " + getNode().getPath() + " failed " + props.maxReceiveCount()
            + " times and were dead-lettered")
        .metric(deadLetterQueue.metricApproximateNumberOfMessagesVisible(MetricOptions.builder()
            .period(Duration.minutes(1)).statistic("Maximum").build()))
        .threshold(1)
        .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
        .evaluationPeriods(1)
        .treatMissingData(TreatMissingData.NOT_BREACHING)
        .build();
    props.alarmTopic().ifPresent(topic -> deadLetterAlarm.addAlarmAction(new SnsAction(topic)));

    EncryptedLogGroup logs = new EncryptedLogGroup(this, "Logs", EncryptedLogGroupProps.builder()
        .retentionDays(settings.service().logRetentionDays())
        .build());
    HardenedTaskDefinition taskDefinition = new HardenedTaskDefinition(this, "TaskDefinition",
        props.container(),
        new HardenedTaskDefinition.Wiring(logs.logGroup(), Optional.empty(),
            Map.of("QUEUE_URL", queue.getQueueUrl()), props.container().livenessCommand(),
            settings.service().executeCommand()));
    queue.grantConsumeMessages(taskDefinition.getTaskRole());
    if (settings.service().tracing()) {
      new TracingSidecar(this, "Tracing", TracingSidecarProps.of(taskDefinition));
    }

    this.service = new PrivateFargateService(this, "Service", props, taskDefinition,
        new PrivateFargateService.Deployment(settings.service(), props.minHealthyPercent(),
            props.maxPercent(), Optional.empty()));
    int perTask = props.messagesPerTask();
    service.scaling().scaleOnMetric("QueueDepth", BasicStepScalingPolicyProps.builder()
        .metric(queue.metricApproximateNumberOfMessagesVisible(MetricOptions.builder()
            .period(Duration.minutes(1)).statistic("Maximum").build()))
        .scalingSteps(List.of(
            ScalingInterval.builder().upper(0).change(-1).build(),
            ScalingInterval.builder().lower(perTask).change(1).build(),
            ScalingInterval.builder().lower(perTask * 5).change(3).build()))
        .adjustmentType(AdjustmentType.CHANGE_IN_CAPACITY)
        .cooldown(Duration.minutes(2))
        .build());
    service.markWorkload(Map.of("kind", MonitoringMetadata.QUEUE_WORKER_SERVICE));
  }

  private static void check(QueueWorkerServiceProps props, QueueWorkerServiceSettings settings,
      Problems problems) {
    ServiceValidation.checkTasks(props, settings.service(), 0, problems);
    ServiceValidation.checkLogs(settings.service(), problems);
    if (props.container().livenessCommand().isEmpty()) {
      problems.add("WORKER_LIVENESS_COMMAND", "container.livenessCommand", "unset",
          "a command ECS runs in the container that fails when the worker is stuck (no command "
              + "works in every image, so a worker gives its own)",
          "Have the worker touch a file after every receive and check its age: "
              + "container.livenessHeartbeat(\"/tmp/heartbeat\", 330), longer than a message may take (needs sh, "
              + "date and stat); or "
              + "run a program of the image: livenessCommand(List.of(\"CMD\", \"/app/healthcheck\")).");
    }
    if (settings.service().maxTasks() < 1) {
      problems.add("SERVICE_TASK_COUNT", "maxTasks", settings.service().maxTasks(), "at least 1",
          "Allow at least one worker.");
    }
    if (props.messagesPerTask() < 1) {
      problems.add("QUEUE_MESSAGES_PER_TASK", "messagesPerTask", props.messagesPerTask(),
          "at least 1", "Give the backlog one worker clears in a few minutes.");
    }
    if (props.visibilityTimeoutSeconds() < 0 || props.visibilityTimeoutSeconds() > 43_200) {
      problems.add("QUEUE_VISIBILITY_TIMEOUT", "visibilityTimeoutSeconds",
          props.visibilityTimeoutSeconds(), "0 to 43200 (12 hours)",
          "Use a little more than the longest a message takes to process.");
    }
    if (props.messageRetentionDays() < 1 || props.messageRetentionDays() > 14) {
      problems.add("QUEUE_RETENTION", "messageRetentionDays", props.messageRetentionDays(),
          "1 to 14 days", "Keep the default 4.");
    }
    if (props.maxReceiveCount() < 1 || props.maxReceiveCount() > 1000) {
      problems.add("QUEUE_MAX_RECEIVE_COUNT", "maxReceiveCount", props.maxReceiveCount(),
          "1 to 1000", "Keep the default 5.");
    }
    ServiceValidation.checkDeployment(props, problems);
  }

  /** Lets {@code producer} send messages (and use the queue's key to encrypt them). */
  public Grant grantSendMessages(IGrantable producer) {
    return queue.grantSendMessages(producer);
  }

  /** The work queue. */
  public IQueue queue() {
    return queue;
  }

  /** The dead-letter queue. */
  public IQueue deadLetterQueue() {
    return deadLetterQueue;
  }

  /** The alarm raised when a message is dead-lettered; attach notification actions to it. */
  public Alarm deadLetterAlarm() {
    return deadLetterAlarm;
  }

  /** The key encrypting both queues: the stack's shared data key. */
  public IKey queueKey() {
    return key;
  }

  @Override
  public PrivateFargateService service() {
    return service;
  }
}

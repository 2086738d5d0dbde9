package dev.groundwork.policy.rules.observability;

/**
 * The resource metadata through which constructs tell the observability rules what a template
 * resource is and what watches it; rules read templates, so these facts travel in them.
 *
 * <ul>
 *   <li>{@value #WORKLOAD} on an {@code AWS::ECS::Service}: the Groundwork construct it belongs
 *       to, {@code {"kind": "WebService", "internetFacing": true}} or
 *       {@code {"kind": "QueueWorkerService"}}. Services without it (plain CDK) are not checked.
 *   <li>{@value #WATCHES} on an {@code AWS::CloudWatch::CompositeAlarm} or an
 *       {@code AWS::Synthetics::Canary}: the logical ids, in the same stack, of the resources it
 *       watches.
 * </ul>
 */
public final class MonitoringMetadata {
  /** Metadata key naming the Groundwork workload an ECS service belongs to. */
  public static final String WORKLOAD = "groundwork:workload";
  /** Metadata key listing the logical ids a composite alarm or canary watches. */
  public static final String WATCHES = "groundwork:watches";
  /** {@value #WORKLOAD} kind of a WebService. */
  public static final String WEB_SERVICE = "WebService";
  /** {@value #WORKLOAD} kind of a QueueWorkerService. */
  public static final String QUEUE_WORKER_SERVICE = "QueueWorkerService";

  private MonitoringMetadata() {}
}

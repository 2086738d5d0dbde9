package dev.groundwork.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

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
 *       watches ({@code <stack name>/<logical id>} for a resource of another stack).
 *   <li>{@value #WATCHED_BY} on a resource watched from another stack of its environment (a
 *       database in a {@code data} stack, its alarms in the {@code services} stack):
 *       {@code [{"type": "AWS::CloudWatch::CompositeAlarm", "stack": …, "logicalId": …}]}, since a
 *       rule reads one template and the watcher is not in it.
 * </ul>
 */
public final class MonitoringMetadata {
  /** Metadata key naming the Groundwork workload an ECS service belongs to. */
  public static final String WORKLOAD = "groundwork:workload";
  /** Metadata key listing the logical ids a composite alarm or canary watches. */
  public static final String WATCHES = "groundwork:watches";
  /** Metadata key on a watched resource listing its watchers in other stacks. */
  public static final String WATCHED_BY = "groundwork:watched-by";
  /** {@value #WORKLOAD} kind of a WebService. */
  public static final String WEB_SERVICE = "WebService";
  /** {@value #WORKLOAD} kind of a QueueWorkerService. */
  public static final String QUEUE_WORKER_SERVICE = "QueueWorkerService";

  private MonitoringMetadata() {}

  /** The {@value #WORKLOAD} kind of {@code resource}, if a Groundwork construct wrote one. */
  public static Optional<String> workloadKind(Resource resource) {
    JsonNode kind = resource.metadata().path(WORKLOAD).path("kind");
    return kind.isTextual() ? Optional.of(kind.textValue()) : Optional.empty();
  }

  /** Whether {@code resource} is a WebService whose load balancer is internet-facing. */
  public static boolean isInternetFacingWebService(Resource resource) {
    return workloadKind(resource).filter(WEB_SERVICE::equals).isPresent()
        && resource.metadata().path(WORKLOAD).path("internetFacing").asBoolean(false);
  }

  /**
   * Whether a resource of {@code watcherType} in {@code resource}'s stack lists it in
   * {@value #WATCHES}, or {@code resource}'s {@value #WATCHED_BY} names one in another stack.
   */
  public static boolean isWatchedBy(Resource resource, String watcherType) {
    for (JsonNode watcher : resource.metadata().path(WATCHED_BY)) {
      if (watcher.path("type").asText().equals(watcherType)) {
        return true;
      }
    }
    for (Resource watcher : resource.stack().resourcesOfType(watcherType)) {
      for (JsonNode id : watcher.metadata().path(WATCHES)) {
        if (id.asText().equals(resource.logicalId())) {
          return true;
        }
      }
    }
    return false;
  }
}

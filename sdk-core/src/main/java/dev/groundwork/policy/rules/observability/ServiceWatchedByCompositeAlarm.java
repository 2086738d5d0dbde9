package dev.groundwork.policy.rules.observability;

import dev.groundwork.assembly.MonitoringMetadata;
import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;

/**
 * Every Groundwork WebService and QueueWorkerService, every database cluster and every EKS
 * cluster is watched by a paging composite alarm, in its stack or another of its environment.
 *
 * <p>A service is recognised by the {@value MonitoringMetadata#WORKLOAD} metadata its construct
 * writes on the {@code AWS::ECS::Service} (plain-CDK services carry none and are not checked); a
 * database is any {@code AWS::RDS::DBCluster}, a Kubernetes cluster any {@code AWS::EKS::Cluster}.
 * "Watched" means an
 * {@code AWS::CloudWatch::CompositeAlarm} of the same stack lists the resource's logical id in
 * its {@value MonitoringMetadata#WATCHES} metadata, or the resource's own
 * {@value MonitoringMetadata#WATCHED_BY} names a composite alarm of another stack, as
 * {@code Monitoring}'s watchers write.
 */
public final class ServiceWatchedByCompositeAlarm implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_MONITORING_SERVICE_WATCHED")
      .title("Services, databases and Kubernetes clusters are watched by a paging composite alarm")
      .severity(Severity.WARNING)
      .resourceTypes("AWS::ECS::Service", "AWS::RDS::DBCluster", "AWS::EKS::Cluster")
      .rationale("A service nobody watches fails silently: its users find the outage before the team "
          + "does. One composite alarm per service turns its recommended alarms into one page.")
      .remediation("Create a Monitoring in the service's stack and call monitoring.addWebService(service, "
          + "WebServiceWatchOptions.builder().runbookUrl(\"https://…\")…build()), addQueueWorker(…) or "
          + "addDatabase(name, cluster, …) for it (a database's Monitoring may be in another stack of its "
          + "environment); for an EKS cluster, monitoring.addKubernetesCluster(cluster, "
          + "KubernetesClusterWatchOptions.of(\"https://…\")).")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource resource = ctx.resource();
    if (resource.type().equals("AWS::ECS::Service") && MonitoringMetadata.workloadKind(resource).isEmpty()) {
      return Evaluation.notApplicable();
    }
    return Evaluation.failIf(!MonitoringMetadata.isWatchedBy(resource, "AWS::CloudWatch::CompositeAlarm"),
        "Metadata." + MonitoringMetadata.WATCHES, "no composite alarm in the stack watches it");
  }
}

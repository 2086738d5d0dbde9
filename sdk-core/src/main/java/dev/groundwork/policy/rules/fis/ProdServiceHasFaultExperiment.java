package dev.groundwork.policy.rules.fis;

import dev.groundwork.assembly.ExperimentMetadata;
import dev.groundwork.assembly.MonitoringMetadata;
import dev.groundwork.assembly.Resource;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;

/**
 * Every Groundwork WebService and QueueWorkerService in a PROD environment has a fault-injection
 * experiment template in its stack.
 *
 * <p>A service is recognised by the {@value MonitoringMetadata#WORKLOAD} metadata on its
 * {@code AWS::ECS::Service} (plain-CDK services carry none and are not checked); an experiment
 * by an {@code AWS::FIS::ExperimentTemplate} of the same stack that lists the service's logical
 * id in its {@value ExperimentMetadata#EXERCISES} metadata, or whose targets refer to it.
 */
public final class ProdServiceHasFaultExperiment implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_FIS_PROD_SERVICE_HAS_EXPERIMENT")
      .title("Production services have a fault-injection experiment to rehearse with")
      .severity(Severity.WARNING)
      .resourceTypes("AWS::ECS::Service")
      .rationale("A service nobody has seen lose a task, a zone or its database's writer is assumed, "
          + "not known, to survive it. An experiment template with stop conditions on the service's "
          + "paging alarms makes that rehearsal one command, in production as well as in staging.")
      .remediation("Add new FaultExperiments(stack, \"ApiFaults\", FaultExperimentsProps.builder().service(api)"
          + ".addAllStopConditions(apiWatcher.stopConditions()).enabled(true).build()) in the service's stack "
          + "(experiments are on by default in STAGING, opt-in in PROD), or suppress with the reason the "
          + "service is not rehearsed in production.")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource service = ctx.resource();
    if (ctx.tier() != Tier.PROD || MonitoringMetadata.workloadKind(service).isEmpty()) {
      return Evaluation.notApplicable();
    }
    return Evaluation.failIf(!ExperimentMetadata.isExercised(service), "Metadata." + ExperimentMetadata.EXERCISES,
        "no fault-injection experiment template in the stack exercises this production service");
  }
}

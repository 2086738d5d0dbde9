package dev.groundwork.policy.rules.stateful;

import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StatefulTypes;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import java.util.Optional;
import java.util.Set;

/** Stateful resources have Retain or Snapshot deletion and replacement policies. */
public final class StatefulResourceRetained implements Rule {

  private static final Set<String> KEEP = ImmutableSet.of("Retain", "RetainExceptOnCreate");

  private static final RuleInfo INFO = RuleInfo.builder("GW_STATEFUL_RESOURCE_RETAINED")
      .title("Stateful resources are retained or snapshotted on delete and replacement")
      .severity(Severity.WARNING)
      .escalates()
      .resourceTypes(StatefulTypes.outlivingStack().toArray(String[]::new))
      .rationale("With DeletionPolicy Delete, removing the resource from the code or replacing "
          + "it destroys the data. Non-production environments may opt out by suppressing this "
          + "rule with a reason. SQS queues are not covered: their messages are in flight, kept "
          + "14 days at most; the replacement guard still reports a deployment that replaces or "
          + "removes one.")
      .remediation("Use removalPolicy(RemovalPolicy.RETAIN) or RemovalPolicy.SNAPSHOT (databases, "
          + "volumes); both DeletionPolicy and UpdateReplacePolicy are then set.")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource resource = ctx.resource();
    boolean rds = resource.type().startsWith("AWS::RDS::");
    if (rds && !resource.property("DBClusterIdentifier").isMissingNode()) {
      return Evaluation.notApplicable();
    }
    Evaluation.Builder out = Evaluation.builder();
    // For RDS, CloudFormation snapshots on delete when DeletionPolicy is absent.
    check(resource, "DeletionPolicy", resource.deletionPolicy(), rds ? "Snapshot" : "Delete", out);
    check(resource, "UpdateReplacePolicy", resource.updateReplacePolicy(), "Delete", out);
    return out.build();
  }

  private static void check(Resource resource, String attribute, Optional<String> policy,
      String cloudFormationDefault, Evaluation.Builder out) {
    String value = policy.orElse(cloudFormationDefault);
    boolean kept = KEEP.contains(value)
        || (value.equals("Snapshot") && StatefulTypes.snapshots(resource.type()));
    if (!kept) {
      out.violation(attribute, attribute + " is " + value
          + (policy.isEmpty() ? " (CloudFormation default)" : "") + ": data is destroyed");
    }
  }
}

package dev.groundwork.policy.rules.eks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import java.util.ArrayList;
import java.util.List;

/** Every control-plane log type goes to CloudWatch Logs. */
public final class EksControlPlaneLoggingComplete implements Rule {
  private static final String PATH = "Properties.Logging.ClusterLogging.EnabledTypes";
  private static final List<String> TYPES = List.of("api", "audit", "authenticator", "controllerManager", "scheduler");

  private static final RuleInfo INFO = RuleInfo.builder("GW_EKS_CONTROL_PLANE_LOGGING_COMPLETE")
      .title("EKS clusters send every control-plane log type to CloudWatch Logs")
      .severity(Severity.WARNING)
      .resourceTypes("AWS::EKS::Cluster")
      .rationale("The audit and authenticator logs are the only record of who did what through "
          + "the Kubernetes API; the API, controller-manager and scheduler logs explain outages. "
          + "EKS keeps none of them unless each type is turned on.")
      .remediation("Use KubernetesCluster (every type on), or set clusterLogging to all of "
          + "ClusterLoggingTypes on the CDK cluster.")
      .noControls("AWS Security Hub CSPM control EKS.8 (audit "
          + "logging) is the candidate source; its related requirements were not reviewed for this "
          + "rule yet, so no control is claimed.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode enabled = ctx.resource().property("Logging").path("ClusterLogging").path("EnabledTypes");
    if (Intrinsics.isIntrinsic(enabled)) {
      return Evaluation.unknown(PATH);
    }
    List<String> missing = new ArrayList<>(TYPES);
    for (JsonNode type : Intrinsics.items(enabled)) {
      if (Intrinsics.isIntrinsic(type) || Intrinsics.isIntrinsic(type.path("Type"))) {
        return Evaluation.unknown(PATH);
      }
      missing.remove(type.path("Type").asText());
    }
    return Evaluation.failIf(!missing.isEmpty(), PATH, "log types not enabled: " + String.join(", ", missing));
  }
}

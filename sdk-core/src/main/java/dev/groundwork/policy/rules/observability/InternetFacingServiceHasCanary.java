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
 * Every internet-facing Groundwork WebService has an uptime canary in its stack.
 *
 * <p>The service is recognised by the {@value MonitoringMetadata#WORKLOAD} metadata on its
 * {@code AWS::ECS::Service} ({@code kind} WebService, {@code internetFacing} true); the canary by
 * an {@code AWS::Synthetics::Canary} listing the service's logical id in its
 * {@value MonitoringMetadata#WATCHES} metadata.
 */
public final class InternetFacingServiceHasCanary implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_SYNTHETICS_INTERNET_FACING_SERVICE_HAS_CANARY")
      .title("Internet-facing web services have an uptime canary")
      .severity(Severity.WARNING)
      .resourceTypes("AWS::ECS::Service")
      .rationale("Alarms inside the network miss what only clients see: an expired certificate, a DNS "
          + "mistake, a WAF rule blocking everyone. A canary checks the service from outside.")
      .remediation("Watch the service with monitoring.addWebService(service, WebServiceWatchOptions.builder()"
          + ".runbookUrl(…).publicUrl(\"https://api.example.com\").build()); it adds the canary.")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource resource = ctx.resource();
    if (!MonitoringMetadata.isInternetFacingWebService(resource)) {
      return Evaluation.notApplicable();
    }
    return Evaluation.failIf(!MonitoringMetadata.isWatchedBy(resource, "AWS::Synthetics::Canary"),
        "Metadata." + MonitoringMetadata.WATCHES, "no uptime canary in the stack checks this internet-facing service");
  }
}

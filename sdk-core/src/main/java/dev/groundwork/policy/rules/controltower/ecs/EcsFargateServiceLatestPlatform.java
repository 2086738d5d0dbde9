package dev.groundwork.policy.rules.controltower.ecs;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Fargate services run on the latest Fargate platform version. Mirrors CT.ECS.PR.1. */
public final class EcsFargateServiceLatestPlatform implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ECS_FARGATE_LATEST_PLATFORM_VERSION", "CT.ECS.PR.1",
          "Require AWS ECS Fargate Services to run on the latest Fargate platform version",
          nist("AC-2(1)"), nist("AC-3"), nist("AC-3(15)"), nist("AC-3(7)"), nist("AC-5"),
          nist("AC-6"), nist("CA-9(1)"), nist("CM-2"), nist("SI-2"), nist("SI-2(2)"),
          nist("SI-2(4)"), nist("SI-2(5)"))
      .resourceTypes("AWS::ECS::Service")
      .rationale("Fargate platform versions carry the kernel, runtime and agent; LATEST gets security "
          + "patches and features as AWS releases them, a pinned old version does not.")
      .remediation("Leave platformVersion unset (LATEST) on the Fargate service, or set "
          + "FargatePlatformVersion.LATEST.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode p = ctx.resource().properties();
    if (!isStruct(p)) {
      return withoutProperties();
    }
    if (!is(p.path("LaunchType"), "FARGATE")) {
      return Evaluation.notApplicable();
    }
    JsonNode version = p.path("PlatformVersion");
    return Evaluation.failIf(exists(version) && !is(version, "LATEST"), "Properties.PlatformVersion",
        "the platform version is pinned to " + version);
  }
}

package dev.groundwork.policy.rules.controltower.ecr;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** Private repositories scan images on push. Mirrors CT.ECR.PR.2. */
public final class EcrRepositoryScanOnPush implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ECR_PRIVATE_IMAGE_SCANNING_ENABLED", "CT.ECR.PR.2",
          "Require Amazon ECR private repositories to have image scanning enabled",
          nist("RA-5"))
      .resourceTypes("AWS::ECR::Repository")
      .rationale("Scanning on push reports known vulnerabilities in an image before it is deployed, not "
          + "after.")
      .remediation("Set imageScanOnPush(true) on the repository.")
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
    JsonNode scanning = p.path("ImageScanningConfiguration");
    return Evaluation.failIf(!isStruct(scanning) || !isTrue(scanning.path("ScanOnPush")),
        "Properties.ImageScanningConfiguration.ScanOnPush", "images are not scanned on push");
  }
}

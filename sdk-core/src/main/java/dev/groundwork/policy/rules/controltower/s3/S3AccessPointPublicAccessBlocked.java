package dev.groundwork.policy.rules.controltower.s3;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/**
 * Access points leave Block Public Access on, or turn all four settings on explicitly. Mirrors
 * CT.S3.PR.12.
 */
public final class S3AccessPointPublicAccessBlocked implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_S3_ACCESS_POINT_PUBLIC_ACCESS_PROHIBITED", "CT.S3.PR.12",
          "Require an Amazon S3 access point to have a Block Public Access (BPA) configuration "
          + "with all options set to true",
          nist("AC-21"), nist("AC-3"), nist("AC-3(7)"), nist("AC-4"), nist("AC-4(21)"),
          nist("AC-6"), nist("SC-7"), nist("SC-7(11)"), nist("SC-7(16)"), nist("SC-7(20)"),
          nist("SC-7(21)"), nist("SC-7(3)"), nist("SC-7(4)"), nist("SC-7(9)"))
      .resourceTypes("AWS::S3::AccessPoint")
      .rationale("An access point is another door into a bucket's data; with any of its Block Public "
          + "Access settings off, a public access point policy can expose the objects it serves.")
      .remediation("Leave publicAccessBlockConfiguration unset on the access point (all four default to "
          + "true) or set all four flags to true.")
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
    JsonNode block = p.path("PublicAccessBlockConfiguration");
    if (!exists(block)) {
      return Evaluation.compliant();
    }
    if (!isStruct(block)) {
      return Evaluation.nonCompliant("Properties.PublicAccessBlockConfiguration",
          "PublicAccessBlockConfiguration is not an object");
    }
    Evaluation.Builder out = Evaluation.builder();
    for (String flag : S3BucketPublicAccessBlocked.FLAGS) {
      if (!isTrue(block.path(flag))) {
        out.violation("Properties.PublicAccessBlockConfiguration." + flag, flag + " is not true");
      }
    }
    return out.build();
  }
}

package dev.groundwork.policy.rules.controltower.autoscaling;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** EBS volumes a launch configuration defines are encrypted. Mirrors CT.AUTOSCALING.PR.9. */
public final class AutoScalingLaunchConfigurationEbsEncrypted implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_AUTOSCALING_LAUNCH_CONFIG_ENCRYPTED_VOLUMES", "CT.AUTOSCALING.PR.9",
          "Require an Amazon EBS volume configured through an Amazon EC2 Auto Scaling launch "
          + "configuration to encrypt data at rest",
          nist("CA-9(1)"), nist("CM-3(6)"), nist("SC-13"), nist("SC-28"), nist("SC-28(1)"),
          nist("SC-7(10)"), nist("SI-7(6)"))
      .resourceTypes("AWS::AutoScaling::LaunchConfiguration")
      .rationale("Unencrypted volumes, and every snapshot of them, can be read by anyone who can copy or "
          + "share the snapshot; encryption ties the data to a KMS key policy.")
      .remediation("Set encrypted true on every EBS block device of the launch configuration.")
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
    JsonNode mappings = p.path("BlockDeviceMappings");
    if (!isNonEmptyList(mappings) || !anyOf(mappings, m -> isStruct(m.path("Ebs")))) {
      return Evaluation.notApplicable();
    }
    Evaluation.Builder out = Evaluation.builder();
    for (int i = 0; i < mappings.size(); i++) {
      JsonNode ebs = mappings.get(i).path("Ebs");
      if (isStruct(ebs) && !isTrue(ebs.path("Encrypted"))) {
        out.violation("Properties.BlockDeviceMappings[" + i + "].Ebs.Encrypted",
            "the EBS volume is not encrypted");
      }
    }
    return out.build();
  }
}

package dev.groundwork.policy.rules.controltower.ec2;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** EBS volumes a launch template defines are encrypted. Mirrors CT.EC2.PR.14. */
public final class Ec2LaunchTemplateEbsEncrypted implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_EC2_LAUNCH_TEMPLATE_ENCRYPTED_VOLUMES", "CT.EC2.PR.14",
          "Require an Amazon EBS volume configured through an Amazon EC2 launch template to "
          + "encrypt data at rest",
          nist("CA-9(1)"), nist("CM-3(6)"), nist("SC-13"), nist("SC-28"), nist("SC-28(1)"),
          nist("SC-7(10)"), nist("SI-7(6)"))
      .resourceTypes("AWS::EC2::LaunchTemplate")
      .rationale("Unencrypted volumes, and every snapshot of them, can be read by anyone who can copy or "
          + "share the snapshot; encryption ties the data to a KMS key policy.")
      .remediation("Set encrypted true on every EBS block device of the launch template "
          + "(BlockDeviceVolume.ebs(size, {encrypted: true})).")
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
    JsonNode mappings = p.path("LaunchTemplateData").path("BlockDeviceMappings");
    if (!isStruct(p.path("LaunchTemplateData")) || !isNonEmptyList(mappings)
        || !anyOf(mappings, m -> isStruct(m.path("Ebs")))) {
      return Evaluation.notApplicable();
    }
    return Ec2LaunchTemplates.ebsMappingsEncrypted(mappings, "Properties.LaunchTemplateData.BlockDeviceMappings");
  }
}

package dev.groundwork.policy.rules.controltower.ec2;

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

/**
 * EBS volumes, standalone or in an instance's block device mappings, are encrypted. Mirrors
 * CT.EC2.PR.7.
 */
public final class Ec2EbsVolumeEncrypted implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_EC2_ENCRYPTED_VOLUMES", "CT.EC2.PR.7",
          "Require an Amazon EBS volume resource to be encrypted at rest when defined by means of "
          + "the AWS::EC2::Instance BlockDeviceMappings property or AWS::EC2::Volume resource type",
          nist("CA-9(1)"), nist("CM-3(6)"), nist("SC-13"), nist("SC-28"), nist("SC-28(1)"),
          nist("SC-7(10)"), nist("SI-7(6)"))
      .resourceTypes("AWS::EC2::Instance", "AWS::EC2::Volume")
      .rationale("An unencrypted volume, and every snapshot of it, can be read by anyone who can copy or "
          + "share the snapshot; encryption ties the data to a KMS key policy.")
      .remediation("Set encrypted(true) on the volume, and on every BlockDeviceVolume.ebs(..., encrypted) "
          + "of an instance (or turn on EBS encryption by default in the account).")
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
    if (ctx.resource().type().equals("AWS::EC2::Volume")) {
      return Evaluation.failIf(!isTrue(p.path("Encrypted")), "Properties.Encrypted",
          "the volume is not encrypted");
    }
    return Ec2LaunchTemplates.ebsMappingsEncrypted(p.path("BlockDeviceMappings"), "Properties.BlockDeviceMappings");
  }
}

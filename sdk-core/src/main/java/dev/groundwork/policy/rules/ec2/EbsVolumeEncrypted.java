package dev.groundwork.policy.rules.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import dev.groundwork.assembly.Intrinsics.Truth;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;

/** EBS volumes, and the block devices of instances and launch templates, are encrypted. */
public final class EbsVolumeEncrypted implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_EC2_EBS_ENCRYPTED")
      .title("EBS volumes are encrypted")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::EC2::Volume", "AWS::EC2::Instance", "AWS::EC2::LaunchTemplate")
      .rationale("Unencrypted volumes and their snapshots expose data to anyone who can copy "
          + "or share a snapshot.")
      .remediation("Set encrypted(true) on Volume, or BlockDeviceVolume.ebs(size, "
          + "EbsDeviceOptions.builder().encrypted(true)) for instance and launch template devices.")
      .controls("AWS Security Hub CSPM control reference, control EC2.3 (which checks attached volumes; the rule checks every volume)",
          ComplianceSources.ENCRYPTION_AT_REST)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource resource = ctx.resource();
    return switch (resource.type()) {
      case "AWS::EC2::Volume" -> encrypted(resource.property("Encrypted"), "Properties.Encrypted");
      case "AWS::EC2::Instance" ->
          devices(resource.property("BlockDeviceMappings"), "Properties.BlockDeviceMappings");
      default -> devices(resource.property("LaunchTemplateData").path("BlockDeviceMappings"),
          "Properties.LaunchTemplateData.BlockDeviceMappings");
    };
  }

  private static Evaluation devices(JsonNode mappings, String path) {
    if (Intrinsics.isIntrinsic(mappings)) {
      return Evaluation.unknown(path);
    }
    List<JsonNode> items = Intrinsics.items(mappings);
    if (items.isEmpty()) {
      return Evaluation.notApplicable();
    }
    Evaluation.Builder out = Evaluation.builder();
    for (int i = 0; i < items.size(); i++) {
      JsonNode ebs = items.get(i).path("Ebs");
      if (!ebs.isMissingNode()) {
        out.add(encrypted(ebs.path("Encrypted"), path + "[" + i + "].Ebs.Encrypted"));
      }
    }
    return out.build();
  }

  private static Evaluation encrypted(JsonNode value, String path) {
    Truth truth = Intrinsics.truth(value);
    if (truth == Truth.UNKNOWN) {
      return Evaluation.unknown(path);
    }
    if (truth == Truth.TRUE) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant(path,
        "Encrypted is " + (truth == Truth.ABSENT ? "not set" : "false"));
  }
}

package dev.groundwork.policy.rules.controltower.ec2;

import static dev.groundwork.policy.rules.controltower.internal.GuardValues.allOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.combine;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isFalse;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.rules.controltower.internal.NitroInstanceTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of launch templates, instances and fleets several EC2 controls read, as their guard
 * rules read them.
 */
final class Ec2LaunchTemplates {

  private Ec2LaunchTemplates() {}

  /** The launch template data leaves the instance metadata service on (the IMDS controls apply). */
  static boolean metadataServiceOn(JsonNode data) {
    JsonNode options = data.path("MetadataOptions");
    return isStruct(data) && (!exists(options) || (isStruct(options)
        && (!exists(options.path("HttpEndpoint")) || is(options.path("HttpEndpoint"), "enabled"))));
  }

  /** Every mapping with an {@code Ebs} object is encrypted; not applicable without one. */
  static Evaluation ebsMappingsEncrypted(JsonNode mappings, String path) {
    if (!isNonEmptyList(mappings)) {
      return Evaluation.notApplicable();
    }
    List<Evaluation> parts = new ArrayList<>();
    for (int i = 0; i < mappings.size(); i++) {
      JsonNode ebs = mappings.get(i).path("Ebs");
      if (isStruct(ebs)) {
        parts.add(Evaluation.failIf(!isTrue(ebs.path("Encrypted")), path + "[" + i + "].Ebs.Encrypted",
            "the EBS volume is not encrypted"));
      }
    }
    return combine(parts);
  }

  /**
   * Every network interface the template creates (not an existing interface attached by a
   * reference to one of its resources) sets AssociatePublicIpAddress false.
   */
  static Evaluation noPublicIp(StackTemplate template, JsonNode interfaces, String path) {
    List<Evaluation> parts = new ArrayList<>();
    for (int i = 0; i < interfaces.size(); i++) {
      JsonNode networkInterface = interfaces.get(i);
      if (createsInterface(template, networkInterface.path("NetworkInterfaceId"))) {
        parts.add(Evaluation.failIf(!isFalse(networkInterface.path("AssociatePublicIpAddress")),
            path + "[" + i + "].AssociatePublicIpAddress", "AssociatePublicIpAddress is not false"));
      }
    }
    return combine(parts);
  }

  private static boolean createsInterface(StackTemplate template, JsonNode id) {
    if (!exists(id) || (id.isTextual() && id.textValue().isBlank())) {
      return true;
    }
    if (!isStruct(id)) {
      return false;
    }
    JsonNode getAtt = id.path("Fn::GetAtt");
    return !exists(getAtt) || !isLocalReference(template,
        JsonNodeFactory.instance.objectNode().set("Ref", getAtt.path(0)), "AWS::EC2::NetworkInterface");
  }

  /** The instance type, or every type the instance requirements allow, is one of {@code types}. */
  static Evaluation nitro(JsonNode data, String path, List<Pattern> types) {
    List<Evaluation> parts = new ArrayList<>();
    if (exists(data.path("InstanceType"))) {
      parts.add(Evaluation.failIf(!NitroInstanceTypes.isOneOf(data.path("InstanceType"), types),
          path + ".InstanceType", "the instance type is not an accepted Nitro type"));
    }
    if (exists(data.path("InstanceRequirements"))) {
      parts.add(Evaluation.failIf(!allowsOnly(data.path("InstanceRequirements"), types),
          path + ".InstanceRequirements.AllowedInstanceTypes", "the allowed instance types are not all accepted Nitro types"));
    }
    return combine(parts);
  }

  /** Every fleet override names accepted instance types only; not applicable without overrides. */
  static Evaluation fleetOverrides(JsonNode fleet, List<Pattern> types) {
    JsonNode configs = fleet.path("LaunchTemplateConfigs");
    boolean overrides = isNonEmptyList(configs) && anyOf(configs, c -> isNonEmptyList(c.path("Overrides"))
        && anyOf(c.path("Overrides"), o -> exists(o.path("InstanceType")) || exists(o.path("InstanceRequirements"))));
    if (!overrides) {
      return Evaluation.notApplicable();
    }
    Evaluation.Builder out = Evaluation.builder();
    for (int i = 0; i < configs.size(); i++) {
      JsonNode list = configs.get(i).path("Overrides");
      String at = "Properties.LaunchTemplateConfigs[" + i + "].Overrides";
      if (!list.isArray()) {
        out.violation(at, "the launch template config has no Overrides list");
        continue;
      }
      for (JsonNode override : list) {
        if (exists(override.path("InstanceType"))
            && !NitroInstanceTypes.isOneOf(override.path("InstanceType"), types)) {
          out.violation(at, "an override's instance type is not an accepted Nitro type");
        }
        if (exists(override.path("InstanceRequirements")) && !allowsOnly(override.path("InstanceRequirements"), types)) {
          out.violation(at, "an override's allowed instance types are not all accepted Nitro types");
        }
      }
    }
    return out.build();
  }

  private static boolean allowsOnly(JsonNode requirements, List<Pattern> types) {
    JsonNode allowed = requirements.path("AllowedInstanceTypes");
    return isStruct(requirements) && isNonEmptyList(allowed)
        && allOf(allowed, t -> NitroInstanceTypes.isOneOf(t, types));
  }
}

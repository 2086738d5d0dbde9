package dev.groundwork.policy.rules.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Intrinsics.Truth;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ECS containers drop every Linux capability ({@code LinuxParameters.Capabilities.Drop: ["ALL"]})
 * and add back only what they name. A privileged container, whose capability settings ECS
 * ignores, and one that adds {@code ALL} back do not.
 */
public final class EcsContainerDropsAllCapabilities implements Rule {

  private static final String ALL = "ALL";

  private static final RuleInfo INFO = RuleInfo.builder("GW_ECS_CONTAINER_CAPABILITIES_DROPPED")
      .title("ECS containers drop every Linux capability and add back only what they name")
      .severity(Severity.WARNING)
      .resourceTypes(Containers.TASK_DEFINITION)
      .rationale("Without Drop: [\"ALL\"] a container keeps the runtime's default capabilities "
          + "(changing file owners, bypassing file permissions, raw sockets, setting user ids, …). "
          + "A process running as root, or a setuid program or one with file capabilities in the "
          + "image, can use them after a compromise; the application rarely needs any. A privileged "
          + "container (ECS then ignores its capability settings) or one adding ALL back fails too.")
      .remediation("Set linuxParameters with dropCapabilities(Capability.ALL) and addCapabilities(…) "
          + "for what the process needs (Fargate accepts only SYS_PTRACE). Groundwork's services do "
          + "this for every container they write; add sidecars through "
          + "HardenedTaskDefinition.addSidecar with sidecarLinuxParameters(id).")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    return Containers.each(ctx, EcsContainerDropsAllCapabilities::check);
  }

  private static Evaluation check(JsonNode container, String path) {
    Truth privileged = Intrinsics.truth(container.path("Privileged"));
    if (privileged == Truth.TRUE) {
      return Evaluation.nonCompliant(path + ".Privileged",
          Containers.name(container) + " is privileged, so ECS ignores its capability settings");
    }
    String capabilitiesPath = path + ".LinuxParameters.Capabilities";
    JsonNode parameters = container.path("LinuxParameters");
    JsonNode capabilities = parameters.path("Capabilities");
    if (Intrinsics.isIntrinsic(parameters) || Intrinsics.isIntrinsic(capabilities)) {
      return Evaluation.unknown(Intrinsics.isIntrinsic(parameters) ? path + ".LinuxParameters" : capabilitiesPath);
    }
    Names drop = names(capabilities.path("Drop"));
    Names add = names(capabilities.path("Add"));
    if (!drop.literal().contains(ALL)) {
      if (drop.unknown()) {
        return Evaluation.unknown(capabilitiesPath + ".Drop");
      }
      return Evaluation.nonCompliant(capabilitiesPath + ".Drop", Containers.name(container)
          + (drop.literal().isEmpty() ? " keeps the default Linux capabilities (drops none)"
              : " drops only " + drop.literal() + ", not ALL"));
    }
    if (add.literal().contains(ALL)) {
      return Evaluation.nonCompliant(capabilitiesPath + ".Add",
          Containers.name(container) + " adds ALL capabilities back");
    }
    if (add.unknown()) {
      return Evaluation.unknown(capabilitiesPath + ".Add");
    }
    if (privileged == Truth.UNKNOWN) {
      return Evaluation.unknown(path + ".Privileged");
    }
    return Evaluation.compliant();
  }

  /**
   * The literal names of a capability list (upper-cased, as ECS spells them; a single string
   * reads as a list of one), and whether an intrinsic hides any of them.
   */
  private record Names(List<String> literal, boolean unknown) {}

  private static Names names(JsonNode list) {
    if (Intrinsics.isAbsent(list)) {
      return new Names(List.of(), false);
    }
    if (Intrinsics.isIntrinsic(list)) {
      return new Names(List.of(), true);
    }
    List<JsonNode> items = new ArrayList<>();
    if (list.isArray()) {
      list.forEach(items::add);
    } else {
      items.add(list);
    }
    List<String> literal = new ArrayList<>();
    boolean unknown = false;
    for (JsonNode item : items) {
      if (item.isTextual()) {
        literal.add(item.textValue().trim().toUpperCase(Locale.ROOT));
      } else {
        unknown = true;
      }
    }
    return new Names(literal, unknown);
  }
}

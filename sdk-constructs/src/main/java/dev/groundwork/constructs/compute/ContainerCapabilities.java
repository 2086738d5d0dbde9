package dev.groundwork.constructs.compute;

import dev.groundwork.core.Problems;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecs.Capability;
import software.amazon.awscdk.services.ecs.LinuxParameters;
import software.constructs.Construct;

/**
 * The Linux capabilities of the containers Groundwork writes: all dropped, some added back by
 * name, and only those Fargate accepts. One place builds them ({@link #dropAll}) and one place
 * checks what a container ends up with at synthesis ({@link #check}), since a {@code
 * LinuxParameters} stays mutable after it is handed to a container.
 */
final class ContainerCapabilities {
  /** Docker's and ECS's name for every capability. */
  static final String ALL = Capability.ALL.name();

  private ContainerCapabilities() {}

  /**
   * Linux parameters that drop every capability ({@code Drop: ["ALL"]}) and add back {@code
   * addBack}, in the order given, each once; with an init process if {@code initProcess} (else
   * the template leaves it unset, ECS's default: none).
   */
  static LinuxParameters dropAll(Construct scope, String id, boolean initProcess, List<Capability> addBack) {
    LinuxParameters.Builder builder = LinuxParameters.Builder.create(scope, id);
    if (initProcess) {
      builder.initProcessEnabled(true);
    }
    LinuxParameters parameters = builder.build();
    parameters.dropCapabilities(Capability.ALL);
    Set<Capability> added = new LinkedHashSet<>(addBack);
    if (!added.isEmpty()) {
      parameters.addCapabilities(added.toArray(Capability[]::new));
    }
    return parameters;
  }

  /**
   * Records a problem unless {@code parameters}, as they stand now, drop ALL and add back only
   * what Fargate accepts. {@code container} names the container in the message.
   */
  static void check(Construct scope, String container, LinuxParameters parameters, Problems problems) {
    Object rendered = Stack.of(scope).resolve(parameters.renderLinuxParameters());
    Map<?, ?> capabilities = rendered instanceof Map<?, ?> map && map.get("capabilities") instanceof Map<?, ?> c
        ? c : Map.of();
    List<String> drop = names(capabilities.get("drop"));
    List<String> add = names(capabilities.get("add"));
    String property = container + " linuxParameters";
    if (!drop.contains(ALL)) {
      problems.add("CONTAINER_CAPABILITIES_DROPPED", property, "drop " + drop,
          "Linux parameters that drop ALL and add back by name",
          "Build them with taskDefinition().sidecarLinuxParameters(id, ...) or call "
              + "dropCapabilities(Capability.ALL) on them.");
    }
    List<String> refused = add.stream()
        .filter(name -> ContainerRules.FARGATE_ADDABLE_CAPABILITIES.stream().noneMatch(c -> c.name().equals(name)))
        .toList();
    if (!refused.isEmpty()) {
      problems.add("CONTAINER_CAPABILITY", property, "add " + refused,
          "SYS_PTRACE, the only capability Fargate lets a container add back",
          "Remove " + String.join(", ", refused) + ": Fargate refuses to run the task.");
    }
  }

  private static List<String> names(Object list) {
    List<String> names = new ArrayList<>();
    if (list instanceof List<?> items) {
      items.forEach(item -> names.add(String.valueOf(item)));
    }
    return names;
  }
}

package dev.groundwork.constructs.kubernetes;

import dev.groundwork.core.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awscdk.services.ec2.InstanceArchitecture;
import software.amazon.awscdk.services.ec2.InstanceType;

/**
 * The checks of a node group's options, shared by {@link NodeGroupOptions} (what was given) and
 * {@link KubernetesCluster} (sizes after the tier's defaults are filled in).
 */
final class NodeGroupValidation {
  private static final Pattern INSTANCE_TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9]+");

  private NodeGroupValidation() {}

  /**
   * Problems of a node group; {@code prefix} names the group in property names (e.g.
   * {@code "nodeGroup."}) and sizes are checked only where present.
   */
  static List<Problem> problems(String where, String prefix, NodeGroupOptions options,
      Optional<Integer> minSize, Optional<Integer> maxSize) {
    List<Problem> problems = new ArrayList<>(sizeProblems(where, prefix, minSize, maxSize));
    if (options.diskSizeGiB() < 20 || options.diskSizeGiB() > 16384) {
      problems.add(new Problem("EKS_NODEGROUP_DISK", where, prefix + "diskSizeGiB",
          String.valueOf(options.diskSizeGiB()), "20 to 16384", "Give the data volume's size in GiB."));
    }
    for (String type : options.instanceTypes()) {
      if (!INSTANCE_TYPE.matcher(type).matches()) {
        problems.add(new Problem("EKS_INSTANCE_TYPE_FORMAT", where, prefix + "instanceTypes", "'" + type + "'",
            "an EC2 instance type such as m6i.large", "Write the type as family.size."));
      } else if (!new InstanceType(type).getArchitecture().equals(options.amiType().architecture())) {
        problems.add(new Problem("EKS_INSTANCE_TYPE_ARCH", where, prefix + "instanceTypes", "'" + type + "'",
            "an instance type of architecture " + options.amiType().architecture() + " for amiType "
                + options.amiType(),
            "Pick instance types of the image's architecture, or an image of the instances' (e.g. "
                + (options.amiType().architecture() == InstanceArchitecture.ARM_64 ? "AL2023_X86_64" : "AL2023_ARM_64")
                + ")."));
      }
    }
    return problems;
  }

  /** Problems of a node group's sizes, checked only where present. */
  static List<Problem> sizeProblems(String where, String prefix, Optional<Integer> minSize,
      Optional<Integer> maxSize) {
    List<Problem> problems = new ArrayList<>();
    minSize.filter(min -> min < 0).ifPresent(min -> problems.add(new Problem("EKS_NODEGROUP_SIZE", where,
        prefix + "minSize", String.valueOf(min), "at least 0", "Give a node count of 0 or more.")));
    maxSize.filter(max -> max < 1).ifPresent(max -> problems.add(new Problem("EKS_NODEGROUP_SIZE", where,
        prefix + "maxSize", String.valueOf(max), "at least 1", "Give a node count of 1 or more.")));
    if (minSize.isPresent() && maxSize.isPresent() && minSize.get() > maxSize.get()) {
      problems.add(new Problem("EKS_NODEGROUP_SIZE", where, prefix + "minSize", String.valueOf(minSize.get()),
          "at most maxSize (" + maxSize.get() + ")", "Lower minSize or raise maxSize."));
    }
    return problems;
  }
}

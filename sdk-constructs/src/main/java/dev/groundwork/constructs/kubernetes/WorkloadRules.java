package dev.groundwork.constructs.kubernetes;

import dev.groundwork.core.Problems;
import java.util.List;
import java.util.regex.Pattern;

/** The name and path rules {@link KubernetesWorkload} and {@link HelmRelease} check. */
final class WorkloadRules {
  /** A DNS-1123 label. */
  static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
  /** A Helm release name: a DNS-1123 label of at most 53 characters. */
  static final Pattern RELEASE_NAME = Pattern.compile("[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?");
  /** Namespaces Kubernetes and EKS own. */
  static final List<String> RESERVED =
      List.of("default", "kube-system", "kube-public", "kube-node-lease", "amazon-cloudwatch");

  private WorkloadRules() {}

  /** Records an {@code EKS_WORKLOAD_PATH} problem unless {@code path} is relative and stays in the repository. */
  static void checkPath(Problems problems, String property, String path) {
    if (path.isBlank() || path.startsWith("/") || List.of(path.split("/")).contains("..")
        || !path.matches("[A-Za-z0-9._/-]+")) {
      problems.add("EKS_WORKLOAD_PATH", property, "'" + path + "'",
          "a path relative to the repository's root, of letters, digits, '.', '_', '-' and '/', without '..'",
          "Write it as the repository lays it out, e.g. k8s/orders.");
    }
  }

}

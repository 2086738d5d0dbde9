package dev.groundwork.constructs.kubernetes;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the delivery pipeline deploys into one namespace of a {@link KubernetesCluster}: a
 * directory of manifests from the repository ({@code kubectl apply}) or a {@link HelmRelease}.
 * Before it deploys, the namespace is created (or updated) with the Pod Security Standard
 * {@code restricted} enforced and a default-deny network policy ({@link WorkloadNamespaces}).
 */
@Value.Immutable
@GroundworkStyle
public interface KubernetesWorkload {
  /** The namespace, created by the pipeline's deploy step; a DNS-1123 label, not one Kubernetes or EKS owns. */
  String namespace();

  /** A directory of manifests (YAML or JSON), relative to the repository's root, applied into {@link #namespace()}. */
  Optional<String> manifestsDirectory();

  /** A Helm chart of the repository, released into {@link #namespace()}. */
  Optional<HelmRelease> helmRelease();

  /**
   * Whether the namespace's pods may send DNS queries (UDP and TCP port 53, to any address): the
   * one exception to the default-deny egress policy. Default: yes; without it nothing in the
   * namespace resolves a name, the cluster's own services included.
   */
  @Value.Default
  default boolean allowDnsEgress() {
    return true;
  }

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("KubernetesWorkload");
    if (!WorkloadRules.LABEL.matcher(namespace()).matches() || WorkloadRules.RESERVED.contains(namespace()) || namespace().startsWith("kube-")) {
      problems.add("EKS_WORKLOAD_NAMESPACE", "namespace", "'" + namespace() + "'",
          "a DNS-1123 label that Kubernetes and EKS do not own (not default, kube-*, amazon-cloudwatch)",
          "Name the workload's own namespace, e.g. orders.");
    }
    if (manifestsDirectory().isPresent() == helmRelease().isPresent()) {
      problems.add("EKS_WORKLOAD_SOURCE", "manifestsDirectory", manifestsDirectory().isPresent() ? "both" : "neither",
          "exactly one of manifestsDirectory and helmRelease", "Give the directory of manifests or the Helm chart.");
    }
    manifestsDirectory().ifPresent(directory -> WorkloadRules.checkPath(problems, "manifestsDirectory", directory));
    problems.throwIfAny();
  }

  /** The manifests in {@code directory}, applied into {@code namespace}. */
  static KubernetesWorkload manifests(String namespace, String directory) {
    return builder().namespace(namespace).manifestsDirectory(directory).build();
  }

  /** {@code release}, installed into {@code namespace}. */
  static KubernetesWorkload helm(String namespace, HelmRelease release) {
    return builder().namespace(namespace).helmRelease(release).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KubernetesWorkload}. */
  final class Builder extends ImmutableKubernetesWorkload.Builder {}
}

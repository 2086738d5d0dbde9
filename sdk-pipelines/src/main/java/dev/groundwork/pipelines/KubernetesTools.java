package dev.groundwork.pipelines;

import java.util.List;

/**
 * The pinned kubectl and Helm the Kubernetes deploy steps download, each checked against a
 * SHA-256 written here, not one fetched beside the download, so a changed file fails the build.
 *
 * <p>kubectl v1.33.8 ({@code dl.k8s.io}, linux/amd64): the checksum Kubernetes publishes, as
 * recorded in kubernetes-sigs/kubespray's {@code roles/kubespray_defaults/vars/main/checksums.yml}.
 * Helm v3.18.4 ({@code get.helm.sh}, linux-amd64 archive): the checksum of its release notes, as
 * recorded in argoproj/argo-cd's {@code hack/installers/checksums}. kubectl talks to API servers
 * one minor version either side of its own, so 1.33 serves the 1.32 and 1.33 clusters
 * {@code KubernetesVersion} knows.
 */
final class KubernetesTools {
  static final String KUBECTL_VERSION = "v1.33.8";
  static final String KUBECTL_SHA256 = "7f9c3faab7c9f9cc3f318d49eb88efc60eb3b3a7ce9eee5feb39b1280e108a29";
  static final String HELM_VERSION = "v3.18.4";
  static final String HELM_SHA256 = "f8180838c23d7c7d797b208861fecb591d9ce1690d8704ed1e4cb8e2add966c1";

  private KubernetesTools() {}

  /** Downloads, verifies and installs kubectl. */
  static List<String> installKubectl() {
    return List.of(
        "curl -fsSL --retry 3 -o /tmp/kubectl https://dl.k8s.io/release/" + KUBECTL_VERSION + "/bin/linux/amd64/kubectl",
        "echo \"" + KUBECTL_SHA256 + "  /tmp/kubectl\" | sha256sum --check --strict",
        "install -m 0755 /tmp/kubectl /usr/local/bin/kubectl");
  }

  /** Downloads, verifies and installs Helm. */
  static List<String> installHelm() {
    return List.of(
        "curl -fsSL --retry 3 -o /tmp/helm.tar.gz https://get.helm.sh/helm-" + HELM_VERSION + "-linux-amd64.tar.gz",
        "echo \"" + HELM_SHA256 + "  /tmp/helm.tar.gz\" | sha256sum --check --strict",
        "tar -xzf /tmp/helm.tar.gz -C /tmp linux-amd64/helm",
        "install -m 0755 /tmp/linux-amd64/helm /usr/local/bin/helm");
  }

  /** Points kubectl at the cluster named by {@code CLUSTER_NAME}, as the build's role. */
  static String kubeconfig() {
    return "aws eks update-kubeconfig --name \"$CLUSTER_NAME\" --region \"$AWS_REGION\"";
  }
}

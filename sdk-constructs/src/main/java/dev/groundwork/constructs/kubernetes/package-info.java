/**
 * Kubernetes: {@link dev.groundwork.constructs.kubernetes.KubernetesCluster}, an EKS cluster on
 * CDK's native {@code eks_v2} module, composed of small one-concern constructs (hardened node
 * groups, pinned add-ons, Pod Identity grants). Its alarms come from observability's
 * {@code Monitoring.addKubernetesCluster}, which sits above it.
 */
package dev.groundwork.constructs.kubernetes;

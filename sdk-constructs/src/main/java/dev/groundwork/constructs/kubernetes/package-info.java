/**
 * Kubernetes: {@link dev.groundwork.constructs.kubernetes.KubernetesCluster}, an EKS cluster on
 * CDK's native {@code eks_v2} module, composed of small one-concern constructs (hardened node
 * groups, Auto Mode nodes, pinned add-ons, access entries and the admin host, Pod Identity grants),
 * and the typed workloads the pipeline deploys into it ({@code KubernetesWorkload},
 * {@code WorkloadNamespaces}). Its alarms come from observability's
 * {@code Monitoring.addKubernetesCluster}, which sits above it.
 */
package dev.groundwork.constructs.kubernetes;

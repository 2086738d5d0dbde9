package dev.groundwork.constructs.kubernetes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kubernetes objects the pipeline applies, with cluster-admin rights, before any workload:
 * per {@link KubernetesWorkload} a namespace enforcing the Pod Security Standard
 * {@code restricted} (and auditing and warning at the same level), a {@code default-deny}
 * NetworkPolicy (every pod, ingress and egress) and, unless turned off, {@code allow-dns-egress}
 * (UDP and TCP 53 to any address); on an Auto Mode cluster also the {@code amazon-vpc-cni}
 * ConfigMap that turns on Auto Mode's network policy controller, without which policies are
 * stored but not enforced.
 *
 * <p>Written as one JSON document of kind {@code List} (JSON is YAML, and {@code kubectl apply}
 * reads either), in a fixed order, so the same workloads always give the same bytes.
 */
public final class WorkloadNamespaces {
  /** The label of the Pod Security Standard a namespace enforces. */
  public static final String ENFORCE_LABEL = "pod-security.kubernetes.io/enforce";
  /** The level enforced, audited and warned about. */
  public static final String RESTRICTED = "restricted";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private WorkloadNamespaces() {}

  /** The objects for {@code workloads}, in their order; {@code autoMode} adds the network policy controller's switch. */
  public static String manifest(List<KubernetesWorkload> workloads, boolean autoMode) {
    List<Object> items = new ArrayList<>();
    if (autoMode) {
      items.add(object("v1", "ConfigMap", metadata("amazon-vpc-cni", "kube-system"),
          "data", Map.of("enable-network-policy-controller", "true")));
    }
    for (KubernetesWorkload workload : workloads) {
      String namespace = workload.namespace();
      Map<String, String> labels = new LinkedHashMap<>();
      labels.put("app.kubernetes.io/managed-by", "groundwork");
      labels.put(ENFORCE_LABEL, RESTRICTED);
      labels.put(ENFORCE_LABEL + "-version", "latest");
      labels.put("pod-security.kubernetes.io/audit", RESTRICTED);
      labels.put("pod-security.kubernetes.io/warn", RESTRICTED);
      Map<String, Object> metadata = new LinkedHashMap<>();
      metadata.put("name", namespace);
      metadata.put("labels", labels);
      items.add(object("v1", "Namespace", metadata, null, null));
      items.add(policy("default-deny", namespace, Map.of(), List.of("Ingress", "Egress"), null));
      if (workload.allowDnsEgress()) {
        items.add(policy("allow-dns-egress", namespace, Map.of(), List.of("Egress"),
            List.of(Map.of("ports", List.of(port("UDP", 53), port("TCP", 53))))));
      }
    }
    Map<String, Object> list = object("v1", "List", null, "items", items);
    try {
      return JSON.writeValueAsString(list) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of strings always serialize", e);
    }
  }

  private static Map<String, Object> policy(String name, String namespace, Map<String, Object> podSelector,
      List<String> types, List<Object> egress) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("podSelector", podSelector);
    spec.put("policyTypes", types);
    if (egress != null) {
      spec.put("egress", egress);
    }
    return object("networking.k8s.io/v1", "NetworkPolicy", metadata(name, namespace), "spec", spec);
  }

  private static Map<String, Object> metadata(String name, String namespace) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", name);
    metadata.put("namespace", namespace);
    return metadata;
  }

  private static Map<String, Object> port(String protocol, int number) {
    Map<String, Object> port = new LinkedHashMap<>();
    port.put("protocol", protocol);
    port.put("port", number);
    return port;
  }

  private static Map<String, Object> object(String apiVersion, String kind, Map<String, ?> metadata, String bodyKey,
      Object body) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("apiVersion", apiVersion);
    object.put("kind", kind);
    if (metadata != null) {
      object.put("metadata", metadata);
    }
    if (bodyKey != null) {
      object.put(bodyKey, body);
    }
    return object;
  }
}

package dev.groundwork.constructs.kubernetes;

import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Kubernetes service account, by namespace and name, e.g. {@code orders/api}. Both parts are
 * DNS-1123 labels (lower-case letters, digits and '-', at most 63 characters).
 *
 * @param namespace the namespace the service account lives in
 * @param name the service account's name
 */
public record ServiceAccountName(String namespace, String name) {
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

  /**
   * @throws GroundworkValidationException with code {@code EKS_SERVICE_ACCOUNT_NAME} if either
   *     part is not a DNS-1123 label
   */
  public ServiceAccountName {
    List<Problem> problems = new ArrayList<>();
    checkLabel("ServiceAccountName", "namespace", namespace, problems);
    checkLabel("ServiceAccountName", "name", name, problems);
    GroundworkValidationException.throwIfAny(problems);
  }

  /** Records an {@code EKS_SERVICE_ACCOUNT_NAME} problem unless {@code value} is a DNS-1123 label. */
  static void checkLabel(String where, String property, String value, List<Problem> problems) {
    if (value == null || !LABEL.matcher(value).matches()) {
      problems.add(new Problem("EKS_SERVICE_ACCOUNT_NAME", where, property,
          value == null ? "nothing" : "'" + value + "'",
          "a DNS-1123 label (a-z, 0-9 and '-', at most 63 characters)",
          "Use the names exactly as the workload's manifests declare them."));
    }
  }

  @Override
  public String toString() {
    return namespace + "/" + name;
  }
}

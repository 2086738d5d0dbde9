package dev.groundwork.constructs.kubernetes;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.List;
import org.immutables.value.Value;

/**
 * A Helm release of a chart kept in the repository, installed or upgraded by the pipeline with
 * {@code helm upgrade --install --atomic --wait}. Charts come from the repository only, so what
 * is deployed is what was reviewed; vendor a third-party chart into the repository to use it.
 */
@Value.Immutable
@GroundworkStyle
public interface HelmRelease {
  /** The chart's directory, relative to the repository's root, e.g. {@code charts/orders}. */
  String chartDirectory();

  /** The release's name, e.g. {@code orders}. */
  String releaseName();

  /** Values files, relative to the repository's root, applied in order. Default: none. */
  List<String> valuesFiles();

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("HelmRelease");
    if (!WorkloadRules.RELEASE_NAME.matcher(releaseName()).matches()) {
      problems.add("EKS_HELM_RELEASE_NAME", "releaseName", "'" + releaseName() + "'",
          "a DNS-1123 label of at most 53 characters", "Use lower-case letters, digits and '-'.");
    }
    WorkloadRules.checkPath(problems, "chartDirectory", chartDirectory());
    valuesFiles().forEach(file -> WorkloadRules.checkPath(problems, "valuesFiles", file));
    problems.throwIfAny();
  }

  /** The chart in {@code chartDirectory} released as {@code releaseName}. */
  static HelmRelease of(String chartDirectory, String releaseName) {
    return builder().chartDirectory(chartDirectory).releaseName(releaseName).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HelmRelease}. */
  final class Builder extends ImmutableHelmRelease.Builder {}
}

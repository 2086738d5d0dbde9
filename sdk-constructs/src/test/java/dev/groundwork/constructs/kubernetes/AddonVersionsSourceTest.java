package dev.groundwork.constructs.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pinned add-on versions are those of the recorded source, the EKS add-on versions AWS's
 * EKS Blueprints for CDK deploys ({@code scripts/check-addon-versions.sh} records them).
 */
class AddonVersionsSourceTest {

  @Test
  void everyPinIsTheVersionTheRecordedSourceDeploys() throws IOException {
    List<String> differences = new ArrayList<>();
    int checked = 0;
    for (String line : recorded()) {
      String[] columns = line.split("\t");
      ClusterAddon addon = Arrays.stream(ClusterAddon.values()).filter(a -> a.addonName().equals(columns[0]))
          .findFirst().orElseThrow(() -> new AssertionError("unknown add-on " + columns[0]));
      String pinned = AddonVersions.of(addon, KubernetesVersion.of(columns[1]));
      if (!pinned.equals(columns[2])) {
        differences.add(columns[0] + " on " + columns[1] + ": pinned " + pinned + ", source " + columns[2]);
      }
      checked++;
    }
    assertThat(differences).isEmpty();
    // Every add-on on every known Kubernetes version was compared.
    assertThat(checked).isEqualTo(ClusterAddon.values().length * KubernetesVersion.KNOWN.size());
  }

  private static List<String> recorded() throws IOException {
    try (InputStream in = AddonVersionsSourceTest.class.getResourceAsStream("eks-blueprints-addons.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }
}

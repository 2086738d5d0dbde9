package dev.groundwork.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;

class FeatureFlagsTest {
  @Test
  void copyMatchesTheRecommendationsShippedInAwsCdkLib() throws Exception {
    assertThat(FeatureFlags.cdkRecommended())
        .as("%s must be aws-cdk-lib's package/recommended-feature-flags.json; copy it over after an upgrade",
            FeatureFlags.CDK_RECOMMENDED)
        .containsExactlyEntriesOf(shippedWithAwsCdkLib());
  }

  @Test
  void setsEveryRecommendedFlagUnlessGroundworkDeviates() {
    Map<String, Object> flags = FeatureFlags.recommended();
    FeatureFlags.cdkRecommended().forEach((flag, value) -> assertThat(flags.get(flag)).as(flag)
        .isEqualTo(FeatureFlags.DEVIATIONS.getOrDefault(flag, value)));
    assertThat(flags).hasSize(FeatureFlags.cdkRecommended().size() + 2);
  }

  @Test
  void pinsTheDeviations() {
    assertThat(FeatureFlags.DEVIATIONS).containsOnly(
        Map.entry("@aws-cdk/core:defaultCrossStackReferences", "strong"),
        Map.entry("@aws-cdk/core:explicitStackTags", false),
        Map.entry("aws:cdk:disable-stack-trace", true),
        Map.entry("aws:cdk:disable-creation-stack-traces", true));
  }

  @Test
  void pinsTheNumberOfRecommendedFlags() {
    // aws-cdk-lib 2.272.0 recommends 87 flags; a different count means the copy changed.
    assertThat(FeatureFlags.cdkRecommended()).hasSize(87);
  }

  /** package/recommended-feature-flags.json inside the jsii tarball bundled in aws-cdk-lib's jar. */
  private static Map<String, Object> shippedWithAwsCdkLib() throws IOException, URISyntaxException {
    Path jar = Path.of(App.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (JarFile file = new JarFile(jar.toFile())) {
      JarEntry tarball = file.stream()
          .filter(e -> e.getName().matches("software/amazon/awscdk/aws-cdk-lib@[^/]+\\.jsii\\.tgz"))
          .findFirst().orElseThrow(() -> new AssertionError("no jsii tarball in " + jar));
      try (InputStream tar = new GZIPInputStream(file.getInputStream(tarball), 1 << 16)) {
        byte[] json = tarEntry(tar, "package/recommended-feature-flags.json");
        return new ObjectMapper().readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
      }
    }
  }

  /** The content of the entry called {@code name} in a (ustar) tar stream. */
  private static byte[] tarEntry(InputStream tar, String name) throws IOException {
    byte[] header = new byte[512];
    while (tar.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
      String entry = field(header, 0, 100);
      String prefix = field(header, 345, 155);
      long size = Long.parseLong(field(header, 124, 12).trim(), 8);
      String path = prefix.isEmpty() ? entry : prefix + "/" + entry;
      if (path.equals(name)) {
        return tar.readNBytes((int) size);
      }
      tar.skipNBytes((size + 511) / 512 * 512);
    }
    throw new AssertionError(name + " not found in aws-cdk-lib's jsii tarball");
  }

  private static String field(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
  }
}

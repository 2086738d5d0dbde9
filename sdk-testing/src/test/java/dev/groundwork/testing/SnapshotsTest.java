package dev.groundwork.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.groundwork.assembly.StackTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotsTest {
  private static final StackTemplate SERVICE = Fixtures.service();

  @Nested
  class Normalisation {
    private final String rendered = Snapshots.render(SERVICE);

    @Test
    void replacesAssetHashes() {
      assertThat(rendered).contains("\"S3Key\" : \"<asset-hash>.zip\"")
          .doesNotContain("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    }

    @Test
    void dropsCdkVersionMetadataAndBootstrapCheck() {
      assertThat(rendered).doesNotContain("AWS::CDK::Metadata", "CDKMetadataAvailable", "BootstrapVersion",
          "aws:asset:path");
    }

    @Test
    void keepsLogicalIdsPathsAndProperties() {
      assertThat(rendered).contains("DataBucketE3889A50", "prod/service/Data/Bucket/Resource", "\"EnableKeyRotation\" : true");
    }

    @Test
    void isStableAndKeySorted() {
      assertThat(Snapshots.render(Fixtures.service())).isEqualTo(rendered);
      assertThat(rendered.indexOf("\"Description\"")).isLessThan(rendered.indexOf("\"Resources\""));
    }
  }

  @Nested
  class Comparison {
    @Test
    void passesWhenGoldenFileMatches(@TempDir Path dir) throws Exception {
      Files.writeString(dir.resolve("service.template.json"), Snapshots.render(SERVICE));
      Snapshots.assertMatches(SERVICE, "service", dir, false);
    }

    @Test
    void failsWithUnifiedDiffWhenTemplateChanged(@TempDir Path dir) throws Exception {
      Files.writeString(dir.resolve("service.template.json"),
          Snapshots.render(SERVICE).replace("\"RetentionInDays\" : 365", "\"RetentionInDays\" : 30"));
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> Snapshots.assertMatches(SERVICE, "service", dir, false))
          .withMessageContaining("stack 'orders-prod-service' differs from its golden template")
          .withMessageContaining("--- golden/service.template.json")
          .withMessageContaining("+++ synthesized/orders-prod-service")
          .withMessageContaining("@@ ")
          .withMessageContaining("\n-        \"RetentionInDays\" : 30")
          .withMessageContaining("\n+        \"RetentionInDays\" : 365")
          .withMessageContaining("-Dgroundwork.updateSnapshots=true");
    }

    @Test
    void missingGoldenFileFailsSayingHowToCreateIt(@TempDir Path dir) {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> Snapshots.assertMatches(SERVICE, "service", dir, false))
          .withMessageContaining("No golden template for stack 'orders-prod-service'")
          .withMessageContaining("-Dgroundwork.updateSnapshots=true");
      assertThat(dir.resolve("service.template.json")).doesNotExist();
    }

    @Test
    void updateWritesTheGoldenFileThenMatches(@TempDir Path dir) throws Exception {
      Files.writeString(dir.resolve("service.template.json"), "{}\n");
      Snapshots.assertMatches(SERVICE, "service", dir, true);
      assertThat(dir.resolve("service.template.json")).hasContent(Snapshots.render(SERVICE));
      Snapshots.assertMatches(SERVICE, "service", dir, false);
    }
  }

  @Test
  void updateIsOffUnlessThePropertyIsTrue() {
    assertThat(Snapshots.updating()).isEqualTo(Boolean.getBoolean(Snapshots.UPDATE_PROPERTY));
  }
}

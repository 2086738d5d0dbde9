package dev.groundwork.constructs.data;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.PlatformApp;
import dev.groundwork.core.PlatformEnvironment;
import dev.groundwork.core.Tier;
import dev.groundwork.testing.SynthesisExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** docs/constructs.md quotes this class. */
class SecureBucketTest {
  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    for (PlatformEnvironment env : app.environments()) {
      new SecureBucket(env.addStack("data"), "Documents", SecureBucketProps.defaults());
      if (env.tier() == Tier.DEV) {
        new SecureBucket(env.addStack("scratch"), "Scratch", SecureBucketProps.builder()
            .destroyOnStackDeletion(true)
            .build());
      }
    }
    return app;
  });

  @Nested
  class Defaults {
    @Test
    void encryptsWithTheStacksSharedRotatingDataKey(SynthesizedApp app) {
      assertThat(app).stack("test-prod-data").resource("prod/data/Documents/Bucket")
          .hasProperty("BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm", "aws:kms")
          .hasProperty("BucketEncryption.ServerSideEncryptionConfiguration[0].BucketKeyEnabled", true)
          .referencesAt("BucketEncryption", "prod/data/DataKey/Key");
      assertThat(app).stack("test-prod-data").resource("prod/data/DataKey/Key")
          .hasProperty("EnableKeyRotation", true);
    }

    @Test
    void isPrivateVersionedAndLogsItsAccess(SynthesizedApp app) {
      assertThat(app).stack("test-dev-data").resource("dev/data/Documents/Bucket")
          .hasProperty("PublicAccessBlockConfiguration.BlockPublicPolicy", true)
          .hasProperty("PublicAccessBlockConfiguration.RestrictPublicBuckets", true)
          .hasProperty("VersioningConfiguration.Status", "Enabled")
          .referencesAt("LoggingConfiguration", "dev/data/Documents/AccessLogs");
    }

    @Test
    void retainsTheBucketItsKeyAndItsLogsInEveryTier(SynthesizedApp app) {
      for (String env : app.environments()) {
        for (String part : new String[] {"Documents/Bucket", "DataKey/Key", "Documents/AccessLogs"}) {
          assertThat(app).environment(env).resource(env + "/data/" + part).isRetained();
        }
      }
    }

    @Test
    void passesTheBaselinePolicyPack(SynthesizedApp app) {
      assertThat(app).report().hasNoErrors();
    }
  }

  @Nested
  class OptingOut {
    @Test
    void destroyOnStackDeletionDeletesOutsideProd(SynthesizedApp app) {
      assertThat(app).stack("test-dev-scratch").resource("dev/scratch/Scratch/Bucket")
          .hasDeletionPolicy("Delete");
    }
  }

  @Nested
  class InvalidInput {
    @Test
    void destroyOnStackDeletionIsRefusedInProd(@TempDir Path outdir) {
      PlatformEnvironment prod = TestApps.appWithEveryTier(outdir).environments().stream()
          .filter(env -> env.tier() == Tier.PROD).findFirst().orElseThrow();
      assertThatThrownBy(() -> new SecureBucket(prod.addStack("data"), "Documents",
              SecureBucketProps.builder().destroyOnStackDeletion(true).build()))
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("BUCKET_DESTROY_IN_PROD"))
          .hasMessageContaining("destroyOnStackDeletion");
    }
  }
}

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
    void agesOldVersionsAbortsStaleUploadsAndNotifiesEventBridge(SynthesizedApp app) {
      assertThat(app).stack("test-prod-data").resource("prod/data/Documents/Bucket")
          .hasProperty("NotificationConfiguration.EventBridgeConfiguration.EventBridgeEnabled", true)
          .hasProperty("LifecycleConfiguration.Rules[0].AbortIncompleteMultipartUpload.DaysAfterInitiation", 7)
          .hasProperty("LifecycleConfiguration.Rules[0].NoncurrentVersionExpiration.NoncurrentDays", 365)
          .hasProperty("LifecycleConfiguration.Rules[0].NoncurrentVersionTransitions[0].StorageClass", "STANDARD_IA")
          .hasTag(BackupPlan.SELECTION_TAG, "true");
      assertThat(app).stack("test-dev-data").resource("dev/data/Documents/Bucket")
          .hasProperty("LifecycleConfiguration.Rules[0].NoncurrentVersionExpiration.NoncurrentDays", 30);
    }

    @Test
    void encryptsServerAccessLogsWithTheLogsKey(SynthesizedApp app) {
      assertThat(app).stack("test-prod-data").resource("prod/data/Documents/AccessLogs")
          .hasProperty("BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm", "aws:kms")
          .referencesAt("BucketEncryption", "prod/data/LogsKey/Key");
      assertThat(app).stack("test-prod-data").resource("prod/data/LogsKey/Key")
          .hasPropertySatisfying("KeyPolicy", policy -> assertThat(policy.toString()).contains("logging.s3.amazonaws.com"));
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
    void bucketNamesFollowS3NamingRules() {
      for (String name : new String[] {"Documents", "ab", "my..bucket", "-orders", "192.168.1.1", "xn--orders"}) {
        assertThatThrownBy(() -> SecureBucketProps.builder().bucketName(name).build())
            .as(name)
            .isInstanceOfSatisfying(GroundworkValidationException.class,
                e -> assertThat(e.codes()).containsExactly("BUCKET_NAME"))
            .hasMessageContaining("bucketName");
      }
      assertThat(SecureBucketProps.builder().bucketName("orders-documents-prod").build().bucketName())
          .contains("orders-documents-prod");
    }

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

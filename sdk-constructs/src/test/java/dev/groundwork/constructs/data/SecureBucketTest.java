package dev.groundwork.constructs.data;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Region;
import dev.groundwork.core.Tier;
import dev.groundwork.testing.SynthesisExtension;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** docs/constructs/data.md quotes this class. */
class SecureBucketTest {
  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithProdRecoveryRegion(outdir);
    for (PlatformEnvironment env : app.environments()) {
      if (env.recoveryRegion().isPresent()) {
        env.addRecoveryStack();
      }
      new SecureBucket(env.addStack("data"), "Documents", SecureBucketProps.defaults());
      new SecureBucket(env.addStack("audit"), "Trail", SecureBucketProps.builder()
          .contents(BucketContents.AUDIT_LOGS)
          .build());
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
  class Replication {
    private static final String REPLICA = "test-prod-data-documents-replica-333333333333";

    @Test
    void replicatesProdDataToANamedReplicaInTheRecoveryStack(SynthesizedApp app) {
      assertThat(app).stack("test-prod-data").resource("prod/data/Documents/Bucket")
          .referencesAt("ReplicationConfiguration.Role", "prod/data/Documents/Replication/Role")
          .hasProperty("ReplicationConfiguration.Rules[0].Status", "Enabled")
          .hasProperty("ReplicationConfiguration.Rules[0].Filter.Prefix", "")
          .hasProperty("ReplicationConfiguration.Rules[0].DeleteMarkerReplication.Status", "Disabled")
          .hasProperty("ReplicationConfiguration.Rules[0].SourceSelectionCriteria.SseKmsEncryptedObjects.Status", "Enabled")
          .hasProperty("ReplicationConfiguration.Rules[0].Destination.Bucket", "arn:aws:s3:::" + REPLICA)
          .hasProperty("ReplicationConfiguration.Rules[0].Destination.EncryptionConfiguration.ReplicaKmsKeyID",
              "arn:aws:kms:eu-central-1:333333333333:alias/test/prod/recovery/data");
      assertThat(app).stack("test-prod-recovery").resource("prod/recovery/data-Documents/Bucket")
          .hasProperty("BucketName", REPLICA)
          .hasProperty("VersioningConfiguration.Status", "Enabled")
          .referencesAt("BucketEncryption", "prod/recovery/DataKey/Key")
          .referencesAt("LoggingConfiguration", "prod/recovery/data-Documents/AccessLogs");
      assertThat(app).stack("test-prod-recovery").resource("prod/recovery/DataKey/Alias")
          .hasProperty("AliasName", "alias/test/prod/recovery/data");
      // Constructs in the recovery stack see its region as theirs.
      assertThat(app).stack("test-prod-recovery").resource("prod/recovery/LogsKey/Key")
          .hasPropertySatisfying("KeyPolicy", policy -> assertThat(policy.toString())
              .contains("logs.eu-central-1.amazonaws.com").doesNotContain("eu-west-1"));
    }

    @Test
    void theRoleReadsTheSourceAndWritesOnlyTheReplica(SynthesizedApp app) {
      assertThat(app).stack("test-prod-data").resource("prod/data/Documents/Replication/Role")
          .hasPropertySatisfying("AssumeRolePolicyDocument", trust -> assertThat(trust.toString())
              .contains("s3.amazonaws.com", "aws:SourceAccount", "333333333333"));
      assertThat(app).stack("test-prod-data").resource("prod/data/Documents/Replication/Role/DefaultPolicy")
          .hasPropertySatisfying("PolicyDocument", policy -> assertThat(policy.toString())
              .contains("s3:GetObjectVersionForReplication", "s3:ReplicateObject",
                  "arn:aws:s3:::" + REPLICA + "/*", "kms:ViaService", "s3.eu-central-1.amazonaws.com",
                  "s3.eu-west-1.amazonaws.com", "kms:ResourceAliases", "alias/test/prod/recovery/data")
              // PROD buckets have Object Lock enabled: S3 replicates retention and legal holds too.
              .contains("s3:GetObjectRetention", "s3:GetObjectLegalHold")
              .doesNotContain("\"s3:*\"", "\"kms:*\""));
    }

    @Test
    void retainsTheReplicaAndKeepsItsLogicalIds(SynthesizedApp app) {
      assertThat(app.stack("test-prod-recovery").resourcesOfType("AWS::S3::Bucket"))
          .extracting(Resource::logicalId)
          .containsExactlyInAnyOrder("dataDocumentsBucketB1FF172A", "dataDocumentsAccessLogsEC2BE227");
      for (String part : new String[] {"data-Documents/Bucket", "data-Documents/AccessLogs", "DataKey/Key", "LogsKey/Key"}) {
        assertThat(app).stack("test-prod-recovery").resource("prod/recovery/" + part)
            .hasDeletionPolicy("Retain").hasUpdateReplacePolicy("Retain");
      }
    }

    @Test
    void doesNotReplicateOutsideProdNorAuditLogsByDefault(SynthesizedApp app) {
      assertThat(app).stack("test-staging-data").resource("staging/data/Documents/Bucket")
          .doesNotHaveProperty("ReplicationConfiguration");
      assertThat(app).stack("test-prod-audit").resource("prod/audit/Trail/Bucket")
          .doesNotHaveProperty("ReplicationConfiguration");
    }

    @Test
    void canBeTurnedOffByName(@TempDir Path outdir) {
      PlatformEnvironment prod = TestApps.appWithProdRecoveryRegion(outdir).environment("prod");
      prod.addRecoveryStack();
      SecureBucket bucket = new SecureBucket(prod.addStack("data"), "Documents", SecureBucketProps.builder()
          .replicateToRecoveryRegion(false).build());
      assertThat(bucket.replica()).isEmpty();
    }
  }

  @Nested
  class ObjectLock {
    @Test
    void locksProdAuditLogsForTheTiersLogRetention(SynthesizedApp app) {
      assertThat(app).stack("test-prod-audit").resource("prod/audit/Trail/Bucket")
          .hasProperty("ObjectLockEnabled", true)
          .hasProperty("ObjectLockConfiguration.Rule.DefaultRetention.Mode", "GOVERNANCE")
          .hasProperty("ObjectLockConfiguration.Rule.DefaultRetention.Days", 365);
      assertThat(app).stack("test-dev-audit").resource("dev/audit/Trail/Bucket")
          .doesNotHaveProperty("ObjectLockEnabled");
    }

    /** AWS Control Tower's CT.S3.PR.9: a PROD bucket can lock objects; only audit logs lock them all by default. */
    @Test
    void enablesObjectLockWithoutADefaultRetentionOnOtherProdBuckets(SynthesizedApp app) {
      assertThat(app).stack("test-prod-data").resource("prod/data/Documents/Bucket")
          .hasProperty("ObjectLockEnabled", true)
          .doesNotHaveProperty("ObjectLockConfiguration");
      assertThat(app).stack("test-prod-recovery").resource("prod/recovery/data-Documents/Bucket")
          .hasProperty("ObjectLockEnabled", true)
          .doesNotHaveProperty("ObjectLockConfiguration");
      assertThat(app).stack("test-prod-data").iamStatements().ofRole("prod/data/Documents/Replication/Role")
          .allowing("s3:GetObjectRetention").allowing("s3:GetObjectLegalHold");
      assertThat(app).stack("test-dev-data").resource("dev/data/Documents/Bucket")
          .doesNotHaveProperty("ObjectLockEnabled");
      assertThat(app).stack("test-staging-data").resource("staging/data/Documents/Bucket")
          .doesNotHaveProperty("ObjectLockEnabled");
    }

    /** AWS refuses an Object Lock default retention on an S3 server access logging destination. */
    @Test
    void neverLocksTheServerAccessLogBucket(SynthesizedApp app) {
      assertThat(app).stack("test-prod-audit").resource("prod/audit/Trail/AccessLogs")
          .doesNotHaveProperty("ObjectLockEnabled")
          .doesNotHaveProperty("ObjectLockConfiguration");
    }
  }

  /** AWS Control Tower's CT.S3.PR.2 and CT.S3.PR.4 on the access-log bucket, and its CT.S3.PR.9 exception. */
  @Nested
  class AccessLogBucket {
    @Test
    void logsItsOwnAccessIntoItselfInEveryTier(SynthesizedApp app) {
      for (String env : app.environments()) {
        assertThat(app).environment(env).resource(env + "/data/Documents/AccessLogs")
            .hasProperty("LoggingConfiguration.LogFilePrefix", "own-access-logs/")
            .doesNotHaveProperty("LoggingConfiguration.DestinationBucketName")
            .hasProperty("NotificationConfiguration.EventBridgeConfiguration.EventBridgeEnabled", true);
      }
      assertThat(app).stack("test-prod-data").resource("prod/data/Documents/AccessLogs/Policy")
          .hasPropertySatisfying("PolicyDocument.Statement", statements -> assertThat(statements.toString())
              .contains("S3ServerAccessLogsOfThisBucket", "logging.s3.amazonaws.com", "/own-access-logs/*"));
    }

    @Test
    void carriesTheObjectLockExceptionAwsImposesAsASuppression(SynthesizedApp app) {
      Resource logs = app.stack("test-prod-data").resources().stream()
          .filter(r -> r.isNamed("prod/data/Documents/AccessLogs")).findFirst().orElseThrow();
      assertThat(logs.metadata().toString()).contains("GW_CT_S3_BUCKET_OBJECT_LOCK_ENABLED")
          .contains("https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html");
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
    void replicationNeedsARecoveryRegion(@TempDir Path outdir) {
      PlatformEnvironment dev = TestApps.appWithProdRecoveryRegion(outdir).environment("dev");
      assertThatThrownBy(() -> new SecureBucket(dev.addStack("data"), "Documents",
              SecureBucketProps.builder().replicateToRecoveryRegion(true).versioned(false).build()))
          .isInstanceOfSatisfying(GroundworkValidationException.class, e -> assertThat(e.codes())
              .containsExactly("BUCKET_REPLICATION_NO_RECOVERY_REGION", "BUCKET_REPLICATION_UNVERSIONED"))
          .hasMessageContaining("SecureBucket at 'dev/data/Documents'")
          .hasMessageContaining("replicateToRecoveryRegion").hasMessageContaining("versioned");
    }

    @Test
    void replicationNeedsTheRecoveryStackAddedFirst(@TempDir Path outdir) {
      PlatformEnvironment prod = TestApps.appWithProdRecoveryRegion(outdir).environment("prod");
      assertThatThrownBy(() -> new SecureBucket(prod.addStack("data"), "Documents", SecureBucketProps.defaults()))
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("RECOVERY_STACK_MISSING"))
          .hasMessageContaining("replicateToRecoveryRegion").hasMessageContaining("addRecoveryStack()");
    }

    @Test
    void objectLockOffWithARetentionIsAConflict() {
      assertThatThrownBy(() -> SecureBucketProps.builder().objectLock(false).objectLockRetentionDays(30).build())
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("BUCKET_OBJECT_LOCK_CONFLICT"))
          .hasMessageContaining("objectLockRetentionDays");
    }

    @Test
    void replicaNamesFitS3sLimit() {
      PlatformContext context = new PlatformContext("orders", "prod", Tier.PROD, AccountId.of("333333333333"),
          Region.of("eu-west-1"), Optional.of(Region.of("eu-central-1")));
      assertThat(CrossRegionReplication.replicaName(context, "data/Documents"))
          .isEqualTo("orders-prod-data-documents-replica-333333333333");
      String longName = CrossRegionReplication.replicaName(context, "data/" + "VeryLongConstructId".repeat(4));
      assertThat(longName).hasSizeLessThanOrEqualTo(63).startsWith("orders-prod-data-verylong")
          .endsWith("-replica-333333333333").matches(SecureBucketProps.BUCKET_NAME.pattern());
      assertThat(CrossRegionReplication.replicaName(context, "data/" + "VeryLongConstructId".repeat(5)))
          .isNotEqualTo(longName);
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

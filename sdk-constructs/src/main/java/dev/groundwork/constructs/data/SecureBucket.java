package dev.groundwork.constructs.data;

import dev.groundwork.constructs.internal.AccessLogBucket;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problem;
import dev.groundwork.core.Tier;
import java.util.List;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * An S3 bucket that is private, encrypted with a customer managed KMS key, TLS-only, versioned,
 * access-logged and retained.
 *
 * <p>Resources: the bucket (SSE-KMS with bucket keys and the stack's shared data
 * {@link EncryptionKey} unless one is given, all public access
 * blocked, object ACLs disabled, a policy denying non-TLS and TLS below 1.2), and an access-log
 * bucket (SSE-S3, which S3 server access logging requires; logs expire after the tier's log
 * retention). Both are retained when the stack is deleted unless
 * {@link SecureBucketProps#destroyOnStackDeletion()} is set outside PROD; the key is always
 * retained.
 */
public final class SecureBucket extends Construct {
  private final EncryptionKey key;
  private final Bucket bucket;
  private final Bucket accessLogs;

  public SecureBucket(Construct scope, String id, SecureBucketProps props) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    if (props.destroyOnStackDeletion() && context.tier() == Tier.PROD) {
      throw new GroundworkValidationException(List.of(new Problem("BUCKET_DESTROY_IN_PROD",
          "SecureBucket at '" + getNode().getPath() + "'", "destroyOnStackDeletion",
          "true", "false in a PROD environment",
          "Remove destroyOnStackDeletion(true); production data is always retained.")));
    }
    RemovalPolicy removal =
        props.destroyOnStackDeletion() ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    this.key = props.encryptionKey().orElseGet(() -> EncryptionKey.forPurpose(this, KeyPurpose.DATA));
    this.accessLogs =
        AccessLogBucket.create(this, "AccessLogs", context.defaults().logRetentionDays(), removal);
    this.bucket = Bucket.Builder.create(this, "Bucket")
        .encryption(BucketEncryption.KMS)
        .encryptionKey(key.key())
        .bucketKeyEnabled(true)
        .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
        .enforceSsl(true)
        .minimumTlsVersion(1.2)
        .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
        .versioned(props.versioned())
        .serverAccessLogsBucket(accessLogs)
        .serverAccessLogsPrefix("bucket/")
        .removalPolicy(removal)
        .autoDeleteObjects(false)
        .build();
  }

  /** The bucket, for grants and integrations. */
  public IBucket bucket() {
    return bucket;
  }

  /** The key that encrypts the bucket's objects. */
  public IKey key() {
    return key.key();
  }

  /** The bucket that receives the server access logs. */
  public IBucket accessLogsBucket() {
    return accessLogs;
  }
}

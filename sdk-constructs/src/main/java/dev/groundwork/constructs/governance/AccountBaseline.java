package dev.groundwork.constructs.governance;

import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.constructs.keys.KeyPurpose;
import dev.groundwork.constructs.data.SecureBucket;
import dev.groundwork.constructs.data.SecureBucketProps;
import dev.groundwork.constructs.observability.AlertTopic;
import dev.groundwork.constructs.observability.AlertTopicProps;
import dev.groundwork.constructs.logs.EncryptedLogGroup;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.accessanalyzer.CfnAnalyzer;
import software.amazon.awscdk.services.cloudtrail.CfnTrail;
import software.amazon.awscdk.services.config.CfnConfigurationRecorder;
import software.amazon.awscdk.services.guardduty.CfnDetector;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/**
 * The audit baseline of one account and region: who changed what is recorded, kept and told.
 *
 * <p>Resources: the stack's shared audit {@link EncryptionKey} ({@link KeyPurpose#AUDIT}); an audit
 * {@link SecureBucket} encrypted with it (Object Lock in PROD); a multi-region CloudTrail trail
 * with log-file validation and management events, SSE-KMS with the audit key, delivered to the
 * bucket and to an {@link EncryptedLogGroup} with the tier's retention; AWS Config (recorder of
 * every supported type, delivery channel to the bucket, the {@link MirroredConfigRule}s);
 * EventBridge rules sending stack failures and deletions, console sign-ins and IAM changes to the
 * alert topic; an IAM Access Analyzer account analyzer; a GuardDuty detector with S3 Protection.
 *
 * <p>In PROD every resource of the baseline is retained when its stack is deleted or a resource
 * is replaced (DeletionPolicy and UpdateReplacePolicy Retain), so deleting the stack stops
 * nothing; in DEV and STAGING the bucket, keys and log group are retained and the rest goes with
 * the stack. AWS allows one configuration recorder and one GuardDuty detector per account and
 * region: one baseline per account and region, either per environment or through an
 * {@link OrganizationBaseline}, not both.
 */
public final class AccountBaseline extends Construct {
  private final EncryptionKey key;
  private final SecureBucket bucket;
  private final Optional<CfnTrail> trail;
  private final CfnConfigurationRecorder recorder;
  private final ITopic alertTopic;
  private final CfnAnalyzer analyzer;
  private final Optional<CfnDetector> detector;

  public AccountBaseline(Construct scope, String id, AccountBaselineProps props) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    AccountBaselineSettings settings = AccountBaselineDefaults.resolve(props, context);
    Problems problems = Problems.of("AccountBaseline", this);
    EncryptedLogGroup.checkRetentionDays("trailLogRetentionDays", settings.trailLogRetentionDays(), problems);
    problems.throwIfAny();

    AccountWideScope accountWide = AccountWideScope.of(this, props.accountWideRegion());
    this.key = EncryptionKey.forPurpose(this, KeyPurpose.AUDIT);
    SecureBucketProps.Builder bucketProps = SecureBucketProps.builder().encryptionKey(key);
    settings.objectLockRetentionDays().ifPresent(bucketProps::objectLockRetentionDays);
    this.bucket = new SecureBucket(this, "Bucket", bucketProps.build());
    if (accountWide.exists()) {
      AuditTrail audit = new AuditTrail(this, "Trail", settings.trailName(),
          bucket.bucket(), key, settings.trailLogRetentionDays(), props.dataEventBuckets());
      accountWide.limit(audit);
      this.trail = Optional.of(audit.trail());
    } else {
      this.trail = Optional.empty();
    }
    this.recorder = new ConfigRecording(this, "Config", bucket.bucket(), key, accountWide).recorder();
    this.alertTopic = props.alertTopic().orElseGet(() -> new AlertTopic(this, "Alerts", AlertTopicProps.builder()
        .addAllSubscribers(props.subscribers())
        // Changes are for reading, not for waking anyone.
        .paging(false)
        .build()).notificationTopic());
    new ChangeAlerts(this, "ChangeAlerts", alertTopic);
    this.analyzer = CfnAnalyzer.Builder.create(this, "AccessAnalyzer").type("ACCOUNT").build();
    this.detector = settings.guardDutyDetector()
        ? Optional.of(CfnDetector.Builder.create(this, "GuardDuty")
            .enable(true)
            .findingPublishingFrequency("FIFTEEN_MINUTES")
            // S3 Protection: GuardDuty also reads S3 data events (AWS Control Tower's CT.GUARDDUTY.PR.1).
            .dataSources(CfnDetector.CFNDataSourceConfigurationsProperty.builder()
                .s3Logs(CfnDetector.CFNS3LogsConfigurationProperty.builder().enable(true).build())
                .build())
            .build())
        : Optional.empty();
    if (settings.retainEverything()) {
      Stream.concat(getNode().findAll().stream(), key.getNode().findAll().stream())
          .filter(CfnResource.class::isInstance)
          .forEach(r -> ((CfnResource) r).applyRemovalPolicy(RemovalPolicy.RETAIN));
    }
  }

  /** The key encrypting the trail's log files and Config's deliveries. */
  public EncryptionKey key() {
    return key;
  }

  /** The bucket receiving the trail's log files and Config's history and snapshots. */
  public SecureBucket bucket() {
    return bucket;
  }

  /** The multi-region trail, unless this region is not the account-wide one. */
  public Optional<CfnTrail> trail() {
    return trail;
  }

  /** AWS Config's configuration recorder. */
  public CfnConfigurationRecorder recorder() {
    return recorder;
  }

  /** Where change alerts go. */
  public ITopic alertTopic() {
    return alertTopic;
  }

  /** The IAM Access Analyzer account analyzer. */
  public CfnAnalyzer analyzer() {
    return analyzer;
  }

  /** The GuardDuty detector, unless turned off. */
  public Optional<CfnDetector> detector() {
    return detector;
  }
}

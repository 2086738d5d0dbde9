package dev.groundwork.constructs.governance;

import dev.groundwork.constructs.observability.Subscriber;
import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sns.ITopic;

/** Input of {@link AccountBaseline}. Saying nothing gets every default of the environment's tier. */
@Value.Immutable
@GroundworkStyle
public interface AccountBaselineProps {

  /**
   * Where change alerts go (stack failures and deletions, console sign-ins, IAM changes), e.g. an
   * {@code AlertTopic}'s {@code notificationTopic()}. Its key policy must let EventBridge encrypt
   * (an {@code AlertTopic}'s does). Default: an {@code AlertTopic} of the baseline's own, with
   * {@link #subscribers()}.
   */
  Optional<ITopic> alertTopic();

  /** Who hears the baseline's own alert topic. Default: nobody. Only without {@link #alertTopic()}. */
  List<Subscriber> subscribers();

  /**
   * Buckets whose object-level reads and writes the trail also records (S3 data events, billed
   * per event). Default: none (management events only).
   */
  List<IBucket> dataEventBuckets();

  /**
   * Days the trail's CloudWatch Logs copy is kept; one of the values CloudWatch Logs accepts. The
   * bucket copy follows the bucket's own lifecycle. Default by tier: 30 in DEV, 90 in STAGING,
   * 365 in PROD.
   */
  Optional<Integer> trailLogRetentionDays();

  /**
   * Object Lock (governance mode) on the audit bucket with this default retention in days, so
   * log files cannot be overwritten or deleted. Default by tier: off in DEV and STAGING, 365 days
   * in PROD. Object Lock can only be enabled when the bucket is created.
   */
  Optional<Integer> objectLockRetentionDays();

  /**
   * Whether the baseline creates a GuardDuty detector. AWS allows one detector per account and
   * region: turn it off only where the organisation's GuardDuty administrator enables detectors
   * itself. Default: on.
   */
  @Value.Default
  default boolean guardDutyDetector() {
    return true;
  }

  /**
   * The region that records account-wide activity: the multi-region trail and, in AWS Config,
   * global resources (IAM). Default: the stack's region (one baseline per account). When the
   * stack's region is concrete and differs, those parts are left out; when it is not known
   * (an environment-agnostic template, as {@link OrganizationBaseline} makes), CloudFormation
   * conditions create them only in this region.
   */
  Optional<String> accountWideRegion();

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("AccountBaselineProps");
    if (alertTopic().isPresent() && !subscribers().isEmpty()) {
      problems.add("BASELINE_SUBSCRIBERS_WITH_TOPIC", "subscribers", subscribers().size() + " subscribers",
          "subscribers only when the baseline makes its own alert topic",
          "Subscribe to the topic you pass as alertTopic, or drop alertTopic.");
    }
    accountWideRegion().ifPresent(region -> CoreIdentifiers.checkRegion("accountWideRegion", region, problems));
    problems.throwIfAny();
  }

  /** Every default. */
  static AccountBaselineProps defaults() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AccountBaselineProps}. */
  final class Builder extends ImmutableAccountBaselineProps.Builder {}
}

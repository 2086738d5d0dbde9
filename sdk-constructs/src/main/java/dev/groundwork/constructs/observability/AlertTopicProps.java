package dev.groundwork.constructs.observability;

import dev.groundwork.core.GroundworkStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awscdk.services.kms.IKey;

/** Input of {@link AlertTopic}. Saying nothing gets an encrypted topic that routes by tier. */
@Value.Immutable
@GroundworkStyle
public interface AlertTopicProps {

  /**
   * The KMS key encrypting the topics. Default: the stack's shared alerts key ({@code
   * EncryptionKey.forPurpose(scope, KeyPurpose.ALERTS)}: rotation on, retained, Groundwork's key
   * policy), one per stack however many topics it has. Pass any CDK key to use another.
   * The topic adds to the key's policy the grants CloudWatch, EventBridge and AWS Budgets need
   * to publish; an imported key's policy is the owner's to change.
   */
  Optional<IKey> key();

  /** Who gets alerts, on which route. Default: nobody (subscribe later with {@code addSubscriber}). */
  List<Subscriber> subscribers();

  /**
   * Whether the paging route exists: pages go to a topic of their own, which {@link Subscriber.Route#PAGE}
   * subscribers (the pager) hear. When off, pages go to the notification topic and nobody is woken.
   * Default by tier: on in PROD, off in DEV and STAGING.
   */
  Optional<Boolean> paging();

  /** Every default. */
  static AlertTopicProps defaults() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AlertTopicProps}. */
  final class Builder extends ImmutableAlertTopicProps.Builder {}
}

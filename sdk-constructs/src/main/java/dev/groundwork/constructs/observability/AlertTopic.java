package dev.groundwork.constructs.observability;

import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.constructs.keys.KeyPurpose;
import dev.groundwork.core.PlatformContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sns.subscriptions.UrlSubscription;
import software.amazon.awscdk.services.sns.subscriptions.UrlSubscriptionProps;
import software.amazon.awscdk.services.sns.SubscriptionProtocol;
import software.constructs.Construct;

/**
 * Where alerts go: an encrypted, TLS-only SNS notification topic and, in tiers that page, a
 * paging topic beside it.
 *
 * <p>Resources: unless a key is given, the stack's shared alerts key ({@link EncryptionKey#forPurpose}
 * with {@link KeyPurpose#ALERTS}: rotation on, retained, a key policy that lets the account
 * administer it and its principals use it only through their IAM policies, never {@code kms:*});
 * the notification topic
 * (every alarm, deployment failure and budget alert); the paging topic when paging is on (PROD by
 * default), which only the composite alarms of {@link Monitoring} publish to; one subscription
 * per {@link Subscriber}. Each topic's policy denies publishing without TLS and lets CloudWatch,
 * EventBridge and AWS Budgets of this account publish; the key's policy lets the same services
 * encrypt messages (without an account condition, which these services do not all send to KMS;
 * the topic policy is where the account is checked). Where paging is off, {@link #pagingTopic()} is the notification topic, so
 * DEV and STAGING notify without waking anyone.
 */
public final class AlertTopic extends Construct {
  private final IKey key;
  private final Topic notifications;
  private final Optional<Topic> pages;

  public AlertTopic(Construct scope, String id, AlertTopicProps props) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    AlertTopicSettings settings = AlertTopicDefaults.resolve(props, context);
    this.key = settings.stackKey() ? EncryptionKey.forPurpose(this, KeyPurpose.ALERTS).key() : props.key().orElseThrow();
    key.addToResourcePolicy(PolicyStatement.Builder.create()
        .sid("AllowAlertPublishersToEncrypt")
        .effect(Effect.ALLOW)
        .principals(publishers(settings))
        .actions(List.of("kms:Decrypt", "kms:GenerateDataKey*"))
        .resources(List.of("*"))
        .build());
    this.notifications = topic("Notifications", settings);
    this.pages = settings.paging() ? Optional.of(topic("Pages", settings)) : Optional.empty();
    props.subscribers().forEach(this::addSubscriber);
  }

  private Topic topic(String id, AlertTopicSettings settings) {
    Topic topic = Topic.Builder.create(this, id)
        .masterKey(key)
        .enforceSsl(settings.enforceSsl())
        .build();
    topic.addToResourcePolicy(PolicyStatement.Builder.create()
        .sid("AllowAlertPublishers")
        .effect(Effect.ALLOW)
        .principals(publishers(settings))
        .actions(List.of("sns:Publish"))
        .resources(List.of(topic.getTopicArn()))
        .conditions(sameAccount(topic))
        .build());
    return topic;
  }

  private static List<IPrincipal> publishers(AlertTopicSettings settings) {
    return settings.publishers().stream().<IPrincipal>map(ServicePrincipal::new).toList();
  }

  /** The stack's account (the environment's, or AWS::AccountId in an environment-agnostic template). */
  private static Map<String, Object> sameAccount(Topic topic) {
    return Map.of("StringEquals", Map.of("aws:SourceAccount", Stack.of(topic).getAccount()));
  }

  /**
   * Subscribes {@code subscriber} to its route; a {@link Subscriber.Route#PAGE} subscriber in a
   * tier without paging gets nothing, by design.
   */
  public void addSubscriber(Subscriber subscriber) {
    Optional<Topic> topic = subscriber.route() == Subscriber.Route.NOTIFY ? Optional.of(notifications) : pages;
    topic.ifPresent(t -> t.addSubscription(switch (subscriber.protocol()) {
      case EMAIL -> new EmailSubscription(subscriber.endpoint());
      case HTTPS -> new UrlSubscription(subscriber.endpoint(), UrlSubscriptionProps.builder()
          .protocol(SubscriptionProtocol.HTTPS).build());
    }));
  }

  /** Every alarm, deployment failure and budget alert goes here. */
  public ITopic notificationTopic() {
    return notifications;
  }

  /** Where pages go: the paging topic where paging is on, else the notification topic. */
  public ITopic pagingTopic() {
    return pages.<ITopic>map(t -> t).orElse(notifications);
  }

  /** Whether pages reach a paging route (by tier, see {@link AlertTopicProps#paging()}). */
  public boolean pages() {
    return pages.isPresent();
  }

  /** The key encrypting the topics. */
  public IKey key() {
    return key;
  }

  /** An alarm action notifying without paging. */
  SnsAction notifyAction() {
    return new SnsAction(notifications);
  }

  /** An alarm action paging (or, where paging is off, notifying). */
  SnsAction pageAction() {
    return new SnsAction(pagingTopic());
  }
}

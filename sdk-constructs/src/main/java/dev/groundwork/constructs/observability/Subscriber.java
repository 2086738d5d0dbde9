package dev.groundwork.constructs.observability;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Who hears an {@link AlertTopic}'s alerts, and which ones: an e-mail address or an HTTPS
 * webhook (a pager such as PagerDuty or Opsgenie, or a chat channel's incoming webhook), on the
 * paging or the notification route.
 */
@Value.Immutable
@GroundworkStyle
public interface Subscriber {
  /** Roughly RFC 5322's addr-spec: one {@code @}, a dotted domain, no spaces. */
  Pattern EMAIL = Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

  /** How the subscriber is reached. */
  enum Protocol { EMAIL, HTTPS }

  /** Which alerts the subscriber gets. */
  enum Route {
    /** Only pages (the one composite alarm per service, in a tier that pages). */
    PAGE,
    /** Every alarm, deployment failure and budget alert (and pages too, where paging is off). */
    NOTIFY
  }

  /** How the subscriber is reached. */
  @Value.Parameter
  Protocol protocol();

  /** The e-mail address or the {@code https://} URL. */
  @Value.Parameter
  String endpoint();

  /** Which alerts the subscriber gets. */
  @Value.Parameter
  Route route();

  /** An e-mail address on {@code route}; SNS sends it a confirmation message first. */
  static Subscriber email(String address, Route route) {
    return ImmutableSubscriber.of(Protocol.EMAIL, address, route);
  }

  /** An HTTPS webhook on {@code route} (a pager's or chat tool's incoming-webhook URL). */
  static Subscriber webhook(String httpsUrl, Route route) {
    return ImmutableSubscriber.of(Protocol.HTTPS, httpsUrl, route);
  }

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("Subscriber");
    if (protocol() == Protocol.EMAIL && !EMAIL.matcher(endpoint()).matches()) {
      problems.add("ALERT_SUBSCRIBER_EMAIL", "email", endpoint(), "an e-mail address such as oncall@example.com",
          "Give the address of a person or a team mailbox.");
    }
    if (protocol() == Protocol.HTTPS && !HttpsUrls.isHttps(endpoint())) {
      problems.add("ALERT_SUBSCRIBER_WEBHOOK", "webhook", endpoint(), "an https:// URL with a host",
          "Use the HTTPS endpoint your pager or chat tool gives for incoming webhooks; plain HTTP is refused.");
    }
    problems.throwIfAny();
  }
}

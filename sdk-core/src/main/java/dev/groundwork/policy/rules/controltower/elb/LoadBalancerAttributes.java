package dev.groundwork.policy.rules.controltower.elb;

import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** How the load-balancer controls read key-value attributes and certificate ARNs. */
final class LoadBalancerAttributes {

  /** An ACM certificate ARN, found anywhere in the value (guard's unanchored regex). */
  static final Pattern ACM_CERTIFICATE =
      Pattern.compile("arn:aws[a-z0-9\\-]*:acm:[a-z0-9\\-]+:\\d{12}:certificate/[\\w\\-]{1,64}");

  private LoadBalancerAttributes() {}

  /** Some attribute named {@code key} has a value that passes {@code value}. */
  static boolean has(JsonNode attributes, String key, Predicate<JsonNode> value) {
    return isNonEmptyList(attributes) && anyOf(attributes, a -> exists(a.path("Key")) && exists(a.path("Value"))
        && is(a.path("Key"), key) && value.test(a.path("Value")));
  }

  /** Some attribute named {@code key} is {@code true} or {@code "true"}. */
  static boolean isOn(JsonNode attributes, String key) {
    return has(attributes, key, v -> isTrue(v) || is(v, "true"));
  }

  /** Guard's {@code value == /ACM ARN pattern/}. */
  static boolean isAcmArn(JsonNode value) {
    return value.isTextual() && ACM_CERTIFICATE.matcher(value.textValue()).find();
  }
}

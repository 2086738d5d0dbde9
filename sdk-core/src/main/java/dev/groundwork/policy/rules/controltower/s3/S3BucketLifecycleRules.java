package dev.groundwork.policy.rules.controltower.s3;

import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;

/**
 * The lifecycle check CT.S3.PR.3 and CT.S3.PR.6 share: at least one rule whose Status is Enabled.
 */
final class S3BucketLifecycleRules {

  private S3BucketLifecycleRules() {}

  static Evaluation enabledRule(JsonNode properties) {
    JsonNode lifecycle = properties.path("LifecycleConfiguration");
    JsonNode rules = lifecycle.path("Rules");
    if (isStruct(lifecycle) && isNonEmptyList(rules)) {
      for (JsonNode rule : rules) {
        if (is(rule.path("Status"), "Enabled")) {
          return Evaluation.compliant();
        }
      }
    }
    return Evaluation.nonCompliant("Properties.LifecycleConfiguration.Rules",
        "no lifecycle rule has Status Enabled");
  }
}

package dev.groundwork.policy.rules.controltower.cloudfront;

import static dev.groundwork.policy.rules.controltower.internal.GuardValues.allOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.combine;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isFalse;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNameOrLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyString;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.policy.Evaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/** The parts of a distribution's configuration several CloudFront controls read. */
final class CloudFrontDistributions {

  private CloudFrontDistributions() {}

  /** Every cache behaviour (the default one, and the others when listed) passes {@code check}. */
  static boolean everyCacheBehavior(JsonNode config, Predicate<JsonNode> check) {
    JsonNode others = config.path("CacheBehaviors");
    return isStruct(config.path("DefaultCacheBehavior")) && check.test(config.path("DefaultCacheBehavior"))
        && (!isNonEmptyList(others) || allOf(others, check));
  }

  /** The viewer certificate is a custom one (not CloudFront's default), from ACM or IAM. */
  static boolean customCertificate(StackTemplate template, JsonNode certificate) {
    JsonNode byDefault = certificate.path("CloudFrontDefaultCertificate");
    return isStruct(certificate) && (!exists(byDefault) || isFalse(byDefault))
        && (isNameOrLocalReference(template, certificate.path("AcmCertificateArn"), "AWS::CertificateManager::Certificate")
            || isNonEmptyString(certificate.path("IamCertificateId")));
  }

  /**
   * The controls on origins: a distribution with a legacy origin property ({@code legacy}) fails;
   * one with origins applies {@code check} to each origin {@code selected} picks.
   */
  static Evaluation origins(JsonNode properties, String legacy, Predicate<JsonNode> selected,
      BiFunction<JsonNode, String, Evaluation> check) {
    JsonNode config = properties.path("DistributionConfig");
    if (!isStruct(config)) {
      return Evaluation.notApplicable();
    }
    List<Evaluation> parts = new ArrayList<>();
    if (exists(config.path(legacy))) {
      parts.add(Evaluation.nonCompliant("Properties.DistributionConfig." + legacy,
          "the distribution uses the legacy " + legacy + " property"));
    }
    JsonNode origins = config.path("Origins");
    if (isNonEmptyList(origins)) {
      for (int i = 0; i < origins.size(); i++) {
        if (selected.test(origins.get(i))) {
          parts.add(check.apply(origins.get(i), "Properties.DistributionConfig.Origins[" + i + "]"));
        }
      }
    }
    return combine(parts);
  }
}

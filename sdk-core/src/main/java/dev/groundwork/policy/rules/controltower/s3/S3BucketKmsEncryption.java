package dev.groundwork.policy.rules.controltower.s3;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isOneOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import java.util.Set;

/** Buckets encrypt by default with an AWS KMS key (SSE-KMS or DSSE-KMS). Mirrors CT.S3.PR.10. */
public final class S3BucketKmsEncryption implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_S3_BUCKET_DEFAULT_ENCRYPTION_KMS", "CT.S3.PR.10",
          "Require an Amazon S3 bucket to have server-side encryption configured using an AWS KMS "
          + "key",
          nist("AU-9"), nist("CA-9(1)"), nist("CM-3(6)"), nist("SC-12(2)"), nist("SC-13"),
          nist("SC-28"), nist("SC-28(1)"), nist("SC-7(10)"), nist("SI-7(6)"))
      .resourceTypes("AWS::S3::Bucket")
      .rationale("With SSE-KMS, reading an object needs kms:Decrypt on the key as well as s3:GetObject, "
          + "so the key policy is a second, audited gate; every use of the key is logged in "
          + "CloudTrail.")
      .remediation("Set encryption(BucketEncryption.KMS) with an encryptionKey(...) on the bucket (or "
          + "BucketEncryption.DSSE).")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode p = ctx.resource().properties();
    if (!isStruct(p)) {
      return withoutProperties();
    }
    JsonNode rules = p.path("BucketEncryption").path("ServerSideEncryptionConfiguration");
    if (!isStruct(p.path("BucketEncryption")) || !isNonEmptyList(rules)) {
      return Evaluation.nonCompliant("Properties.BucketEncryption", "BucketEncryption is not set");
    }
    Evaluation.Builder out = Evaluation.builder();
    for (int i = 0; i < rules.size(); i++) {
      JsonNode byDefault = rules.get(i).path("ServerSideEncryptionByDefault");
      if (!isStruct(byDefault) || !isOneOf(byDefault.path("SSEAlgorithm"), KMS_ALGORITHMS)) {
        out.violation("Properties.BucketEncryption.ServerSideEncryptionConfiguration[" + i + "]",
            "the default encryption is not aws:kms or aws:kms:dsse");
      }
    }
    return out.build();
  }

  private static final Set<String> KMS_ALGORITHMS = ImmutableSet.of("aws:kms", "aws:kms:dsse");
}

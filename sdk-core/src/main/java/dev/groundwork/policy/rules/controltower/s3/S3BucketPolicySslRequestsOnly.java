package dev.groundwork.policy.rules.controltower.s3;

import static dev.groundwork.policy.Control.cis;
import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import java.util.List;

/** Bucket policies deny every request not made over TLS. Mirrors CT.S3.PR.8. */
public final class S3BucketPolicySslRequestsOnly implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_S3_BUCKET_POLICY_SSL_REQUESTS_ONLY", "CT.S3.PR.8",
          "Require that Amazon S3 bucket requests use Secure Sockets Layer",
          cis("2.1.2"), nist("AC-17(2)"), nist("AC-4"), nist("IA-5(1)"), nist("SC-12(3)"),
          nist("SC-13"), nist("SC-23"), nist("SC-23(3)"), nist("SC-7(4)"), nist("SC-8"),
          nist("SC-8(1)"), nist("SC-8(2)"), nist("SI-7(6)"))
      .resourceTypes("AWS::S3::BucketPolicy")
      .rationale("Without a statement denying aws:SecureTransport false, a client can read or write "
          + "objects over plain HTTP, exposing data and credentials on the network.")
      .remediation("Set enforceSSL(true) on the bucket, which adds the deny statement on s3:* for the "
          + "bucket and its objects.")
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
    JsonNode document = p.path("PolicyDocument");
    JsonNode statements = document.path("Statement");
    if (!isStruct(document) || !(statements.isArray() || statements.isObject())) {
      return Evaluation.nonCompliant("Properties.PolicyDocument", "the policy document has no statements");
    }
    for (JsonNode statement : statements.isArray() ? statements : List.of(statements)) {
      if (S3SslDenyStatement.matches(ctx.template(), statement)) {
        return Evaluation.compliant();
      }
    }
    return Evaluation.nonCompliant("Properties.PolicyDocument.Statement",
        "no statement denies s3:* on the bucket and its objects when aws:SecureTransport is false");
  }
}

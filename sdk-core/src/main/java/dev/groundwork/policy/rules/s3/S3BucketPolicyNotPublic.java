package dev.groundwork.policy.rules.s3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import dev.groundwork.policy.rules.internal.PolicyDocuments;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bucket policies grant no S3 action to everyone. A statement is public when it allows
 * ({@code Effect: Allow}) an S3 action to {@code Principal: "*"} or {@code {"AWS": "*"}}, or uses
 * {@code NotPrincipal} (everyone but the named), unless its {@code Condition} names one of the
 * keys that pin the caller down ({@link #CALLER_KEYS}: organisation, account, principal, VPC,
 * VPC endpoint or source IP). Read means {@code s3:Get*}/{@code s3:List*}; any other S3 action
 * (put, delete, ACL and policy changes, {@code s3:*}, {@code *}) is write.
 */
public final class S3BucketPolicyNotPublic implements Rule {

  /** Condition keys that restrict who can call, so the statement is not public. */
  static final Set<String> CALLER_KEYS = Set.of("aws:principalorgid", "aws:principalorgpaths",
      "aws:principalaccount", "aws:principalarn", "aws:userid", "aws:sourceaccount",
      "aws:sourcearn", "aws:sourceorgid", "aws:sourcevpc", "aws:sourcevpce", "aws:sourceip");

  private static final RuleInfo INFO = RuleInfo.builder("GW_S3_BUCKET_POLICY_NOT_PUBLIC")
      .title("Bucket policies grant no public read or write")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::S3::BucketPolicy")
      .rationale("A bucket policy allowing Principal \"*\" without a condition on the caller "
          + "lets anyone on the internet read or change the data; block public access settings "
          + "stop it only while they stay on, and policies for imported buckets are not covered "
          + "by them at all.")
      .remediation("Grant named principals (bucket.grantRead(role)); for CloudFront use origin "
          + "access control; for another organisation's accounts add a Condition on "
          + "aws:PrincipalOrgID or aws:SourceVpce to the statement.")
      .controls("AWS Security Hub CSPM control reference, controls S3.2 and S3.3 (the rule "
          + "checks their bucket-policy part; block public access is "
          + "GW_S3_BUCKET_PUBLIC_ACCESS_BLOCKED)",
          ComplianceSources.PUBLIC_ACCESS)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode document = ctx.resource().property("PolicyDocument");
    if (Intrinsics.isIntrinsic(document)) {
      return Evaluation.unknown("Properties.PolicyDocument");
    }
    Evaluation.Builder out = Evaluation.builder();
    List<JsonNode> statements = PolicyDocuments.statements(document);
    for (int i = 0; i < statements.size(); i++) {
      JsonNode statement = statements.get(i);
      String path = "Properties.PolicyDocument.Statement[" + i + "]";
      if (!PolicyDocuments.isAllow(statement) || !everyone(statement)) {
        continue;
      }
      if (Intrinsics.isIntrinsic(statement.path("Condition"))) {
        out.unknown(path + ".Condition");
        continue;
      }
      if (restrictsCaller(statement.path("Condition"))) {
        continue;
      }
      List<String> actions = PolicyDocuments.values(statement.path("Action"));
      if (actions.contains("${token}")) {
        out.unknown(path + ".Action");
        continue;
      }
      String access = access(actions);
      if (!access.isEmpty()) {
        out.violation(path + ".Principal",
            "statement " + i + " grants public " + access + " (Principal everyone, no condition on the caller)");
      }
    }
    return out.build();
  }

  private static boolean everyone(JsonNode statement) {
    return PolicyDocuments.hasWildcardPrincipal(statement) || !statement.path("NotPrincipal").isMissingNode();
  }

  /** Whether some condition operator tests a key that pins the caller down. */
  private static boolean restrictsCaller(JsonNode condition) {
    for (JsonNode operator : condition) {
      for (var keys = operator.fieldNames(); keys.hasNext(); ) {
        if (CALLER_KEYS.contains(keys.next().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** "read", "write", "read and write", or empty when no S3 action is granted. */
  private static String access(List<String> actions) {
    boolean read = false;
    boolean write = false;
    for (String action : actions) {
      String a = action.toLowerCase(Locale.ROOT);
      if (a.equals("*") || a.equals("s3:*")) {
        read = true;
        write = true;
      } else if (a.startsWith("s3:get") || a.startsWith("s3:list")) {
        read = true;
      } else if (a.startsWith("s3:")) {
        write = true;
      }
    }
    return read && write ? "read and write" : read ? "read" : write ? "write" : "";
  }
}
